package vn.bienphong.emulation.award.api;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.award.service.StandingsBroadcaster;
import vn.bienphong.emulation.award.service.StandingsStreamConfig;
import vn.bienphong.emulation.award.service.StreamTickets;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;

/**
 * The live standings stream (Server-Sent Events) and the tickets with which a browser opens it.
 * Every instance streams every change, whichever instance computed it; the event id is the
 * change's seq, and {@code Last-Event-ID} (or {@code lastEventId}) resumes right after it.
 */
@Path("/api/v1")
@Tag(name = "Standings", description = "Standings of each cluster and year, moved by every report event")
public class StandingsStreamResource {

    static final String TICKET_EXAMPLE = """
            {"ticket": "st_q3J5mXbq0dO1xk6u7v9GZ0pQe3rVt8yWcN2sLhA4fEk", "expiresAt": "2025-12-20T08:01:00Z",
             "stream": "/api/v1/standings/stream?ticket=st_q3J5mXbq0dO1xk6u7v9GZ0pQe3rVt8yWcN2sLhA4fEk"}""";

    private final StandingsBroadcaster broadcaster;
    private final StreamTickets tickets;
    private final StandingsStreamConfig config;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public StandingsStreamResource(StandingsBroadcaster broadcaster, StreamTickets tickets, StandingsStreamConfig config,
                                   SecurityIdentity identity, JsonWebToken token) {
        this.broadcaster = broadcaster;
        this.tickets = tickets;
        this.config = config;
        this.identity = identity;
        this.token = token;
    }

    /** A stream ticket: its text, when it stops opening the stream, and the stream's path with it. */
    public record StreamTicket(String ticket, java.time.OffsetDateTime expiresAt, String stream) {
    }

    @POST
    @Path("/standings/stream-tickets")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStreamTicket", summary = "A short-lived ticket that opens the live standings stream from a browser",
            description = "A browser's EventSource cannot send an Authorization header: ask this with the bearer token, then open "
                    + "GET /api/v1/standings/stream?ticket=... . The ticket opens the stream (on any instance) until it expires "
                    + "(award.stream.ticket-lifetime, 60 s, never past the token's expiry) and is refused anywhere else; a stream "
                    + "once open stays open. Ask a new one to reconnect after it expired.")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StreamTicket.class),
                    examples = @ExampleObject(name = "ticket", value = TICKET_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StreamTicket ticket() {
        StreamTickets.Issued issued = tickets.issue(identity.getPrincipal().getName(), token.getExpirationTime());
        return new StreamTicket(issued.ticket(), issued.expiresAt(), "/api/v1/standings/stream?ticket=" + issued.ticket());
    }

    @GET
    @Path("/standings/stream")
    @PermitAll
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "streamStandings", summary = "Live standings changes (Server-Sent Events)",
            description = "Each change of the standings as a standings-updated.v1 data object once it is stored, whichever instance "
                    + "computed it; optionally of one cluster and year. The event id is the change's sequence number: after a "
                    + "reconnect, Last-Event-ID (header, or the lastEventId parameter) resumes with exactly the changes after it. "
                    + "An event named 'reset' says changes to resume from are no longer kept (read the standings anew). A comment "
                    + "every award.stream.heartbeat (15 s) keeps proxies from closing an idle stream. Authorization: a bearer token, "
                    + "or from a browser a ticket of POST /api/v1/standings/stream-tickets.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = "Server-Sent Events: id, event and data lines; data is a standings-updated.v1 object"),
                    examples = @ExampleObject(name = "a change",
                    value = "id: 1042\ndata: {\"clusterNumber\":1,\"year\":2025,\"entries\":[{\"rank\":1,\"unitCode\":\"BDBP-LANG-SON\","
                            + "\"score\":59.00}],\"cause\":\"report-submitted\",\"causeEventId\":\"...\",\"calculatedAt\":\"...\"}\n")))
    @APIResponse(responseCode = "400", description = "A Last-Event-ID that no change had",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token or stream ticket (expired, unknown, or a bearer token in the URL)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(@QueryParam("cluster") Integer cluster, @QueryParam("year") Integer year,
                                          @Parameter(description = "a ticket of POST /api/v1/standings/stream-tickets (for browsers)")
                                          @QueryParam("ticket") String ticket,
                                          @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                                          @Parameter(description = "as the Last-Event-ID header, for a client that opens a new connection itself")
                                          @QueryParam("lastEventId") String lastEventIdQuery,
                                          @Context Sse sse) {
        if (ticket != null) {
            tickets.admit(ticket);
        } else if (identity.isAnonymous()) {
            throw StreamTickets.unauthorized("a valid bearer token, or a stream ticket in the 'ticket' parameter, is required");
        }
        Optional<Long> lastEventId = lastEventId(lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader : lastEventIdQuery);
        lastEventId.ifPresent(broadcaster::requireKnown);
        Multi<OutboundSseEvent> changes = broadcaster.changes(cluster, year, lastEventId).map(item -> toEvent(sse, item));
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.heartbeat())
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        OutboundSseEvent opened = sse.newEventBuilder().comment("standings stream open").reconnectDelay(2000).build();
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(opened),
                Multi.createBy().merging().streams(changes, heartbeats));
    }

    private static Optional<Long> lastEventId(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("Last-Event-ID", "must be the id of a standings change this stream sent (a whole number)");
        }
    }

    private static OutboundSseEvent toEvent(Sse sse, StandingsBroadcaster.StreamItem item) {
        if (item instanceof StandingsBroadcaster.Change c) {
            return sse.newEventBuilder().id(Long.toString(c.seq()))
                    .data(String.class, c.standingsJson()).build();
        }
        StandingsBroadcaster.Reset r = (StandingsBroadcaster.Reset) item;
        return sse.newEventBuilder().name("reset")
                .data(String.class, "{\"resumedAfter\":" + r.resumedAfter() + ",\"oldestKept\":" + r.oldestKept()
                        + ",\"detail\":\"the changes after " + r.resumedAfter() + " are no longer kept; read the standings anew\"}")
                .build();
    }
}
