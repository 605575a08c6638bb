package vn.bienphong.emulation.report.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.common.problem.Problem;

/** What {@code POST /api/v1/reports/batch} takes and gives. */
public final class ReportBatchDtos {

    /** The most reports one batch may carry; a larger batch is refused whole (413), to be sent in parts. */
    public static final int MAX_REPORTS = 500;

    private ReportBatchDtos() {
    }

    @Schema(description = "1 to " + MAX_REPORTS + " reports, each with its own idempotency key")
    public record Batch(
            @Schema(type = SchemaType.ARRAY, implementation = Item.class, minItems = 1, maxItems = MAX_REPORTS,
                    description = "the reports, each {idempotencyKey, report}; each is checked and stored on its own")
            List<JsonNode> items) {
    }

    /**
     * One report of a batch: the same body as {@code POST /api/v1/reports}, with the key that makes
     * its retry safe (as the Idempotency-Key header does for a single report, in the same key space).
     */
    public record Item(
            @Schema(description = "1 to 200 characters; a retry with the same key and report is answered REPLAYED and stores "
                    + "nothing; without it, an item of a batch sent with an Idempotency-Key header gets the key "
                    + "'<header>/<index>'", example = "BDBP-LANG-SON/2025-03")
            String idempotencyKey,
            @Schema(implementation = ReportDtos.NewReport.class, description = "the report, as for POST /api/v1/reports")
            JsonNode report) {
    }

    public enum Outcome {
        /** stored now: {@code status} 201, {@code location} and {@code report} as a single POST answers */
        CREATED,
        /** its key was used before for the same report: the first answer again, nothing stored */
        REPLAYED,
        /** not stored: {@code status} and {@code problem} as a single POST would have answered */
        REFUSED
    }

    /** The outcome of one item, at its index in the batch. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(
            int index,
            String idempotencyKey,
            Outcome outcome,
            @Schema(description = "the status a single POST of this report would have answered (201, or 400, 403, 409, 422)")
            int status,
            @Schema(description = "where the report lives (CREATED, REPLAYED)") String location,
            @JsonRawValue @Schema(implementation = ReportDtos.Report.class, description = "the report as stored (CREATED, REPLAYED)")
            String report,
            @Schema(description = "why it was refused (REFUSED)") Problem problem) {
    }

    /** One result per item, in the items' order, and how many ended each way. */
    public record BatchResult(int received, int created, int replayed, int refused, List<ItemResult> items) {
    }
}
