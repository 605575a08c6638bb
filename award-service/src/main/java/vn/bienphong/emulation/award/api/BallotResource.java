package vn.bienphong.emulation.award.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.award.service.BallotQueries;
import vn.bienphong.emulation.award.service.BallotService;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1/ballots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ballots", description = "The year-end ballot of a cluster: awards within quotas, the next chair, the minutes")
@Authenticated
public class BallotResource {

    private final BallotService ballots;
    private final BallotQueries queries;
    private final IdempotentRequests idempotent;

    public BallotResource(BallotService ballots, BallotQueries queries, IdempotentRequests idempotent) {
        this.ballots = ballots;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({Roles.UNIT, Roles.COUNCIL})
    @APIResponse(responseCode = "201", description = "The ballot, open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotDtos.Ballot.class)))
    @APIResponse(responseCode = "403", description = "Not the unit holding the chair of the cluster that year, nor the council")
    @APIResponse(responseCode = "409", description = "The cluster has a ballot for the year already, or the Idempotency-Key was used before with a different request")
    @APIResponse(responseCode = "422", description = "The cluster has no members known for the year, or a candidate is not a member")
    @Operation(operationId = "openBallot", summary = "Open the ballot of a cluster for the year",
            description = "By the unit holding the chair of that cluster for that year (as cluster-service last said), with its own unit token, or by the council. The eligible voters are the cluster's members for the year; candidates default to them, in the order of the standings. A question's quota is 1 to its number of candidates. quorum: the share of the eligible voters that must cast a paper for the ballot to count (more than 0, at most 1; two thirds by default). rotateIfNoneElected: when the NEXT_CHAIR question elects nobody, the flag passes by the rotation order (otherwise it is not handed over).")
    public Response open(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                         @Valid @NotNull(message = "a JSON body is required") BallotDtos.OpenBallot request) {
        return idempotent.create("ballots", idempotencyKey, request, () -> {
            BallotDtos.Ballot ballot = BallotMapping.ballot(ballots.open(BallotMapping.ballot(request)));
            return new IdempotentRequests.Created(URI.create("/api/v1/ballots/" + ballot.id()), ballot);
        });
    }

    @GET
    @APIResponse(responseCode = "200", description = "A page of ballots")
    @Operation(operationId = "listBallots", summary = "List ballots", description = "Optionally of one cluster and/or year.")
    public Page<BallotDtos.Ballot> list(@QueryParam("cluster") Integer cluster, @QueryParam("year") Integer year,
                                        @Valid @BeanParam PageRequest page) {
        return Paging.page(queries.list(cluster, year, page.page, page.size), page, BallotMapping::ballot);
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The ballot")
    @APIResponse(responseCode = "404", description = "No ballot with this id")
    @Operation(operationId = "getBallot", summary = "A ballot: its questions, how many voted, and its results once closed (counts only)")
    public BallotDtos.Ballot get(@PathParam("id") UUID id) {
        return BallotMapping.ballot(queries.get(id));
    }

    @POST
    @Path("/{id}/votes")
    @RolesAllowed(Roles.UNIT)
    @APIResponse(responseCode = "201", description = "The paper, cast",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotDtos.VoteReceipt.class)))
    @APIResponse(responseCode = "403", description = "A unit token casting another unit's paper, or a role that does not vote")
    @APIResponse(responseCode = "404", description = "No ballot with this id")
    @APIResponse(responseCode = "409", description = "The ballot is closed, or the unit has voted already")
    @APIResponse(responseCode = "422", description = "More choices than the quota, a choice that is not a candidate, or a unit that is not a member")
    @Operation(operationId = "castVote", summary = "Cast a unit's ballot",
            description = "Once per member unit, at most the quota per question, only the question's candidates; a unit votes for itself only, with its own token (a secret ballot is cast by nobody else: not a command system, not the council). The choices are kept apart from the voter.")
    public Response vote(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                         @Valid @NotNull(message = "a JSON body is required") BallotDtos.Vote vote) {
        // the key stands for the unit's one paper: its choices are not kept with the key, not even hashed (a secret ballot)
        return idempotent.create("ballot-votes/" + id, idempotencyKey, vote.unitCode(), () ->
                new IdempotentRequests.Created(URI.create("/api/v1/ballots/" + id),
                        BallotMapping.receipt(ballots.vote(id, BallotMapping.paper(vote)))));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.UNIT, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "The ballot, closed (or as it was closed before)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotDtos.Ballot.class)))
    @APIResponse(responseCode = "403", description = "Not the unit holding the chair, nor the council (only the council closes as void)")
    @APIResponse(responseCode = "404", description = "No ballot with this id")
    @APIResponse(responseCode = "409", description = "Below its quorum: 3 of 6 papers cast, quorum 4 (two thirds of the eligible voters)")
    @Operation(operationId = "closeBallot", summary = "Close and tally the ballot",
            description = "By the unit holding the chair of the cluster for the ballot's year, or the council. Below its quorum closing is refused (409) unless the council closes it as void (body {\"void\": true}): nobody is proposed and no flag handed over. Otherwise proposes the candidates that pass the threshold within the quota (a tie at the quota's edge is decided by the standings), creates the nominations and publishes ballot-closed.v1. Closing again changes nothing.")
    public Response close(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                          BallotDtos.CloseBallot request) {
        boolean asVoid = request != null && Boolean.TRUE.equals(request.voided());
        return idempotent.act("ballot-closes/" + id, idempotencyKey, asVoid,
                () -> IdempotentRequests.Reply.ok(BallotMapping.ballot(ballots.close(id, asVoid))));
    }

    @GET
    @Path("/{id}/minutes")
    @Operation(operationId = "getBallotMinutes", summary = "The minutes (biên bản) of a closed ballot, as JSON")
    public BallotDtos.Minutes minutes(@PathParam("id") UUID id) {
        return BallotMapping.minutes(queries.minutes(id));
    }

    @GET
    @Path("/{id}/minutes")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(operationId = "getBallotMinutes", summary = "The minutes (biên bản) of a closed ballot, as a printable page")
    public String minutesPage(@PathParam("id") UUID id) {
        return MinutesPage.render(BallotMapping.minutes(queries.minutes(id)));
    }
}
