package vn.bienphong.emulation.cluster.api;

import java.net.URI;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.cluster.domain.UnitKind;
import vn.bienphong.emulation.cluster.service.UnitService;
import vn.bienphong.emulation.common.api.ConditionalUpdates;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The units that compete: provincial commands, departments, brigades")
@Authenticated
public class UnitResource {

    private final UnitService units;
    private final IdempotentRequests idempotent;
    private final ConditionalUpdates conditional;

    public UnitResource(UnitService units, IdempotentRequests idempotent, ConditionalUpdates conditional) {
        this.units = units;
        this.idempotent = idempotent;
        this.conditional = conditional;
    }

    @POST
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "201", description = "The unit, registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDtos.Unit.class)))
    @APIResponse(responseCode = "409", description = "A unit with this code exists already")
    @Operation(operationId = "registerUnit", summary = "Register a unit", description = "Answers 201 with the unit; a retry with the same Idempotency-Key gets the same answer.")
    public Response registerUnit(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @Valid @NotNull(message = "a JSON body is required") UnitDtos.NewUnit request) {
        return idempotent.create("units", idempotencyKey, request, () -> {
            UnitDtos.Unit unit = UnitDtos.Unit.of(units.registerUnit(request.code(), request.name(), request.kind()));
            return new IdempotentRequests.Created(URI.create("/api/v1/units/" + unit.code()), unit);
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "404", description = "No unit with this code")
    @Operation(operationId = "updateUnit", summary = "Rename a unit or change its kind")
    @APIResponse(responseCode = "200", description = "The unit as changed, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDtos.Unit.class)))
    public Response updateUnit(@PathParam("code") String code, @HeaderParam(ConditionalUpdates.HEADER) String ifMatch,
                               @Valid @NotNull(message = "a JSON body is required") UnitDtos.UnitChange change) {
        return conditional.replace("/api/v1/units/" + code, ifMatch, () -> UnitDtos.Unit.of(units.getUnit(code)), () -> {
            units.updateUnit(code, change.name(), change.kind());
            return null;
        });
    }

    @GET
    @APIResponse(responseCode = "200", description = "A page of units, by code")
    @Operation(operationId = "searchUnits", summary = "List and search units", description = "q matches code or name, ignoring diacritics and case: 'lang son' finds 'BĐBP tỉnh Lạng Sơn'.")
    public Page<UnitDtos.Unit> searchUnits(@QueryParam("q") String query, @QueryParam("kind") UnitKind kind,
                                           @Valid @BeanParam PageRequest page) {
        var found = units.searchUnits(query, kind, page.page, page.size);
        return Page.of(found.map(UnitDtos.Unit::of).items(), page, found.totalItems());
    }

    @GET
    @Path("/{code}")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "404", description = "No unit with this code")
    @Operation(operationId = "getUnit", summary = "Get a unit by its code")
    public UnitDtos.Unit getUnit(@PathParam("code") String code) {
        return UnitDtos.Unit.of(units.getUnit(code));
    }

    @GET
    @Path("/{code}/memberships")
    @APIResponse(responseCode = "200", description = "The unit's cluster in each year, latest first")
    @APIResponse(responseCode = "404", description = "No unit with this code")
    @Operation(operationId = "listUnitMemberships", summary = "The clusters a unit belonged to, year by year")
    public Page<UnitDtos.UnitMembership> membershipsOf(@PathParam("code") String code, @Valid @BeanParam PageRequest page) {
        return Page.slice(units.membershipsOf(code), page).map(UnitDtos.UnitMembership::of);
    }
}
