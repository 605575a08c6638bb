package vn.bienphong.emulation.award.api;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.bienphong.emulation.award.service.SpreadsheetService;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1")
@Tag(name = "Spreadsheets", description = "Standings, commendations and dossiers as .xlsx; collectives and individuals to commend imported from .xlsx")
@Authenticated
public class SpreadsheetResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SpreadsheetService sheets;
    private final IdempotentRequests idempotent;

    public SpreadsheetResource(SpreadsheetService sheets, IdempotentRequests idempotent) {
        this.sheets = sheets;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/exports/standings.xlsx")
    @Produces({XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportStandingsXlsx", summary = "The standings of a cluster and year as .xlsx", description = "Sheet Xếp hạng (rank, unit, score, bonus and penalty points) "
            + "and sheet Kết quả (each unit's totals by metric; whole numbers, money in VND among them, as integers).")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "No cluster or year, or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no year", value = CommendationExamples.INVALID)))
    public Response standings(@QueryParam("cluster") @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer cluster,
                              @QueryParam("year") @NotNull(message = "is required") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE)
                              @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) Integer year) {
        return file(sheets.standings(cluster, year), "xep-hang-cum-" + cluster + "-" + year + ".xlsx");
    }

    @GET
    @Path("/exports/commendations.xlsx")
    @Produces({XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportCommendationsXlsx", summary = "Commendations as .xlsx", description = "Of one cluster and/or year when given: recipient, award, occasion, decision number and date.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CommendationExamples.UNAUTHORIZED)))
    public Response commendations(@QueryParam("cluster") Integer cluster, @QueryParam("year") Integer year) {
        return file(sheets.commendations(cluster, year), "khen-thuong.xlsx");
    }

    @GET
    @Path("/exports/dossiers.xlsx")
    @Produces({XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportDossiersXlsx", summary = "Nomination dossiers as .xlsx", description = "Of one cluster and/or year when given: nominee, award, source, status, outcome.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CommendationExamples.UNAUTHORIZED)))
    public Response dossiers(@QueryParam("cluster") Integer cluster, @QueryParam("year") Integer year) {
        return file(sheets.dossiers(cluster, year), "ho-so-de-nghi.xlsx");
    }

    @GET
    @Path("/imports/commendations/template.xlsx")
    @Produces(XLSX)
    @Operation(operationId = "getImportTemplate", summary = "The import template", description = "The columns of the import with two example rows, and a sheet listing the award catalogue's codes.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return file(sheets.template(), "mau-danh-sach-de-nghi-khen-thuong.xlsx");
    }

    @POST
    @Path("/imports/commendations/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "previewCommendationImport", summary = "Preview an import of collectives and individuals to commend", description = "Multipart `file` (.xlsx, the template's "
            + "columns): every row's problems (row as Excel numbers it, column by its header, what is wrong). Stores nothing.")
    @APIResponse(responseCode = "200", description = "The rows and their problems",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpreadsheetService.Preview.class),
                    examples = @ExampleObject(name = "one bad row", value = CommendationExamples.IMPORT_PREVIEW)))
    @APIResponse(responseCode = "400", description = "No file, not an .xlsx, or columns other than the template's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a workbook", value = CommendationExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "a unit", value = CommendationExamples.FORBIDDEN)))
    public SpreadsheetService.Preview preview(@RestForm("file") FileUpload file) {
        return sheets.preview(bytes(file));
    }

    @POST
    @Path("/imports/commendations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "importCommendations", summary = "Import collectives and individuals to commend", description = "All or nothing: a dossier (source IMPORT, SUBMITTED) "
            + "for every row, or none when any row has a problem (422 listing them). Each filing publishes dossier-moved.v1.")
    @APIResponse(responseCode = "201", description = "Every row filed as a dossier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpreadsheetService.Imported.class),
                    examples = @ExampleObject(name = "one row", value = "{\"rows\": 1, \"dossiers\": [" + CommendationExamples.DOSSIER + "]}")))
    @APIResponse(responseCode = "400", description = "No file, not an .xlsx, no rows, or columns other than the template's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a workbook", value = CommendationExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "a unit", value = CommendationExamples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "key reused", value = CommendationExamples.CONFLICT)))
    @APIResponse(responseCode = "422", description = "Rows with problems; nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad rows", value = CommendationExamples.RULE_BROKEN)))
    public Response importRows(@Parameter(description = "makes a retry safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                               @RestForm("file") FileUpload file) {
        byte[] xlsx = bytes(file);
        return idempotent.create("commendation-imports", idempotencyKey, Map.of("sha256", sha256(xlsx)), () ->
                new IdempotentRequests.Created(URI.create("/api/v1/dossiers"), sheets.importDossiers(xlsx)));
    }

    private static Response file(byte[] content, String name) {
        return Response.ok(content, XLSX).header("Content-Disposition", ContentDisposition.attachment(name)).build();
    }

    private static byte[] bytes(FileUpload file) {
        if (file == null) {
            throw ProblemException.invalidField("file", "is required: the .xlsx file, as a multipart part named file");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException("could not read the uploaded file", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
