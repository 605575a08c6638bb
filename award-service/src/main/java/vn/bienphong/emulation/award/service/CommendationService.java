package vn.bienphong.emulation.award.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.bienphong.emulation.award.domain.Occasion;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.award.events.AwardEventPublisher;
import vn.bienphong.emulation.award.persistence.CommendationEntity;
import vn.bienphong.emulation.common.query.Counted;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;

/** Commendations of collectives and individuals, counted per cluster and year; an award a scheme rewards rescores the cluster. */
@ApplicationScoped
public class CommendationService {

    private final AwardEventPublisher events;
    private final StandingsCalculator standings;
    private final Caller caller;
    private final EntityManager em;

    public CommendationService(AwardEventPublisher events, StandingsCalculator standings, Caller caller, EntityManager em) {
        this.events = events;
        this.standings = standings;
        this.caller = caller;
        this.em = em;
    }

    @Transactional
    public AwardViews.Commendation record(AwardViews.NewCommendation r) {
        int quantity = r.quantity() == null ? 1 : r.quantity();
        if (quantity == 1 && r.recipientKind() == RecipientKind.COLLECTIVE && r.unitCode() == null) {
            throw ProblemException.invalidField("unitCode", "names the collective commended (or give a quantity for several)");
        }
        if (quantity == 1 && r.recipientKind() == RecipientKind.INDIVIDUAL && (r.personName() == null || r.personName().isBlank())) {
            throw ProblemException.invalidField("personName", "names the person commended (or give a quantity for several)");
        }
        if (r.recipientKind() == RecipientKind.COLLECTIVE && r.personName() != null) {
            throw ProblemException.invalidField("personName", "a collective commendation names no person");
        }
        CommendationEntity c = new CommendationEntity();
        c.id = UUID.randomUUID();
        c.clusterNumber = r.clusterNumber();
        c.year = r.year();
        c.recipientKind = r.recipientKind();
        c.unitCode = r.unitCode();
        c.personName = r.personName() == null ? null : r.personName().strip();
        c.quantity = quantity;
        c.award = r.award().strip();
        c.awardCode = r.awardCode();
        c.occasion = r.occasion() == null ? Occasion.REGULAR : r.occasion();
        c.decisionNumber = r.decisionNumber();
        c.decisionDate = r.decisionDate();
        c.reason = r.reason();
        c.recordedBy = caller.name();
        c.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.persist();
        events.commendationRecorded(new AwardEventPublisher.CommendationRecorded(c.id, c.clusterNumber, c.year,
                c.recipientKind.name(), c.unitCode, c.personName, c.quantity, c.award, c.awardCode, c.occasion.name(),
                c.decisionNumber, c.decisionDate));
        if (c.unitCode != null && c.awardCode != null) {
            standings.rescore(c.clusterNumber, c.year, "award " + c.awardCode + " received by " + c.unitCode, null);
        }
        return view(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counted<AwardViews.Commendation> list(Integer cluster, Integer year, int page, int size) {
        Filter f = Filter.of(cluster, year);
        var query = CommendationEntity.<CommendationEntity>find(f.query(), Sort.by("recordedAt").and("id"), f.params());
        return new Counted<>(query.page(page, size).list().stream().map(CommendationService::view).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AwardViews.Commendation get(UUID id) {
        return view(CommendationEntity.<CommendationEntity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no commendation " + id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AwardViews.CommendationSummary summary(int cluster, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT award,
                          COALESCE(SUM(quantity) FILTER (WHERE recipient_kind = 'COLLECTIVE'), 0),
                          COALESCE(SUM(quantity) FILTER (WHERE recipient_kind = 'INDIVIDUAL'), 0)
                        FROM commendation WHERE cluster_number = ?1 AND year = ?2 GROUP BY award ORDER BY award""")
                .setParameter(1, cluster).setParameter(2, year).getResultList();
        List<AwardViews.AwardCount> byAward = new ArrayList<>();
        long collectives = 0;
        long individuals = 0;
        for (Object[] r : rows) {
            long c = ((Number) r[1]).longValue();
            long i = ((Number) r[2]).longValue();
            byAward.add(new AwardViews.AwardCount((String) r[0], c, i));
            collectives += c;
            individuals += i;
        }
        return new AwardViews.CommendationSummary(cluster, year, collectives, individuals, byAward);
    }

    static AwardViews.Commendation view(CommendationEntity c) {
        return new AwardViews.Commendation(c.id, c.clusterNumber, c.year, c.recipientKind, c.unitCode, c.personName,
                c.quantity, c.award, c.awardCode, c.occasion, c.decisionNumber, c.decisionDate, c.reason, c.recordedAt);
    }
}
