package vn.bienphong.emulation.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a report against the catalogue: every code a known, active metric; every value
 * present, not negative, whole where the metric counts or is money, at most the metric's scale
 * of decimals, and within its range. Valid figures come back normalised (whole numbers with
 * scale 0, decimals without trailing zeros).
 */
public final class FigureRules {

    private FigureRules() {
    }

    public record Outcome(Map<String, BigDecimal> figures, List<Violation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public static Outcome check(Map<String, BigDecimal> figures, Map<String, MetricDefinition> catalogue) {
        List<Violation> violations = new ArrayList<>();
        Map<String, BigDecimal> normalised = new LinkedHashMap<>();
        if (figures == null || figures.isEmpty()) {
            violations.add(new Violation("figures", "a report must carry at least one figure"));
            return new Outcome(Map.of(), violations);
        }
        figures.forEach((code, value) -> {
            String field = "figures." + code;
            MetricDefinition metric = catalogue.get(code);
            String problem = metric == null || !metric.active() ? "unknown metric " + code
                    : problemWith(value, metric);
            if (problem != null) {
                violations.add(new Violation(field, problem));
            } else {
                normalised.put(code, normalise(value, metric));
            }
        });
        return new Outcome(violations.isEmpty() ? normalised : Map.of(), violations);
    }

    static String problemWith(BigDecimal value, MetricDefinition metric) {
        if (value == null) {
            return "a value is required";
        }
        if (value.signum() < 0) {
            return "must not be negative";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (metric.kind().isWhole() && stripped.scale() > 0) {
            return metric.kind() == ValueKind.MONEY_VND ? "must be a whole number of đồng"
                    : "must be a whole number (the metric counts)";
        }
        if (!metric.kind().isWhole() && stripped.scale() > metric.scale()) {
            return "must have at most " + metric.scale() + " decimals";
        }
        if (value.compareTo(metric.maxValue()) > 0) {
            return "must be at most " + metric.maxValue().stripTrailingZeros().toPlainString();
        }
        return null;
    }

    static BigDecimal normalise(BigDecimal value, MetricDefinition metric) {
        if (metric.kind().isWhole()) {
            return value.setScale(0);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
