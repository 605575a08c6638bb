package vn.bienphong.emulation.report.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.security.Roles;
import vn.bienphong.emulation.report.service.TotalsService;

@Path("/api/v1/totals")
@Tag(name = "Totals", description = "Live totals of the latest version of every report; JSON, or CSV at the same path with .csv")
@RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
public class TotalsResource {

    private static final String YEAR_REQUIRED = "is required, e.g. 2025";
    private static final String CSV_EXAMPLE = "scope,year,clusterNumber,unitCode,period,metric,nameVi,nameEn,unitOfMeasure,value\n"
            + "CLUSTER,2025,1,,,crimeCases,\"Số vụ bắt giữ, xử lý\",Crime cases dealt with,vụ,908\n";

    private final TotalsService totals;

    public TotalsResource(TotalsService totals) {
        this.totals = totals;
    }

    @GET
    @Path("/force")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The totals, metric by metric")
    @Operation(operationId = "getForceTotals", summary = "Totals of the whole force", description = "period: a period label (2025-03, 2025-Q1, a campaign code); "
            + "without it, the regular reports of the whole year.")
    public TotalsDtos.Totals forceTotals(@QueryParam("year") @NotNull(message = YEAR_REQUIRED) Integer year,
                                         @QueryParam("period") String period) {
        return TotalsDtos.Totals.of(totals.forceTotals(year, period));
    }

    @GET
    @Path("/clusters/{clusterNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The cluster's totals, metric by metric")
    @Operation(operationId = "getClusterTotals", summary = "Totals of one cluster: the sum of its members' reports")
    public TotalsDtos.Totals clusterTotals(@PathParam("clusterNumber") int clusterNumber,
                                           @QueryParam("year") @NotNull(message = YEAR_REQUIRED) Integer year,
                                           @QueryParam("period") String period) {
        return TotalsDtos.Totals.of(totals.clusterTotals(clusterNumber, year, period));
    }

    @GET
    @Path("/units/{unitCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The unit's totals, metric by metric")
    @Operation(operationId = "getUnitTotals", summary = "Totals of one unit")
    public TotalsDtos.Totals unitTotals(@PathParam("unitCode") String unitCode,
                                        @QueryParam("year") @NotNull(message = YEAR_REQUIRED) Integer year,
                                        @QueryParam("period") String period) {
        return TotalsDtos.Totals.of(totals.unitTotals(unitCode, year, period));
    }

    @GET
    @Path("/force.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The totals as CSV (UTF-8)", content = @Content(mediaType = CsvExport.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE))
    @Operation(operationId = "getForceTotalsCsv", summary = "Totals of the whole force as CSV")
    public Response forceTotalsCsv(@QueryParam("year") @NotNull(message = YEAR_REQUIRED) Integer year,
                                   @QueryParam("period") String period) {
        return csv(TotalsDtos.Totals.of(totals.forceTotals(year, period)));
    }

    @GET
    @Path("/clusters/{clusterNumber}.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The cluster's totals as CSV (UTF-8)", content = @Content(mediaType = CsvExport.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE))
    @Operation(operationId = "getClusterTotalsCsv", summary = "Totals of one cluster as CSV")
    public Response clusterTotalsCsv(@PathParam("clusterNumber") int clusterNumber,
                                     @QueryParam("year") @NotNull(message = YEAR_REQUIRED) Integer year,
                                     @QueryParam("period") String period) {
        return csv(TotalsDtos.Totals.of(totals.clusterTotals(clusterNumber, year, period)));
    }

    @GET
    @Path("/units/{unitCode}.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The unit's totals as CSV (UTF-8)", content = @Content(mediaType = CsvExport.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE))
    @Operation(operationId = "getUnitTotalsCsv", summary = "Totals of one unit as CSV")
    public Response unitTotalsCsv(@PathParam("unitCode") String unitCode,
                                  @QueryParam("year") @NotNull(message = YEAR_REQUIRED) Integer year,
                                  @QueryParam("period") String period) {
        return csv(TotalsDtos.Totals.of(totals.unitTotals(unitCode, year, period)));
    }

    private static Response csv(TotalsDtos.Totals t) {
        List<List<Object>> rows = t.figures().stream().map(f -> List.<Object>of(t.scope(), t.year(),
                t.clusterNumber() == null ? "" : t.clusterNumber(), t.unitCode() == null ? "" : t.unitCode(),
                t.period() == null ? "" : t.period(), f.metric(), nullToEmpty(f.nameVi()), nullToEmpty(f.nameEn()),
                nullToEmpty(f.unitOfMeasure()), f.value().toPlainString())).toList();
        return CsvExport.response("totals.csv", List.of("scope", "year", "clusterNumber", "unitCode", "period", "metric",
                "nameVi", "nameEn", "unitOfMeasure", "value"), rows);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
