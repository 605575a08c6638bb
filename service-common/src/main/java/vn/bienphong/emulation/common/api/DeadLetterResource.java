package vn.bienphong.emulation.common.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.inbox.DeadLetters;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.common.security.Roles;

/**
 * The dead letters of this service's consumers, for the council: records that could never be
 * applied, with the reason; replayed one by one or all at once after the cause was fixed.
 */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Events this service's consumers could not apply, and their replay")
@RolesAllowed(Roles.COUNCIL)
public class DeadLetterResource {

    static final String EXAMPLE = """
            {"id": "5b0c0a47-7d8e-4d51-a3f3-0a2b2f4c6a10", "consumer": "award-service.standings", "topic": "report-events",
             "partition": 1, "offset": 4211, "key": "1", "eventId": "0b6f5c1e-4f5e-4a53-9d55-1d2b1f0c7a11",
             "eventType": "report-submitted.v1", "reason": "report event 0b6f5c1e-… lacks the report id or the unit code",
             "status": "WAITING", "failedAt": "2025-04-02T08:00:01Z", "replayAttempts": 0, "replayedAt": null, "replayedBy": null,
             "payload": "{\\"specversion\\":\\"1.0\\", …}"}""";
    static final String PROBLEM_403 = """
            {"type": "urn:bienphong:emulation:problem:forbidden", "title": "Forbidden", "status": 403, "detail": "the token's role does not allow this", "instance": "/api/v1/dead-letters"}""";

    /** A dead letter as the API shows it. */
    @Schema(description = "A record a consumer could not apply, kept to be replayed", example = EXAMPLE)
    public record DeadLetterView(UUID id, String consumer, String topic, @Schema(nullable = true) Integer partition, @Schema(nullable = true) Long offset,
                                 @Schema(nullable = true) String key, @Schema(nullable = true) UUID eventId, @Schema(nullable = true) String eventType, String reason, String status, OffsetDateTime failedAt,
                                 int replayAttempts,
                                 @Schema(nullable = true, description = "when it was replayed; null while it waits") OffsetDateTime replayedAt,
                                 @Schema(nullable = true, description = "who replayed it; null while it waits") String replayedBy, String payload) {

        static DeadLetterView of(DeadLetters.DeadLetter d) {
            return new DeadLetterView(d.id(), d.consumer(), d.topic(), d.partition(), d.offset(), d.key(), d.eventId(),
                    d.eventType(), d.reason(), d.status(), d.failedAt(), d.replayAttempts(), d.replayedAt(), d.replayedBy(), d.payload());
        }
    }

    /** What a replay did: {@code applied} false means it failed again, for {@code failure}; the dead letter stays waiting. */
    public record ReplayView(boolean applied, @Schema(nullable = true) String failure, DeadLetterView deadLetter) {
        static ReplayView of(DeadLetters.Replay r) {
            return new ReplayView(r.applied(), r.failure(), DeadLetterView.of(r.deadLetter()));
        }
    }

    /** The replay of every waiting dead letter. */
    public record ReplayAllView(int replayed, int stillFailing, List<ReplayView> replays) {
    }

    private final DeadLetters deadLetters;
    private final Caller caller;

    public DeadLetterResource(DeadLetters deadLetters, Caller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDeadLetters", summary = "List dead letters", description = "Oldest first; by status (WAITING, REPLAYED) and topic. Council only.")
    @APIResponse(responseCode = "200", description = "A page of dead letters")
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad status", value = "{\"type\": \"urn:bienphong:emulation:problem:invalid-parameter\", \"title\": \"Invalid parameter\", \"status\": 400, \"detail\": \"status: must be WAITING or REPLAYED\", \"violations\": [{\"field\": \"status\", \"message\": \"must be WAITING or REPLAYED\"}]}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = PROBLEM_403)))
    public Page<DeadLetterView> list(
            @QueryParam("status") @Pattern(regexp = "WAITING|REPLAYED", message = "must be WAITING or REPLAYED") String status,
            @QueryParam("topic") String topic, @Valid @BeanParam PageRequest page) {
        return deadLetters.list(status, topic, page).map(DeadLetterView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDeadLetter", summary = "A dead letter, with its payload")
    @APIResponse(responseCode = "200", description = "The dead letter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterView.class),
                    examples = @ExampleObject(name = "waiting", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such dead letter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = "{\"type\": \"urn:bienphong:emulation:problem:not-found\", \"title\": \"Not found\", \"status\": 404, \"detail\": \"no dead letter 5b0c0a47-7d8e-4d51-a3f3-0a2b2f4c6a10\"}")))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = PROBLEM_403)))
    public DeadLetterView get(@PathParam("id") UUID id) {
        return deadLetters.find(id).map(DeadLetterView::of)
                .orElseThrow(() -> ProblemException.notFound("no dead letter " + id));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayDeadLetter", summary = "Replay one dead letter", description = "Applies the record through its consumer as it would be applied live (once). "
            + "When it fails again the answer says why (applied: false) and the dead letter stays waiting.")
    @APIResponse(responseCode = "200", description = "The replay and the dead letter afterwards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayView.class),
                    examples = @ExampleObject(name = "applied", value = "{\"applied\": true, \"failure\": null, \"deadLetter\": " + EXAMPLE + "}")))
    @APIResponse(responseCode = "404", description = "No such dead letter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Replayed already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "done", value = "{\"type\": \"urn:bienphong:emulation:problem:conflict\", \"title\": \"Conflict\", \"status\": 409, \"detail\": \"dead letter 5b0c0a47-… was replayed already, on 2025-04-02T09:00:00Z\"}")))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = PROBLEM_403)))
    public ReplayView replay(@PathParam("id") UUID id) {
        return ReplayView.of(deadLetters.replay(id, caller.name()));
    }

    @POST
    @Path("/replay")
    @Operation(operationId = "replayAllDeadLetters", summary = "Replay every waiting dead letter", description = "Oldest first; those that fail again stay waiting with the new reason.")
    @APIResponse(responseCode = "200", description = "How many were applied, how many failed again, and each replay",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayAllView.class),
                    examples = @ExampleObject(name = "all", value = "{\"replayed\": 1, \"stillFailing\": 0, \"replays\": [{\"applied\": true, \"failure\": null, \"deadLetter\": " + EXAMPLE + "}]}")))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = PROBLEM_403)))
    public ReplayAllView replayAll() {
        List<ReplayView> replays = deadLetters.replayAll(caller.name()).stream().map(ReplayView::of).toList();
        int applied = (int) replays.stream().filter(ReplayView::applied).count();
        return new ReplayAllView(applied, replays.size() - applied, replays);
    }
}
