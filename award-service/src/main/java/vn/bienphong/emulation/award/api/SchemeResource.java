package vn.bienphong.emulation.award.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.award.service.SchemeService;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1/schemes/{cluster}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring schemes", description = "The emulation pact's criteria, weights, targets, award bonuses and tie-break rules; bonus and penalty points")
@Authenticated
public class SchemeResource {

    private final SchemeService schemes;

    public SchemeResource(SchemeService schemes) {
        this.schemes = schemes;
    }

    @GET
    @APIResponse(responseCode = "200", description = "The scheme")
    @Operation(operationId = "getScheme", summary = "The scheme of a cluster and year", description = "The default scheme (isDefault) when the cluster has none.")
    public SchemeDtos.Scheme get(@PathParam("cluster") @Min(value = 1, message = "must be 1 or more") int cluster,
                                 @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year) {
        return schemes.get(cluster, year);
    }

    @PUT
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "200", description = "The scheme as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeDtos.Scheme.class)))
    @APIResponse(responseCode = "201", description = "The scheme, set for the first time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeDtos.Scheme.class)))
    @Operation(operationId = "setScheme", summary = "Set or change the scheme", description = "The standings of the cluster and year follow at once. 201 for a new scheme, 200 for a change.")
    public Response put(@PathParam("cluster") @Min(value = 1, message = "must be 1 or more") int cluster,
                        @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year,
                        @Valid @NotNull(message = "a JSON body is required") SchemeDtos.SchemeRequest request) {
        boolean created = schemes.put(cluster, year, request);
        SchemeDtos.Scheme view = schemes.get(cluster, year);
        return created ? Response.created(URI.create("/api/v1/schemes/" + cluster + "/" + year)).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/adjustments")
    @APIResponse(responseCode = "200", description = "Every adjustment, oldest first")
    @Operation(operationId = "listAdjustments", summary = "Bonus, penalty and inspection points recorded for the cluster and year")
    public List<SchemeDtos.AdjustmentView> adjustments(@PathParam("cluster") int cluster, @PathParam("year") int year) {
        return schemes.adjustments(cluster, year);
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "201", description = "The adjustment, recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeDtos.AdjustmentView.class)))
    @APIResponse(responseCode = "422", description = "The unit is not a member of the cluster that year, or inspection points without a qualitative criterion")
    @Operation(operationId = "addAdjustment", summary = "Record bonus, penalty or inspection points for a unit", description = "With the reason; the standings follow at once.")
    public Response addAdjustment(@PathParam("cluster") @Min(value = 1, message = "must be 1 or more") int cluster,
                                  @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year,
                                  @Valid @NotNull(message = "a JSON body is required") SchemeDtos.AdjustmentRequest request) {
        SchemeDtos.AdjustmentView view = schemes.addAdjustment(cluster, year, request);
        return Response.created(URI.create("/api/v1/schemes/" + cluster + "/" + year + "/adjustments")).entity(view).build();
    }
}
