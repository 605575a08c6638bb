package vn.bienphong.emulation.report.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.api.ConditionalUpdates;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.security.Roles;
import vn.bienphong.emulation.report.service.MetricService;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Metric catalogue", description = "The measures a report can carry, managed by the council")
@Authenticated
public class MetricResource {

    private final MetricService metrics;
    private final IdempotentRequests idempotent;
    private final ConditionalUpdates conditional;

    public MetricResource(MetricService metrics, IdempotentRequests idempotent, ConditionalUpdates conditional) {
        this.metrics = metrics;
        this.idempotent = idempotent;
        this.conditional = conditional;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "Every metric, by code")
    @Operation(operationId = "listMetrics", summary = "The catalogue, by code; paged")
    public Page<MetricDtos.Metric> listMetrics(@Valid @BeanParam PageRequest page) {
        return Page.slice(metrics.listMetrics(), page).map(MetricDtos.Metric::of);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "The metric")
    @APIResponse(responseCode = "404", description = "No metric with this code")
    @Operation(operationId = "getMetric", summary = "One metric")
    public MetricDtos.Metric getMetric(@PathParam("code") String code) {
        return MetricDtos.Metric.of(metrics.getMetric(code));
    }

    @POST
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "201", description = "The metric, defined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricDtos.Metric.class)))
    @APIResponse(responseCode = "409", description = "A metric with this code exists already, or the Idempotency-Key was used before with a different request")
    @Operation(operationId = "defineMetric", summary = "Define a metric")
    public Response defineMetric(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @Valid @NotNull(message = "a JSON body is required") MetricDtos.NewMetric request) {
        return idempotent.create("metrics", idempotencyKey, request, () -> {
            MetricDtos.Metric metric = MetricDtos.Metric.of(metrics.defineMetric(request.command()));
            return new IdempotentRequests.Created(URI.create("/api/v1/metrics/" + metric.code()), metric);
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "404", description = "No metric with this code")
    @Operation(operationId = "changeMetric", summary = "Change a metric", description = "Names, unit of measure, range, aggregation, active; not its kind.")
    @APIResponse(responseCode = "200", description = "The metric as changed, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricDtos.Metric.class)))
    public Response changeMetric(@PathParam("code") String code, @HeaderParam(ConditionalUpdates.HEADER) String ifMatch,
                                 @Valid @NotNull(message = "a JSON body is required") MetricDtos.MetricChange change) {
        return conditional.replace("/api/v1/metrics/" + code, ifMatch, () -> MetricDtos.Metric.of(metrics.getMetric(code)), () -> {
            metrics.changeMetric(code, change.command());
            return null;
        });
    }
}
