package vn.bienphong.emulation.report.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Roles;
import vn.bienphong.emulation.report.service.BulkSubmission;
import vn.bienphong.emulation.report.service.FiledReport;
import vn.bienphong.emulation.report.service.ReportQueries;
import vn.bienphong.emulation.report.service.ReportService;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Units' results through the year, every version kept")
@Authenticated
public class ReportResource {

    private final ReportService reports;
    private final ReportQueries queries;
    private final IdempotentRequests idempotent;

    public ReportResource(ReportService reports, ReportQueries queries, IdempotentRequests idempotent) {
        this.reports = reports;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({Roles.UNIT, Roles.SYSTEM})
    @APIResponse(responseCode = "201", description = "The report, stored as version 1",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDtos.Report.class)))
    @APIResponse(responseCode = "403", description = "A unit token reporting for another unit, or a role that may not report")
    @APIResponse(responseCode = "409", description = "The unit has a report for an overlapping period, or the Idempotency-Key was used before with a different report")
    @APIResponse(responseCode = "422", description = "The unit is unknown, or not a member of the cluster in that year")
    @Operation(operationId = "submitReport", summary = "Submit a report", description = "A unit token reports for its own unit, a system token for any. "
            + "Answers 201 with version 1; a retry with the same Idempotency-Key gets the same answer and stores nothing new.")
    public Response submitReport(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @Valid @NotNull(message = "a JSON body is required") ReportDtos.NewReport request) {
        return idempotent.create(BulkSubmission.IDEMPOTENCY_SCOPE, idempotencyKey, request, () -> {
            ReportDtos.Report report = ReportMapping.report(reports.submitReport(ReportMapping.draft(request)));
            return new IdempotentRequests.Created(URI.create("/api/v1/reports/" + report.id()), report);
        });
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed({Roles.UNIT, Roles.SYSTEM})
    @APIResponse(responseCode = "201", description = "The new version of the report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDtos.Report.class)))
    @APIResponse(responseCode = "403", description = "A unit token amending another unit's report, or a role that may not report")
    @APIResponse(responseCode = "404", description = "No report with this id")
    @APIResponse(responseCode = "409", description = "basedOnVersion is not the current version, or the Idempotency-Key was used before with a different amendment")
    @APIResponse(responseCode = "422", description = "The unit is no longer a member of the report's cluster that year")
    @Operation(operationId = "amendReport", summary = "Amend a report", description = "Stores a new version with the whole corrected content; it supersedes "
            + "the current one, which stays readable. Totals count only the latest version.")
    public Response amendReport(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                @Valid @NotNull(message = "a JSON body is required") ReportDtos.Amendment amendment) {
        return idempotent.create("report-amendments/" + id, idempotencyKey, amendment, () -> {
            ReportDtos.Report report = ReportMapping.report(reports.amendReport(id, ReportMapping.amendment(amendment)));
            return new IdempotentRequests.Created(
                    URI.create("/api/v1/reports/" + id + "/versions/" + report.version()), report);
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "The latest version of the report")
    @APIResponse(responseCode = "404", description = "No report with this id")
    @Operation(operationId = "getReport", summary = "A report as its latest version stands")
    public ReportDtos.Report getReport(@PathParam("id") UUID id) {
        return ReportMapping.report(queries.getReport(id));
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "Every version, oldest first")
    @APIResponse(responseCode = "404", description = "No report with this id")
    @Operation(operationId = "listReportVersions", summary = "Every version of a report, oldest first; paged")
    public Page<ReportDtos.Report> versionsOf(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return Page.slice(queries.versionsOf(id), page).map(ReportMapping::report);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "The version asked for")
    @APIResponse(responseCode = "404", description = "No report with this id, or it has no such version")
    @Operation(operationId = "getReportVersion", summary = "One version of a report")
    public ReportDtos.Report getVersion(@PathParam("id") UUID id, @PathParam("version") int version) {
        return ReportMapping.report(queries.getVersion(id, version));
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "A page of reports")
    @Operation(operationId = "listReports", summary = "List reports", description = "Filter by year, cluster, unit, period label; paged.")
    public Page<ReportDtos.ReportSummary> listReports(@QueryParam("year") Integer year, @QueryParam("cluster") Integer cluster,
                                                      @QueryParam("unit") String unit, @QueryParam("period") String period,
                                                      @Valid @BeanParam PageRequest page) {
        return ReportMapping.page(queries.listReports(new ReportQueries.Filter(year, cluster, unit, period), page.page, page.size), page);
    }

    @GET
    @Path("/export.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "The reports as CSV (UTF-8), one row per figure",
            content = @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "reportId,version,unitCode,unitName,clusterNumber,year,periodKind,periodLabel,metric,value,submittedBy,submittedAt\n"
            + "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10,1,BDBP-LANG-SON,Bộ đội Biên phòng tỉnh Lạng Sơn,1,2025,MONTH,2025-03,crimeCases,12,unit-BDBP-LANG-SON,2025-04-02T08:15:00+07:00\n"))
    @Operation(operationId = "exportReportsCsv", summary = "Export reports as CSV", description = "One row per figure of the current "
            + "version of every report of the filter; UTF-8, names with their diacritics.")
    public Response exportReports(@QueryParam("year") Integer year, @QueryParam("cluster") Integer cluster,
                                  @QueryParam("unit") String unit, @QueryParam("period") String period) {
        List<List<Object>> rows = new ArrayList<>();
        for (FiledReport r : queries.currentVersions(new ReportQueries.Filter(year, cluster, unit, period))) {
            r.figures().forEach((metric, value) -> rows.add(List.of(r.id(), r.version(), r.unitCode(),
                    r.unitName() == null ? "" : r.unitName(), r.clusterNumber(), r.year(), r.period().kind(),
                    r.period().label(), metric, value.toPlainString(), r.submittedBy(), r.submittedAt())));
        }
        return CsvExport.response("reports.csv", List.of("reportId", "version", "unitCode", "unitName", "clusterNumber", "year",
                "periodKind", "periodLabel", "metric", "value", "submittedBy", "submittedAt"), rows);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({Roles.VIEWER, Roles.UNIT, Roles.SYSTEM, Roles.COUNCIL})
    @APIResponse(responseCode = "200", description = "A page of the changes, oldest first")
    @Operation(operationId = "listReportChanges", summary = "Change feed: reports created or amended since a time", description = "Oldest change first, ties "
            + "by id; page through it, then ask again from the last changedAt you saw (changes at that time come again). "
            + "A change shows once no transaction that began before it is still open, so none is ever skipped.")
    public Page<ReportDtos.ReportSummary> changesSince(
            @QueryParam("since") @NotNull(message = "is required, e.g. 2025-01-01T00:00:00Z") String since,
            @Valid @BeanParam PageRequest page) {
        OffsetDateTime from;
        try {
            from = OffsetDateTime.parse(since);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("since", "must be a time with its offset, e.g. 2025-01-01T00:00:00Z");
        }
        return ReportMapping.page(queries.changesSince(from, page.page, page.size), page);
    }
}
