package vn.bienphong.emulation.cluster.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.cluster.api.UnitDtos;
import vn.bienphong.emulation.cluster.events.ClusterEventPublisher;
import vn.bienphong.emulation.cluster.persistence.ClusterYearEntity;
import vn.bienphong.emulation.cluster.persistence.MembershipEntity;
import vn.bienphong.emulation.cluster.persistence.UnitEntity;
import vn.bienphong.emulation.cluster.domain.UnitKind;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.problem.ProblemException;

@ApplicationScoped
public class UnitService {

    private final ClusterEventPublisher events;

    public UnitService(ClusterEventPublisher events) {
        this.events = events;
    }

    @Transactional
    public UnitDtos.Unit registerUnit(UnitDtos.NewUnit request) {
        if (UnitEntity.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("a unit with code " + request.code() + " exists already");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UnitEntity unit = new UnitEntity();
        unit.code = request.code();
        unit.rename(request.name().strip());
        unit.kind = request.kind();
        unit.createdAt = now;
        unit.updatedAt = now;
        unit.persist();
        events.unitRegistered(unit);
        return UnitDtos.Unit.of(unit);
    }

    @Transactional
    public UnitDtos.Unit updateUnit(String code, UnitDtos.UnitChange change) {
        UnitEntity unit = findUnit(code);
        unit.rename(change.name().strip());
        unit.kind = change.kind();
        unit.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        events.unitUpdated(unit);
        return UnitDtos.Unit.of(unit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitDtos.Unit getUnit(String code) {
        return UnitDtos.Unit.of(findUnit(code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnitDtos.Unit> searchUnits(String query, UnitKind kind, PageRequest page) {
        var found = UnitEntity.search(query, kind);
        long total = found.count();
        List<UnitDtos.Unit> items = found.page(page.page, page.size).list().stream().map(UnitDtos.Unit::of).toList();
        return Page.of(items, page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitDtos.UnitMembership> membershipsOf(String code) {
        findUnit(code);
        return MembershipEntity.ofUnit(code).stream().map(m -> {
            ClusterYearEntity year = m.clusterYear;
            return new UnitDtos.UnitMembership(m.year, year.clusterNumber, m.rotationPosition,
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

    static UnitEntity findUnit(String code) {
        return UnitEntity.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("no unit with code " + code));
    }
}
