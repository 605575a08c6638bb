package vn.bienphong.emulation.report.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.problem.ProblemTypes;
import vn.bienphong.emulation.common.security.Roles;
import vn.bienphong.emulation.report.service.BulkSubmission;
import vn.bienphong.emulation.report.service.FiledReport;

@Path(ReportBatchReader.PATH)
@Tag(name = "Reports")
public class ReportBatchResource {

    private final ReportBatchReader reader;
    private final BulkSubmission bulk;
    private final ObjectMapper mapper;

    public ReportBatchResource(ReportBatchReader reader, BulkSubmission bulk, ObjectMapper mapper) {
        this.reader = reader;
        this.bulk = bulk;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT, Roles.SYSTEM})
    @Operation(operationId = "submitReportBatch", summary = "Submit many reports at once", description = "For a command system reporting for many units: 1 to "
            + ReportBatchDtos.MAX_REPORTS + " reports (and at most 4 MiB) in one request. Each report is checked and stored on "
            + "its own, exactly as POST /api/v1/reports would, and gets its own result in the answer, in the items' order: "
            + "CREATED (201 with the report), REPLAYED (its idempotencyKey was used before for the same report: the first "
            + "answer again, nothing stored) or REFUSED (the status and problem a single POST would have got: 400, 403, 409, "
            + "422). A refused report never holds the others back; of two reports of one unit in a batch whose periods "
            + "overlap, the first is taken. Created reports publish report-submitted.v1 as single ones do. The answer is "
            + "200 whenever the batch was read, whatever its items' outcomes; the whole batch is refused only when it is not "
            + "one (400), too large (413), or the token may not submit reports (401, 403). A system token reports for any "
            + "unit; a unit token only for itself (another unit's report is REFUSED with 403).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportBatchDtos.Batch.class),
            examples = @ExampleObject(name = "two units' March", value = ReportingExamples.BATCH)))
    @APIResponse(responseCode = "200", description = "The batch was read: one result per item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportBatchDtos.BatchResult.class),
                    examples = @ExampleObject(name = "created, replayed, refused", value = ReportingExamples.BATCH_RESULT)))
    @APIResponse(responseCode = "400", description = "Not a batch: no body, malformed JSON, no items, a bad Idempotency-Key header",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no items", value = ReportingExamples.BATCH_EMPTY)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ReportingExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's role may not submit reports (viewer, council)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "viewer", value = ReportingExamples.FORBIDDEN)))
    @APIResponse(responseCode = "413", description = "More than " + ReportBatchDtos.MAX_REPORTS
            + " reports, or a body over 4 MiB: send it in parts; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too many reports", value = ReportingExamples.BATCH_TOO_LARGE)))
    public ReportBatchDtos.BatchResult submitBatch(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Optional: a key for the "
                    + "batch; an item without its own idempotencyKey gets '<this key>/<its index>', so that resending the "
                    + "same batch replays it") @HeaderParam(IdempotentRequests.HEADER) String batchKey,
            ReportBatchDtos.Batch batch) {
        List<BulkSubmission.Outcome> outcomes = bulk.submit(reader.read(batch, batchKey), this::reply);
        List<ReportBatchDtos.ItemResult> items = new ArrayList<>(outcomes.size());
        int created = 0;
        int replayed = 0;
        for (BulkSubmission.Outcome outcome : outcomes) {
            if (outcome instanceof BulkSubmission.Created c) {
                created++;
                items.add(new ReportBatchDtos.ItemResult(c.index(), c.idempotencyKey(), ReportBatchDtos.Outcome.CREATED, 201,
                        c.reply().location(), c.reply().body(), null));
            } else if (outcome instanceof BulkSubmission.Replayed r) {
                replayed++;
                items.add(new ReportBatchDtos.ItemResult(r.index(), r.idempotencyKey(), ReportBatchDtos.Outcome.REPLAYED,
                        r.status(), r.reply().location(), r.reply().body(), null));
            } else {
                BulkSubmission.Refused refused = (BulkSubmission.Refused) outcome;
                ProblemException p = refused.problem();
                items.add(new ReportBatchDtos.ItemResult(refused.index(), refused.idempotencyKey(), ReportBatchDtos.Outcome.REFUSED,
                        p.status(), null, null, new Problem(ProblemTypes.forStatus(p.status()), p.title(), p.status(), p.getMessage(),
                        ReportBatchReader.PATH + "#/items/" + refused.index(), p.violations())));
            }
        }
        return new ReportBatchDtos.BatchResult(outcomes.size(), created, replayed, outcomes.size() - created - replayed, items);
    }

    /** What a created report is answered with, as a single POST answers it; stored with its key for a retry. */
    private BulkSubmission.Reply reply(FiledReport report) {
        try {
            return new BulkSubmission.Reply("/api/v1/reports/" + report.id(), mapper.writeValueAsString(ReportMapping.report(report)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }
}
