package vn.bienphong.emulation.cluster.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.cluster.domain.MembershipRules;
import vn.bienphong.emulation.cluster.events.ClusterEventPublisher;
import vn.bienphong.emulation.cluster.persistence.ClusterEntity;
import vn.bienphong.emulation.cluster.persistence.ClusterYearEntity;
import vn.bienphong.emulation.cluster.persistence.ClusterYearRevisionEntity;
import vn.bienphong.emulation.cluster.persistence.MembershipEntity;
import vn.bienphong.emulation.cluster.persistence.UnitEntity;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.query.Counted;

@ApplicationScoped
public class ClusterService {

    private final UnitService units;
    private final ClusterEventPublisher events;
    private final EntityManager em;

    public ClusterService(UnitService units, ClusterEventPublisher events, EntityManager em) {
        this.units = units;
        this.events = events;
        this.em = em;
    }

    @Transactional
    public ClusterViews.Cluster createCluster(int number, String name) {
        if (ClusterEntity.findByIdOptional(number).isPresent()) {
            throw ProblemException.conflict("cluster " + number + " exists already");
        }
        ClusterEntity cluster = new ClusterEntity();
        cluster.number = number;
        cluster.name = name.strip();
        cluster.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        cluster.persist();
        return view(cluster);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted<ClusterViews.Cluster> listClusters(int page, int size) {
        var all = ClusterEntity.<ClusterEntity>findAll(io.quarkus.panache.common.Sort.by("number"));
        long total = all.count();
        return new Counted<>(all.page(page, size).list().stream().map(this::view).toList(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClusterViews.Cluster getCluster(int number) {
        return view(findCluster(number));
    }

    /**
     * Sets up (or changes) a cluster's year: members in rotation order, theme, chair, deputy chair.
     * Other years stay as they are. Publishes "membership changed", and "chair assigned" when the
     * chair or deputy changed. Every revision is kept. Returns whether the year was new.
     */
    @Transactional
    public boolean setUpYear(int number, int year, ClusterViews.YearPlan request, String changedBy) {
        ClusterEntity cluster = findCluster(number);
        List<String> rotation = request.rotationOrder() != null ? request.rotationOrder() : request.members();
        Map<String, String> names = units.requireUnits(request.members());
        Map<String, Integer> elsewhere = new HashMap<>();
        for (MembershipEntity m : MembershipEntity.inYear(year, request.members())) {
            if (m.clusterYear.clusterNumber != number) {
                elsewhere.put(m.unitCode, m.clusterYear.clusterNumber);
            }
        }
        List<String> broken = MembershipRules.check(request.members(), request.rotationOrder(), request.chairUnitCode(),
                request.deputyChairUnitCode(), elsewhere);
        if (!broken.isEmpty()) {
            throw ProblemException.ruleBroken(String.join("; ", broken));
        }

        Optional<ClusterYearEntity> existing = ClusterYearEntity.findFor(number, year);
        ClusterYearEntity entity = existing.orElseGet(ClusterYearEntity::new);
        boolean chairChanged = !Objects.equals(entity.chairUnitCode, request.chairUnitCode())
                || !Objects.equals(entity.deputyChairUnitCode, request.deputyChairUnitCode());
        entity.clusterNumber = number;
        entity.year = year;
        entity.theme = request.theme() == null ? null : request.theme().strip();
        entity.chairUnitCode = request.chairUnitCode();
        entity.deputyChairUnitCode = request.deputyChairUnitCode();
        entity.revision = existing.isPresent() ? entity.revision + 1 : 1;
        entity.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        replaceMembers(entity, rotation);
        if (existing.isEmpty()) {
            entity.persist();
        }
        em.flush();
        ClusterYearRevisionEntity.of(entity, changedBy).persist();
        events.membershipChanged(entity, cluster.name, names);
        if (chairChanged) {
            events.chairAssigned(entity);
        }
        return existing.isEmpty();
    }

    /** Members are replaced in two steps so that the unique rotation positions never collide mid-flush. */
    void replaceMembers(ClusterYearEntity entity, List<String> rotation) {
        if (!entity.members.isEmpty()) {
            entity.members.clear();
            em.flush();
        }
        for (int i = 0; i < rotation.size(); i++) {
            MembershipEntity m = new MembershipEntity();
            m.clusterYear = entity;
            m.year = entity.year;
            m.unitCode = rotation.get(i);
            m.rotationPosition = i + 1;
            entity.members.add(m);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClusterViews.ClusterYear getYear(int number, int year) {
        ClusterEntity cluster = findCluster(number);
        return ClusterYearEntity.findFor(number, year)
                .map(y -> yearView(cluster, y))
                .orElseThrow(() -> ProblemException.notFound("cluster " + number + " has no setup for " + year));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClusterViews.ClusterYear> listYears(int number) {
        ClusterEntity cluster = findCluster(number);
        return ClusterYearEntity.listFor(number).stream().map(y -> yearView(cluster, y)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClusterViews.YearRevision> revisions(int number, int year) {
        findCluster(number);
        List<ClusterYearRevisionEntity> revisions = ClusterYearRevisionEntity.of(number, year);
        if (revisions.isEmpty()) {
            throw ProblemException.notFound("cluster " + number + " has no setup for " + year);
        }
        return revisions.stream().map(r -> new ClusterViews.YearRevision(r.revision, r.theme, r.rotationOrder,
                r.chairUnitCode, r.deputyChairUnitCode, r.changedBy, r.changedAt)).toList();
    }

    /** The chair of a year, or of the latest year set up when none is named. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClusterViews.Chair chair(int number, Integer year) {
        findCluster(number);
        ClusterYearEntity y = (year == null ? ClusterYearEntity.latestFor(number) : ClusterYearEntity.findFor(number, year))
                .orElseThrow(() -> ProblemException.notFound("cluster " + number + " has no setup"
                        + (year == null ? "" : " for " + year)));
        if (y.chairUnitCode == null) {
            throw ProblemException.notFound("cluster " + number + " has no chair in " + y.year);
        }
        return new ClusterViews.Chair(number, y.year, y.chairUnitCode, unitName(y.chairUnitCode),
                y.deputyChairUnitCode, unitName(y.deputyChairUnitCode));
    }

    static ClusterEntity findCluster(int number) {
        return ClusterEntity.<ClusterEntity>findByIdOptional(number)
                .orElseThrow(() -> ProblemException.notFound("no cluster number " + number));
    }

    private ClusterViews.Cluster view(ClusterEntity cluster) {
        List<Integer> years = ClusterYearEntity.listFor(cluster.number).stream().map(y -> y.year).toList();
        return new ClusterViews.Cluster(cluster.number, cluster.name, years, cluster.createdAt);
    }

    private ClusterViews.ClusterYear yearView(ClusterEntity cluster, ClusterYearEntity y) {
        List<ClusterViews.Member> members = y.members.stream()
                .map(m -> new ClusterViews.Member(m.unitCode, unitName(m.unitCode), m.rotationPosition))
                .toList();
        return new ClusterViews.ClusterYear(cluster.number, cluster.name, y.year, y.theme, members,
                y.chairUnitCode, unitName(y.chairUnitCode), y.deputyChairUnitCode, unitName(y.deputyChairUnitCode),
                y.revision, y.updatedAt);
    }

    private static String unitName(String code) {
        return code == null ? null : UnitEntity.findByCode(code).map(u -> u.name).orElse(null);
    }
}
