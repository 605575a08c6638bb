package vn.bienphong.emulation.cluster.api;

import java.net.URI;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.cluster.service.ChairHandoverService;
import vn.bienphong.emulation.cluster.service.ClusterService;
import vn.bienphong.emulation.common.api.ConditionalUpdates;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters", description = "Emulation clusters, their members year by year, the chair and the chair flag")
@Authenticated
public class ClusterResource {

    private final Caller caller;
    private final ClusterService clusters;
    private final ChairHandoverService handovers;
    private final IdempotentRequests idempotent;
    private final ConditionalUpdates conditional;

    public ClusterResource(Caller caller, ClusterService clusters, ChairHandoverService handovers, IdempotentRequests idempotent,
                           ConditionalUpdates conditional) {
        this.caller = caller;
        this.clusters = clusters;
        this.handovers = handovers;
        this.idempotent = idempotent;
        this.conditional = conditional;
    }

    @POST
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "201", description = "The cluster, created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterDtos.Cluster.class)))
    @APIResponse(responseCode = "409", description = "A cluster with this number exists already, or the Idempotency-Key was used before with a different request")
    @Operation(operationId = "createCluster", summary = "Create an emulation cluster")
    public Response createCluster(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                  @Valid @NotNull(message = "a JSON body is required") ClusterDtos.NewCluster request) {
        return idempotent.create("clusters", idempotencyKey, request, () -> {
            ClusterDtos.Cluster cluster = ClusterDtos.Cluster.of(clusters.createCluster(request.number(), request.name()));
            return new IdempotentRequests.Created(URI.create("/api/v1/clusters/" + cluster.number()), cluster);
        });
    }

    @GET
    @APIResponse(responseCode = "200", description = "A page of clusters, by number")
    @Operation(operationId = "listClusters", summary = "List the clusters")
    public Page<ClusterDtos.Cluster> listClusters(@Valid @BeanParam PageRequest page) {
        var found = clusters.listClusters(page.page, page.size);
        return Page.of(found.map(ClusterDtos.Cluster::of).items(), page, found.totalItems());
    }

    @GET
    @Path("/{number}")
    @APIResponse(responseCode = "200", description = "The cluster")
    @APIResponse(responseCode = "404", description = "No cluster with this number")
    @Operation(operationId = "getCluster", summary = "Get a cluster and the years it was set up for")
    public ClusterDtos.Cluster getCluster(@PathParam("number") int number) {
        return ClusterDtos.Cluster.of(clusters.getCluster(number));
    }

    @PUT
    @Path("/{number}/years/{year}")
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "200", description = "The year as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterDtos.ClusterYear.class)))
    @APIResponse(responseCode = "201", description = "The year, set up for the first time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterDtos.ClusterYear.class)))
    @APIResponse(responseCode = "404", description = "No cluster with this number")
    @APIResponse(responseCode = "422", description = "A member is an unknown unit or in another cluster that year, or the chair is not a member")
    @Operation(operationId = "setUpClusterYear", summary = "Set up a cluster's emulation year", description = "Members in rotation order, theme, chair and deputy chair. Other years are kept as they are. 201 for a new year, 200 for a change.")
    public Response setUpYear(@PathParam("number") int number,
                              @PathParam("year") @Min(value = ClusterDtos.FIRST_YEAR, message = EmulationYears.RANGE) @Max(value = ClusterDtos.LAST_YEAR, message = EmulationYears.RANGE) int year,
                              @HeaderParam(ConditionalUpdates.HEADER) String ifMatch,
                              @Valid @NotNull(message = "a JSON body is required") ClusterDtos.YearSetupRequest request) {
        URI location = URI.create("/api/v1/clusters/" + number + "/years/" + year);
        return conditional.replace(location.getPath(), ifMatch, () -> ClusterDtos.ClusterYear.of(clusters.getYear(number, year)),
                () -> clusters.setUpYear(number, year, request.plan(), caller.name()) ? location : null);
    }

    @GET
    @Path("/{number}/years")
    @APIResponse(responseCode = "200", description = "Every year set up, oldest first")
    @APIResponse(responseCode = "404", description = "No cluster with this number")
    @Operation(operationId = "listClusterYears", summary = "Every year of a cluster: the membership history")
    public Page<ClusterDtos.ClusterYear> listYears(@PathParam("number") int number, @Valid @BeanParam PageRequest page) {
        return Page.slice(clusters.listYears(number), page).map(ClusterDtos.ClusterYear::of);
    }

    @GET
    @Path("/{number}/years/{year}")
    @APIResponse(responseCode = "200", description = "The year's setup")
    @APIResponse(responseCode = "404", description = "Cluster 1 has no setup for 2025")
    @Operation(operationId = "getClusterYear", summary = "A cluster's members, theme, chair and deputy chair for one year")
    public ClusterDtos.ClusterYear getYear(@PathParam("number") int number, @PathParam("year") int year) {
        return ClusterDtos.ClusterYear.of(clusters.getYear(number, year));
    }

    @GET
    @Path("/{number}/years/{year}/revisions")
    @APIResponse(responseCode = "200", description = "Every revision, oldest first")
    @APIResponse(responseCode = "404", description = "Cluster 1 has no setup for 2025")
    @Operation(operationId = "listClusterYearRevisions", summary = "Every revision of a cluster's year: what was set, when and by whom")
    public Page<ClusterDtos.YearRevision> revisions(@PathParam("number") int number, @PathParam("year") int year,
                                                    @Valid @BeanParam PageRequest page) {
        return Page.slice(clusters.revisions(number, year), page).map(ClusterDtos.YearRevision::of);
    }

    @GET
    @Path("/{number}/chair")
    @APIResponse(responseCode = "200", description = "The chair and deputy chair")
    @APIResponse(responseCode = "404", description = "No such cluster, no setup for the year, or no chair in it")
    @Operation(operationId = "getClusterChair", summary = "Who holds the chair flag", description = "For the given year, or the latest year set up.")
    public ClusterDtos.Chair chair(@PathParam("number") int number, @QueryParam("year") Integer year) {
        return ClusterDtos.Chair.of(clusters.chair(number, year));
    }

    @GET
    @Path("/{number}/handovers")
    @APIResponse(responseCode = "200", description = "Every handover, oldest first")
    @APIResponse(responseCode = "404", description = "No cluster with this number")
    @Operation(operationId = "listChairHandovers", summary = "Every handover of the chair flag, completed or failed")
    public Page<ClusterDtos.Handover> handovers(@PathParam("number") int number, @Valid @BeanParam PageRequest page) {
        return Page.slice(handovers.handoversOf(number), page).map(ClusterDtos.Handover::of);
    }

    @POST
    @Path("/{number}/handovers")
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "201", description = "The handover, recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterDtos.Handover.class)))
    @APIResponse(responseCode = "404", description = "Cluster 1 has no setup for 2025")
    @APIResponse(responseCode = "422", description = "The unit named is unknown, or is not a member of the cluster the next year")
    @Operation(operationId = "recordChairHandover", summary = "Record a handover of the chair flag", description = "To the unit named, or to the next member in the rotation order. A handover to a unit that is not a member next year is refused (422).")
    public Response recordHandover(@PathParam("number") int number, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                   @Valid @NotNull(message = "a JSON body is required") ClusterDtos.HandoverRequest request) {
        return idempotent.create("handovers/" + number, idempotencyKey, request, () -> new IdempotentRequests.Created(
                URI.create("/api/v1/clusters/" + number + "/handovers"), ClusterDtos.Handover.of(
                        handovers.recordHandover(number, request.fromYear(), request.toUnitCode(), request.reference()))));
    }
}
