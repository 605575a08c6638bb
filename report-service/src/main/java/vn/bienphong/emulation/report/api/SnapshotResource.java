package vn.bienphong.emulation.report.api;

import java.net.URI;
import java.time.LocalDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.common.security.Roles;
import vn.bienphong.emulation.report.service.RollupService;

@Path("/api/v1/snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nightly snapshots", description = "Totals of every cluster and year, frozen once a day")
@Authenticated
public class SnapshotResource {

    private final RollupService rollups;
    private final Caller caller;
    private final IdempotentRequests idempotent;

    public SnapshotResource(RollupService rollups, Caller caller, IdempotentRequests idempotent) {
        this.rollups = rollups;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "201", description = "Today's snapshot, taken now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TotalsDtos.Snapshot.class)))
    @APIResponse(responseCode = "200", description = "The snapshot taken earlier today, unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TotalsDtos.Snapshot.class)))
    @Operation(operationId = "takeSnapshot", summary = "Take today's snapshot now", description = "201 when taken now; 200 with the snapshot taken earlier today, unchanged.")
    public Response takeSnapshot(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.act("snapshots", idempotencyKey, "take today's snapshot", () -> {
            RollupService.Taken taken = rollups.takeSnapshot("MANUAL", caller.name());
            return new IdempotentRequests.Reply(taken.created() ? 201 : 200,
                    URI.create("/api/v1/snapshots/" + taken.snapshot().date()), TotalsDtos.Snapshot.of(taken.snapshot()));
        });
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "Every snapshot, newest first")
    @Operation(operationId = "listSnapshots", summary = "The snapshots taken, newest first; paged")
    public Page<TotalsDtos.SnapshotInfo> listSnapshots(@Valid @BeanParam PageRequest page) {
        return Page.slice(rollups.listSnapshots(), page).map(TotalsDtos.SnapshotInfo::of);
    }

    @GET
    @Path("/{date}")
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "The snapshot of that date")
    @APIResponse(responseCode = "404", description = "No snapshot was taken on 2025-12-31")
    @Operation(operationId = "getSnapshot", summary = "The snapshot of a date (YYYY-MM-DD)", description = "Optionally only one year or one cluster.")
    public TotalsDtos.Snapshot getSnapshot(@PathParam("date") LocalDate date, @QueryParam("year") Integer year,
                                           @QueryParam("cluster") Integer cluster) {
        return TotalsDtos.Snapshot.of(rollups.getSnapshot(date, year, cluster));
    }
}
