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
import vn.bienphong.emulation.award.domain.NominationStatus;
import vn.bienphong.emulation.award.service.CommendationService;
import vn.bienphong.emulation.award.service.NominationService;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations and commendations", description = "Award nominations from the ballots, the council's decisions, commendations of collectives and individuals")
@Authenticated
public class AwardResource {

    private final NominationService nominations;
    private final CommendationService commendations;
    private final IdempotentRequests idempotent;

    public AwardResource(NominationService nominations, CommendationService commendations, IdempotentRequests idempotent) {
        this.nominations = nominations;
        this.commendations = commendations;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/nominations")
    @APIResponse(responseCode = "200", description = "A page of nominations")
    @Operation(operationId = "listNominations", summary = "List nominations", description = "Optionally of one cluster, year and status (PROPOSED, APPROVED, REJECTED).")
    public Page<AwardDtos.Nomination> nominations(@QueryParam("cluster") Integer cluster, @QueryParam("year") Integer year,
                                                  @QueryParam("status") NominationStatus status,
                                                  @Valid @BeanParam PageRequest page) {
        return Paging.page(nominations.list(cluster, year, status, page.page, page.size), page, AwardMapping::nomination);
    }

    @GET
    @Path("/nominations/{id}")
    @APIResponse(responseCode = "200", description = "The nomination")
    @APIResponse(responseCode = "404", description = "No nomination with this id")
    @Operation(operationId = "getNomination", summary = "A nomination")
    public AwardDtos.Nomination nomination(@PathParam("id") UUID id) {
        return AwardMapping.nomination(nominations.get(id));
    }

    @POST
    @Path("/nominations/{id}/decision")
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "200", description = "The nomination as decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardDtos.Nomination.class)))
    @APIResponse(responseCode = "404", description = "No nomination with this id")
    @APIResponse(responseCode = "409", description = "The nomination was decided already")
    @Operation(operationId = "decideNomination", summary = "The council approves or rejects a nomination", description = "With the decision number and date; once. Publishes nomination-decided.v1.")
    public Response decide(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @Valid @NotNull(message = "a JSON body is required") AwardDtos.DecisionRequest request) {
        return idempotent.act("nomination-decisions/" + id, idempotencyKey, request,
                () -> IdempotentRequests.Reply.ok(AwardMapping.nomination(nominations.decide(id, AwardMapping.decision(request)))));
    }

    @POST
    @Path("/commendations")
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "201", description = "The commendation, recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardDtos.Commendation.class)))
    @Operation(operationId = "recordCommendation", summary = "Record a commendation", description = "Of a collective or individuals; publishes commendation-recorded.v1. An award a scheme rewards (awardCode) adds its bonus to the unit's score.")
    public Response record(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @Valid @NotNull(message = "a JSON body is required") AwardDtos.NewCommendation request) {
        return idempotent.create("commendations", idempotencyKey, request, () -> {
            AwardDtos.Commendation c = AwardMapping.commendation(commendations.record(AwardMapping.commendation(request)));
            return new IdempotentRequests.Created(URI.create("/api/v1/commendations/" + c.id()), c);
        });
    }

    @GET
    @Path("/commendations")
    @APIResponse(responseCode = "200", description = "A page of commendations")
    @Operation(operationId = "listCommendations", summary = "List commendations", description = "Optionally of one cluster and/or year.")
    public Page<AwardDtos.Commendation> commendations(@QueryParam("cluster") Integer cluster, @QueryParam("year") Integer year,
                                                      @Valid @BeanParam PageRequest page) {
        return Paging.page(commendations.list(cluster, year, page.page, page.size), page, AwardMapping::commendation);
    }

    @GET
    @Path("/commendations/{id}")
    @APIResponse(responseCode = "200", description = "The commendation")
    @APIResponse(responseCode = "404", description = "No commendation with this id")
    @Operation(operationId = "getCommendation", summary = "A commendation")
    public AwardDtos.Commendation commendation(@PathParam("id") UUID id) {
        return AwardMapping.commendation(commendations.get(id));
    }

    @GET
    @Path("/commendations/summary")
    @APIResponse(responseCode = "200", description = "The counts, in all and by award")
    @Operation(operationId = "getCommendationSummary", summary = "How many collectives and individuals were commended in a cluster and year")
    public AwardDtos.CommendationSummary summary(@QueryParam("cluster") @NotNull(message = "is required") Integer cluster,
                                                 @QueryParam("year") @NotNull(message = "is required") Integer year) {
        return AwardMapping.summary(commendations.summary(cluster, year));
    }
}
