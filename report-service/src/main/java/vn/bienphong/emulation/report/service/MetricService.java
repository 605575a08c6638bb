package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.report.domain.Aggregation;
import vn.bienphong.emulation.report.domain.MetricDefinition;
import vn.bienphong.emulation.report.domain.ValueKind;
import vn.bienphong.emulation.report.persistence.MetricDefinitionEntity;
import vn.bienphong.emulation.report.persistence.MetricDefinitions;

/**
 * The council manages the metric catalogue; everyone reads it. Nothing of it is held in memory: a
 * change is read by every instance from the next request on ({@link MetricDefinitions}).
 */
@ApplicationScoped
public class MetricService {

    /** A new measure; {@code scale} null means 0, {@code aggregation} null means SUM. */
    public record NewMetric(String code, String nameVi, String nameEn, String unitOfMeasure, ValueKind kind, Integer scale,
                            BigDecimal maxValue, Aggregation aggregation) {
    }

    /**
     * What a change of a measure may change: not its code, kind or scale. Those three may come along as the
     * metric was read (null when not given); they must then be the metric's own.
     */
    public record MetricChange(String code, ValueKind kind, Integer scale, String nameVi, String nameEn,
                               String unitOfMeasure, BigDecimal maxValue, Aggregation aggregation, boolean active) {
    }

    private final MetricDefinitions catalogue;

    public MetricService(MetricDefinitions catalogue) {
        this.catalogue = catalogue;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MetricDefinition> listMetrics() {
        return List.copyOf(catalogue.all().values());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MetricDefinition getMetric(String code) {
        MetricDefinition metric = catalogue.of(List.of(code)).get(code);
        if (metric == null) {
            throw ProblemException.notFound("no metric " + code);
        }
        return metric;
    }

    @Transactional
    public MetricDefinition defineMetric(NewMetric request) {
        if (MetricDefinitionEntity.findById(request.code()) != null) {
            throw ProblemException.conflict("a metric with code " + request.code() + " exists already");
        }
        int scale = request.scale() == null ? 0 : request.scale();
        if (request.kind() != ValueKind.DECIMAL && scale != 0) {
            throw ProblemException.invalidField("scale", "must be 0 for " + request.kind());
        }
        if (request.maxValue().stripTrailingZeros().scale() > scale) {
            throw ProblemException.invalidField("maxValue", "must have at most " + scale + " decimals");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        MetricDefinitionEntity metric = new MetricDefinitionEntity();
        metric.code = request.code();
        metric.nameVi = request.nameVi().strip();
        metric.nameEn = request.nameEn().strip();
        metric.unitOfMeasure = request.unitOfMeasure().strip();
        metric.kind = request.kind();
        metric.scale = scale;
        metric.maxValue = request.maxValue();
        metric.aggregation = request.aggregation() == null ? Aggregation.SUM : request.aggregation();
        metric.active = true;
        metric.createdAt = now;
        metric.updatedAt = now;
        metric.persist();
        return metric.toDomain();
    }

    @Transactional
    public MetricDefinition changeMetric(String code, MetricChange change) {
        MetricDefinitionEntity metric = MetricDefinitionEntity.findById(code);
        if (metric == null) {
            throw ProblemException.notFound("no metric " + code);
        }
        if (change.code() != null && !change.code().equals(metric.code)) {
            throw ProblemException.invalidField("code", "is " + metric.code + " in the path; a metric's code cannot change");
        }
        if (change.kind() != null && change.kind() != metric.kind) {
            throw ProblemException.invalidField("kind", "cannot change: " + metric.code + " is " + metric.kind
                    + "; define a new metric for another kind");
        }
        if (change.scale() != null && change.scale() != metric.scale) {
            throw ProblemException.invalidField("scale", "cannot change: " + metric.code + " has " + metric.scale
                    + " decimals; define a new metric for another scale");
        }
        if (change.maxValue().stripTrailingZeros().scale() > metric.scale) {
            throw ProblemException.invalidField("maxValue", "must have at most " + metric.scale + " decimals");
        }
        metric.nameVi = change.nameVi().strip();
        metric.nameEn = change.nameEn().strip();
        metric.unitOfMeasure = change.unitOfMeasure().strip();
        metric.maxValue = change.maxValue();
        metric.aggregation = change.aggregation();
        metric.active = change.active();
        metric.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return metric.toDomain();
    }
}
