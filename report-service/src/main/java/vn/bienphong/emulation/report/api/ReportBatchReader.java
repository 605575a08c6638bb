package vn.bienphong.emulation.report.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.problem.ProblemMappers;
import vn.bienphong.emulation.report.service.BulkSubmission;

/**
 * Reads a batch item by item, so that an item that is not a well-formed report is refused on its
 * own (with the same problem a single POST of it would get) and the others still go through. Only a
 * batch that is not a batch at all is refused whole: no JSON body, no items, or more than
 * {@link ReportBatchDtos#MAX_REPORTS} of them (413: send it in parts).
 */
@ApplicationScoped
public class ReportBatchReader {

    static final String PATH = "/api/v1/reports/batch";
    /** A batch's Idempotency-Key leaves room for "/" and an item's index within the keys' 200 characters. */
    static final int MAX_BATCH_KEY = 190;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final IdempotentRequests idempotent;

    public ReportBatchReader(ObjectMapper mapper, Validator validator, IdempotentRequests idempotent) {
        this.mapper = mapper;
        this.validator = validator;
        this.idempotent = idempotent;
    }

    public List<BulkSubmission.Item> read(ReportBatchDtos.Batch batch, String batchKey) {
        if (batch == null) {
            throw ProblemException.badRequest("a JSON body is required: {\"items\": [{\"idempotencyKey\": ..., \"report\": {...}}]}");
        }
        if (batchKey != null && (batchKey.isBlank() || batchKey.length() > MAX_BATCH_KEY)) {
            throw ProblemException.invalidField(IdempotentRequests.HEADER, "must be 1 to " + MAX_BATCH_KEY + " characters for a batch");
        }
        List<JsonNode> items = batch.items();
        if (items == null || items.isEmpty()) {
            throw ProblemException.invalidField("items", "a batch carries 1 to " + ReportBatchDtos.MAX_REPORTS + " reports");
        }
        if (items.size() > ReportBatchDtos.MAX_REPORTS) {
            throw new ProblemException(413, "Batch too large", "a batch carries at most " + ReportBatchDtos.MAX_REPORTS
                    + " reports; this one carries " + items.size() + ": send them in batches of " + ReportBatchDtos.MAX_REPORTS
                    + " or fewer", List.of(new Problem.Violation("items", "at most " + ReportBatchDtos.MAX_REPORTS + " reports")));
        }
        List<BulkSubmission.Item> read = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            read.add(item(i, items.get(i), batchKey));
        }
        return read;
    }

    private BulkSubmission.Item item(int index, JsonNode node, String batchKey) {
        String derivedKey = batchKey == null ? null : batchKey + "/" + index;
        if (node == null || !node.isObject()) {
            return unreadable(index, derivedKey, ProblemException.invalidField("(item)",
                    "must be an object {\"idempotencyKey\": ..., \"report\": {...}}"));
        }
        ReportDtos.NewReport report;
        String key = derivedKey;
        try {
            ReportBatchDtos.Item item = mapper.treeToValue(node, ReportBatchDtos.Item.class);
            if (item.idempotencyKey() != null) {
                key = item.idempotencyKey();
                if (key.isBlank() || key.length() > 200) {
                    return unreadable(index, null, ProblemException.invalidField("idempotencyKey", "must be 1 to 200 characters"));
                }
            }
            if (item.report() == null || item.report().isNull()) {
                return unreadable(index, key, ProblemException.invalidField("report", "is required: the report, as for a single POST"));
            }
            report = mapper.treeToValue(item.report(), ReportDtos.NewReport.class);
        } catch (JsonProcessingException e) {
            Problem problem = ProblemMappers.jsonProblem(e, PATH);
            return unreadable(index, key, new ProblemException(problem.status(), problem.title(), problem.detail(),
                    problem.violations() == null ? List.of() : problem.violations()));
        }
        Set<ConstraintViolation<ReportDtos.NewReport>> violations = validator.validate(report);
        if (!violations.isEmpty()) {
            return unreadable(index, key, ProblemException.invalidFields(violations.stream()
                    .map(v -> new Problem.Violation(field(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field)).toList()));
        }
        return new BulkSubmission.Submit(index, key, key == null ? null : idempotent.requestHash(report), ReportMapping.draft(report));
    }

    private static BulkSubmission.Item unreadable(int index, String key, ProblemException problem) {
        return new BulkSubmission.Unreadable(index, key, problem);
    }

    /** {@code period.label}, {@code models[0].title}: the field of the report, as a single POST names it. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "(report)" : field.toString();
    }
}
