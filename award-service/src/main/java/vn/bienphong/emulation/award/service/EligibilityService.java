package vn.bienphong.emulation.award.service;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.award.domain.AwardForm;
import vn.bienphong.emulation.award.domain.Eligibility;
import vn.bienphong.emulation.award.domain.Nominee;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.award.persistence.DossierEntity;
import vn.bienphong.emulation.award.persistence.EligibilityFacts;
import vn.bienphong.emulation.common.problem.ProblemException;

/** Gathers what the system holds about a nominee and checks it against an award's rules. */
@ApplicationScoped
public class EligibilityService {

    private final AwardCatalogue catalogue;
    private final EligibilityFacts facts;

    public EligibilityService(AwardCatalogue catalogue, EligibilityFacts facts) {
        this.catalogue = catalogue;
        this.facts = facts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Eligibility.Verdict check(int cluster, int year, String awardCode, RecipientKind kind, String unitCode, String personName) {
        AwardForm award = catalogue.find(awardCode)
                .orElseThrow(() -> ProblemException.ruleBroken("no award " + awardCode + " in the catalogue"));
        if (kind == RecipientKind.INDIVIDUAL && (personName == null || personName.isBlank())) {
            throw ProblemException.invalidField("personName", "names the individual nominated");
        }
        String person = kind == RecipientKind.INDIVIDUAL ? personName.strip() : null;
        Optional<EligibilityFacts.Place> place = facts.standing(cluster, year, unitCode);
        Set<String> proposed = new HashSet<>();
        for (String name : facts.proposedAwardNames(cluster, year, unitCode)) {
            catalogue.byName(name).ifPresent(f -> proposed.add(f.code()));
        }
        DossierEntity.<DossierEntity>list("clusterNumber = ?1 and year = ?2 and unitCode = ?3 and source = 'BALLOT' and awardCode is not null",
                cluster, year, unitCode).forEach(d -> proposed.add(d.awardCode));
        BigDecimal penalties = facts.penaltyPoints(cluster, year, unitCode);
        Nominee nominee = new Nominee(kind, unitCode, person, year, facts.awardsByYear(unitCode, person, year),
                place.map(EligibilityFacts.Place::rank).orElse(null), place.map(EligibilityFacts.Place::score).orElse(null),
                proposed, penalties);
        return Eligibility.check(award, nominee);
    }
}
