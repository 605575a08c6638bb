package vn.bienphong.emulation.cluster.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.cluster.events.ClusterEventPublisher;
import vn.bienphong.emulation.cluster.persistence.ClusterYearEntity;
import vn.bienphong.emulation.cluster.persistence.MembershipEntity;
import vn.bienphong.emulation.cluster.persistence.UnitEntity;
import vn.bienphong.emulation.cluster.domain.UnitKind;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.query.Counted;

@ApplicationScoped
public class UnitService {

    private final ClusterEventPublisher events;

    public UnitService(ClusterEventPublisher events) {
        this.events = events;
    }

    @Transactional
    public ClusterViews.Unit registerUnit(String code, String name, UnitKind kind) {
        if (UnitEntity.findByCode(code).isPresent()) {
            throw ProblemException.conflict("a unit with code " + code + " exists already");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UnitEntity unit = new UnitEntity();
        unit.code = code;
        unit.rename(name.strip());
        unit.kind = kind;
        unit.createdAt = now;
        unit.updatedAt = now;
        unit.persist();
        events.unitRegistered(unit);
        return view(unit);
    }

    @Transactional
    public ClusterViews.Unit updateUnit(String code, String name, UnitKind kind) {
        UnitEntity unit = findUnit(code);
        unit.rename(name.strip());
        unit.kind = kind;
        unit.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        events.unitUpdated(unit);
        return view(unit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClusterViews.Unit getUnit(String code) {
        return view(findUnit(code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted<ClusterViews.Unit> searchUnits(String query, UnitKind kind, int page, int size) {
        var found = UnitEntity.search(query, kind);
        long total = found.count();
        List<ClusterViews.Unit> items = found.page(page, size).list().stream().map(UnitService::view).toList();
        return new Counted<>(items, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClusterViews.UnitMembership> membershipsOf(String code) {
        findUnit(code);
        return MembershipEntity.ofUnit(code).stream().map(m -> {
            ClusterYearEntity year = m.clusterYear;
            return new ClusterViews.UnitMembership(m.year, year.clusterNumber, m.rotationPosition,
                    code.equals(year.chairUnitCode), code.equals(year.deputyChairUnitCode));
        }).toList();
    }

    /** Unit code → name for the given codes; a code that names no unit is a 422 listing them all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, String> requireUnits(List<String> codes) {
        Map<String, String> names = UnitEntity.<UnitEntity>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(u -> u.code, u -> u.name, (a, b) -> a));
        List<String> unknown = codes.stream().distinct().filter(c -> !names.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.ruleBroken("unknown unit" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown));
        }
        return names;
    }

    static ClusterViews.Unit view(UnitEntity e) {
        return new ClusterViews.Unit(e.code, e.name, e.kind, e.createdAt, e.updatedAt);
    }

    static UnitEntity findUnit(String code) {
        return UnitEntity.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("no unit with code " + code));
    }
}
