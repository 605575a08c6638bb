package vn.bienphong.emulation.report.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import vn.bienphong.emulation.report.service.ReportingStatus;

@Path("/api/v1/reporting-status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting status", description = "Who of a cluster's members has reported for a period, and who not yet (chưa báo cáo)")
@Authenticated
public class ReportingStatusResource {

    private static final String RULE = "A regular period (2025-03, 2025-Q1, 2025) is reported when the unit's month, quarter "
            + "and year reports of that year together cover every month of it: a year report covers each of its months, "
            + "three monthly reports cover their quarter; a report of part of it leaves the other months missing. A campaign "
            + "is reported only by a report for that campaign, and campaign reports count for nothing else. Any version of "
            + "a report counts; so does a report the unit filed for another cluster that year. Members are those of the "
            + "latest membership cluster-service published for the cluster and year; ordered by unit code; paged.";

    private final ReportingStatus status;

    public ReportingStatusResource(ReportingStatus status) {
        this.status = status;
    }

    @GET
    @Path("/clusters/{clusterNumber}")
    @Operation(operationId = "getReportingStatus", summary = "Each member's reporting status for a period", description = RULE)
    @APIResponse(responseCode = "200", description = "The members, each with reported true or false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingDtos.MemberStatusPage.class),
                    examples = @ExampleObject(name = "March 2025 of cluster 1", value = ReportingExamples.STATUS)))
    @APIResponse(responseCode = "400", description = "No year, no period, or a period that names nothing in the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "month outside the year", value = ReportingExamples.STATUS_BAD_PERIOD)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ReportingExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "404", description = "No membership of the cluster in that year is known here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown cluster-year", value = ReportingExamples.STATUS_UNKNOWN_CLUSTER)))
    public Page<ReportingDtos.MemberStatus> members(
            @PathParam("clusterNumber") int clusterNumber,
            @Valid @BeanParam PeriodQuery query,
            @Parameter(description = "only the members that have (true) or have not (false) reported",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("reported")
            @Pattern(regexp = "true|false", message = "must be true or false") String reported,
            @Valid @BeanParam PageRequest page) {
        return Page.slice(status.members(clusterNumber, query.year(), query.period, reported == null ? null : Boolean.valueOf(reported)),
                page).map(ReportingStatusResource::member);
    }

    @GET
    @Path("/clusters/{clusterNumber}/not-reported")
    @Operation(operationId = "listNotReported", summary = "The members that have not reported for a period yet (for reminders)", description = RULE)
    @APIResponse(responseCode = "200", description = "The members that have not reported, with what is missing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingDtos.MemberStatusPage.class),
                    examples = @ExampleObject(name = "Q1 2025 of cluster 1", value = ReportingExamples.NOT_REPORTED)))
    @APIResponse(responseCode = "400", description = "No year, no period, or a period that names nothing in the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "month outside the year", value = ReportingExamples.STATUS_BAD_PERIOD)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ReportingExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "404", description = "No membership of the cluster in that year is known here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown cluster-year", value = ReportingExamples.STATUS_UNKNOWN_CLUSTER)))
    public Page<ReportingDtos.MemberStatus> notReported(
            @PathParam("clusterNumber") int clusterNumber,
            @Valid @BeanParam PeriodQuery query,
            @Valid @BeanParam PageRequest page) {
        return Page.slice(status.members(clusterNumber, query.year(), query.period, false), page).map(ReportingStatusResource::member);
    }

    private static ReportingDtos.MemberStatus member(ReportingStatus.MemberStatus m) {
        return new ReportingDtos.MemberStatus(m.unitCode(), m.unitName(), m.reported(),
                m.reports().stream().map(r -> new ReportingDtos.CountedReport(r.reportId(), r.clusterNumber(),
                        ReportMapping.period(r.period()))).toList(),
                m.missing());
    }

    /** {@code ?year=2025&period=2025-03}: the cluster's year and the period asked about. */
    public static class PeriodQuery {

        @Parameter(description = "the emulation year", example = "2025",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
        @QueryParam("year")
        @NotNull(message = "is required, e.g. 2025")
        @Pattern(regexp = QueryParams.YEAR, message = EmulationYears.RANGE)
        public String year;

        @Parameter(description = "the period: 2025 (the year), 2025-03 (a month), 2025-Q1 (a quarter) or a campaign's code",
                example = "2025-03")
        @QueryParam("period")
        @NotNull(message = "is required: 2025, 2025-03, 2025-Q1 or a campaign's code")
        public String period;

        int year() {
            return Integer.parseInt(year);
        }
    }
}
