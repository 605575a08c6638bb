package vn.bienphong.emulation.report.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.report.service.ModelBank;

@Path("/api/v1/model-bank")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model bank", description = "Every unit's specific emulation models (mô hình thi đua) with their products, from its reports")
@Authenticated
public class ModelBankResource {

    private final ModelBank bank;

    public ModelBankResource(ModelBank bank) {
        this.bank = bank;
    }

    @GET
    @Operation(operationId = "searchModelBank", summary = "Browse and search the model bank", description = "The models of the latest version of every report "
            + "of the year (an amendment replaces a report's models), of one cluster and one unit when given, each with its "
            + "unit and the report it came from; ordered by cluster, unit, period; paged. q finds the models whose title, "
            + "description or product, or whose unit's name or code, hold every word of it, ignoring diacritics and case "
            + "(\"lang son\" finds \"BĐBP tỉnh Lạng Sơn\").")
    @APIResponse(responseCode = "200", description = "The models found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingDtos.ModelPage.class),
                    examples = @ExampleObject(name = "lang son in cluster 1, 2025", value = ReportingExamples.MODEL_BANK)))
    @APIResponse(responseCode = "400", description = "No year, or a year, cluster, query or page out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no year", value = ReportingExamples.MODEL_BANK_NO_YEAR)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ReportingExamples.UNAUTHORIZED)))
    public Page<ReportingDtos.Model> search(
            @Parameter(description = "the emulation year", example = "2025",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year")
            @NotNull(message = "is required, e.g. 2025") @Pattern(regexp = QueryParams.YEAR, message = EmulationYears.RANGE) String year,
            @Parameter(description = "one cluster's models", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("cluster")
            @Pattern(regexp = QueryParams.POSITIVE, message = "must be a cluster number, 1 or more") String cluster,
            @Parameter(description = "one unit's models", example = "BDBP-LANG-SON") @QueryParam("unit")
            @Size(max = 60, message = "must be at most 60 characters") String unit,
            @Parameter(description = "words to find, diacritics and case ignored", example = "lang son") @QueryParam("q")
            @Size(max = 200, message = "must be at most 200 characters") String q,
            @Valid @BeanParam PageRequest page) {
        String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
        return Page.slice(bank.search(Integer.parseInt(year), cluster == null ? null : Integer.valueOf(cluster), unitCode, q), page)
                .map(m -> new ReportingDtos.Model(m.title(), m.description(), m.product(), m.unitCode(), m.unitName(),
                        m.clusterNumber(), m.year(), m.reportId(), m.reportVersion(), ReportMapping.period(m.period())));
    }
}
