package vn.bienphong.emulation.report.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.report.api.MetricDtos;
import vn.bienphong.emulation.report.domain.Aggregation;
import vn.bienphong.emulation.report.domain.ValueKind;
import vn.bienphong.emulation.report.persistence.MetricDefinitionEntity;

/** The council manages the metric catalogue; everyone reads it. */
@ApplicationScoped
public class MetricService {

    private final MetricCatalogue catalogue;
    private final Event<MetricCatalogue.Changed> changed;

    public MetricService(MetricCatalogue catalogue, Event<MetricCatalogue.Changed> changed) {
        this.catalogue = catalogue;
        this.changed = changed;
    }

    public List<MetricDtos.Metric> listMetrics() {
        return catalogue.current().values().stream().sorted(Comparator.comparing(m -> m.code()))
                .map(MetricDtos.Metric::of).toList();
    }

    public MetricDtos.Metric getMetric(String code) {
        var metric = catalogue.current().get(code);
        if (metric == null) {
            throw ProblemException.notFound("no metric " + code);
        }
        return MetricDtos.Metric.of(metric);
    }

    @Transactional
    public MetricDtos.Metric defineMetric(MetricDtos.NewMetric request) {
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
        changed.fire(new MetricCatalogue.Changed());
        return MetricDtos.Metric.of(metric.toDomain());
    }

    @Transactional
    public MetricDtos.Metric changeMetric(String code, MetricDtos.MetricChange change) {
        MetricDefinitionEntity metric = MetricDefinitionEntity.findById(code);
        if (metric == null) {
            throw ProblemException.notFound("no metric " + code);
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
        changed.fire(new MetricCatalogue.Changed());
        return MetricDtos.Metric.of(metric.toDomain());
    }
}
