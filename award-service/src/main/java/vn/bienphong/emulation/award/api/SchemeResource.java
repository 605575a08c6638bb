package vn.bienphong.emulation.award.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.api.ConditionalUpdates;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.award.service.SchemeService;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1/schemes/{cluster}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring schemes", description = "The emulation pact's criteria, weights, targets, award bonuses and tie-break rules; bonus and penalty points")
@Authenticated
public class SchemeResource {

    private final SchemeService schemes;
    private final ConditionalUpdates conditional;
    private final IdempotentRequests idempotent;

    public SchemeResource(SchemeService schemes, ConditionalUpdates conditional, IdempotentRequests idempotent) {
        this.schemes = schemes;
        this.conditional = conditional;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(summary = "The scheme of a cluster and year", description = "The default scheme (isDefault) when the cluster has none.")
    public SchemeDtos.Scheme get(@PathParam("cluster") @Min(value = 1, message = "must be 1 or more") int cluster,
                                 @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year) {
        return schemes.get(cluster, year);
    }

    @PUT
    @RolesAllowed(Roles.COUNCIL)
    @Operation(summary = "Set or change the scheme", description = "The standings of the cluster and year follow at once. 201 for a new scheme, 200 for a change.")
    public Response put(@PathParam("cluster") @Min(value = 1, message = "must be 1 or more") int cluster,
                        @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year,
                        @HeaderParam(ConditionalUpdates.HEADER) String ifMatch,
                        @Valid @NotNull(message = "a JSON body is required") SchemeDtos.SchemeRequest request) {
        URI location = URI.create("/api/v1/schemes/" + cluster + "/" + year);
        return conditional.replace(location.getPath(), ifMatch, () -> schemes.get(cluster, year),
                () -> schemes.put(cluster, year, request) ? location : null);
    }

    @GET
    @Path("/adjustments")
    @Operation(summary = "Bonus, penalty and inspection points recorded for the cluster and year")
    public Page<SchemeDtos.AdjustmentView> adjustments(@PathParam("cluster") int cluster, @PathParam("year") int year,
                                                       @Valid @BeanParam PageRequest page) {
        return Page.slice(schemes.adjustments(cluster, year), page);
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(summary = "Record bonus, penalty or inspection points for a unit", description = "With the reason; the standings follow at once.")
    public Response addAdjustment(@PathParam("cluster") @Min(value = 1, message = "must be 1 or more") int cluster,
                                  @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year,
                                  @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                  @Valid @NotNull(message = "a JSON body is required") SchemeDtos.AdjustmentRequest request) {
        return idempotent.create("adjustments/" + cluster + "/" + year, idempotencyKey, request, () -> new IdempotentRequests.Created(
                URI.create("/api/v1/schemes/" + cluster + "/" + year + "/adjustments"), schemes.addAdjustment(cluster, year, request)));
    }
}
