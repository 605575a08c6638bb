package vn.bienphong.emulation.award.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Response;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.award.service.StandingsQueries;
import vn.bienphong.emulation.award.service.StandingsRebuild;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standings", description = "Standings of each cluster and year, moved by every report event")
@Authenticated
public class StandingsResource {

    private final StandingsQueries queries;
    private final StandingsRebuild rebuild;
    private final Caller caller;
    private final IdempotentRequests idempotent;

    public StandingsResource(StandingsQueries queries, StandingsRebuild rebuild, Caller caller, IdempotentRequests idempotent) {
        this.queries = queries;
        this.rebuild = rebuild;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/standings/{cluster}/{year}")
    @Operation(operationId = "getStandings", summary = "The standings of a cluster and year, or of one of its peak campaigns",
            description = "Rank, unit, score, the breakdown by criterion and the reports behind each figure; the scheme's tie-break rules, "
                    + "and for each unit the rule that placed it below the one before. The year's standings count the year's month, "
                    + "quarter and year reports, never a campaign report. With ?campaign=CODE the standings of that campaign, scored by its "
                    + "own scheme from the campaign's reports alone: 404 when no scheme asks for the campaign, 400 for a code that cannot "
                    + "name one.")
    @APIResponse(responseCode = "200", description = "The standings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingsDtos.Standings.class)))
    @APIResponse(responseCode = "404", description = "No standings for the cluster and year yet, or no scheme asks for the campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no campaign scheme", value = SchemeResource.NO_CAMPAIGN_SCHEME)))
    @APIResponse(responseCode = "400", description = "A campaign code that cannot name a campaign, or a year out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad campaign code", value = SchemeResource.BAD_CAMPAIGN)))
    public StandingsDtos.Standings standings(@PathParam("cluster") int cluster,
                                             @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year,
                                             @Parameter(description = SchemeResource.CAMPAIGN) @QueryParam("campaign") String campaign) {
        return StandingsMapping.standings(queries.standings(cluster, year, campaign));
    }

    @GET
    @Path("/units/{unitCode}/standings")
    @Operation(operationId = "getUnitStandingsHistory", summary = "A unit's rank and score in every year it was ranked")
    public StandingsDtos.UnitHistory history(@PathParam("unitCode") String unitCode) {
        return StandingsMapping.history(queries.history(unitCode));
    }

    static final String JOB_EXAMPLE = """
            {"id": "7d4f5e0a-3c1b-4a8e-9f20-6b1d2c3e4f50", "state": "RUNNING", "requestedBy": "council-officer",
             "requestedAt": "2025-12-20T08:00:00Z", "startedAt": "2025-12-20T08:00:00Z", "finishedAt": null,
             "eventsRead": 1200, "eventsApplied": 1180, "eventsSkipped": 20, "eventsUnprocessable": 0,
             "clustersRebuilt": 0, "error": null}""";

    @POST
    @Path("/standings/rebuilds")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "startStandingsRebuild", summary = "Rebuild every standing from the report topic (a background job)",
            description = "Replays report-events from its start into tables of its own while the standings stay readable, then swaps "
                    + "them in one transaction and publishes one standings-updated per cluster and year. One rebuild runs at a time "
                    + "across all instances. Poll the job at its Location.")
    @APIResponse(responseCode = "202", description = "The job started; poll it at the Location",
            headers = @Header(name = "Location", description = "/api/v1/standings/rebuilds/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingsDtos.RebuildJob.class),
                    examples = @ExampleObject(name = "started", value = JOB_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A rebuild runs already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "running", value = "{\"type\": \"urn:bienphong:emulation:problem:conflict\", \"title\": \"Conflict\", \"status\": 409, "
                            + "\"detail\": \"a standings rebuild is running already (job 7d4f5e0a-3c1b-4a8e-9f20-6b1d2c3e4f50); one runs at a time\"}")))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rebuild(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        // a retry with the key answers the job it started, and starts none (not even after that job ended)
        return idempotent.act("standings-rebuilds", idempotencyKey, "rebuild every standing", () -> {
            StandingsDtos.RebuildJob job = toDto(rebuild.start(caller.name()));
            return new IdempotentRequests.Reply(202, URI.create("/api/v1/standings/rebuilds/" + job.id()), job);
        });
    }

    /** The name the first version of the API gave the operation; the same job. */
    @POST
    @Path("/standings/rebuild")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "startStandingsRebuildOldPath", summary = "Rebuild every standing (same as POST /standings/rebuilds)")
    @APIResponse(responseCode = "202", description = "The job started; poll it at the Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingsDtos.RebuildJob.class),
                    examples = @ExampleObject(name = "started", value = JOB_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A rebuild runs already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rebuildByItsFirstName(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return rebuild(idempotencyKey);
    }

    @GET
    @Path("/standings/rebuilds/{id}")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "getStandingsRebuild", summary = "A standings rebuild job: its state and progress")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingsDtos.RebuildJob.class),
                    examples = @ExampleObject(name = "running", value = JOB_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StandingsDtos.RebuildJob rebuildJob(@PathParam("id") UUID id) {
        return rebuild.find(id).map(StandingsResource::toDto)
                .orElseThrow(() -> ProblemException.notFound("no standings rebuild " + id));
    }

    @GET
    @Path("/standings/rebuilds")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "listStandingsRebuilds", summary = "Standings rebuild jobs, the latest first")
    @APIResponse(responseCode = "200", description = "A page of jobs")
    @APIResponse(responseCode = "400", description = "Bad paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<StandingsDtos.RebuildJob> rebuildJobs(@Valid @BeanParam PageRequest page) {
        return Page.of(rebuild.latest(page.page, page.size).stream().map(StandingsResource::toDto).toList(), page, rebuild.count());
    }

    private static StandingsDtos.RebuildJob toDto(StandingsRebuild.Job j) {
        return new StandingsDtos.RebuildJob(j.id(), j.state(), j.requestedBy(), j.requestedAt(), j.startedAt(), j.finishedAt(),
                j.eventsRead(), j.eventsApplied(), j.eventsSkipped(), j.eventsUnprocessable(), j.clustersRebuilt(), j.error());
    }
}
