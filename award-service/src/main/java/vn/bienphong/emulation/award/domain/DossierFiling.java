package vn.bienphong.emulation.award.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a filed dossier (from a unit, the council or a spreadsheet row) must hold before it is stored:
 * an award of the catalogue that is given to that kind of recipient and on that occasion, a unit that
 * is a member of the cluster in the year, a person's name for an individual and none for a collective.
 * Every problem is listed with the field it is about.
 */
public final class DossierFiling {

    private DossierFiling() {
    }

    public record Filing(Integer clusterNumber, Integer year, String awardCode, RecipientKind recipientKind,
                         String unitCode, String personName, AwardForm.Occasion occasion) {
    }

    public record Problem(String field, String message) {
    }

    /**
     * @param award   the catalogue's award of that code, if any
     * @param members the cluster's members in the year (code → name); empty when none are known
     */
    public static List<Problem> problems(Filing f, Optional<AwardForm> award, Map<String, String> members) {
        List<Problem> problems = new ArrayList<>();
        if (f.awardCode() == null || f.awardCode().isBlank()) {
            problems.add(new Problem("awardCode", "is required, a code of the award catalogue (e.g. COMMANDER_CERTIFICATE)"));
        } else if (award.isEmpty()) {
            problems.add(new Problem("awardCode", f.awardCode() + " is not in the award catalogue"));
        }
        if (f.recipientKind() == null) {
            problems.add(new Problem("recipientKind", "is required: a collective or an individual"));
        } else {
            award.filter(a -> !a.admits(f.recipientKind())).ifPresent(a -> problems.add(new Problem("recipientKind",
                    a.name() + " is not given to " + f.recipientKind().name().toLowerCase() + "s")));
            boolean named = f.personName() != null && !f.personName().isBlank();
            if (f.recipientKind() == RecipientKind.INDIVIDUAL && !named) {
                problems.add(new Problem("personName", "names the individual proposed"));
            }
            if (f.recipientKind() == RecipientKind.COLLECTIVE && named) {
                problems.add(new Problem("personName", "a collective's dossier names no person"));
            }
        }
        if (f.occasion() != null && award.isPresent()) {
            AwardForm.Occasion given = award.get().occasion();
            if (given != AwardForm.Occasion.YEARLY_OR_AD_HOC && given != f.occasion()) {
                problems.add(new Problem("occasion", award.get().name() + " is given " + (given == AwardForm.Occasion.YEARLY ? "yearly" : "ad hoc") + " only"));
            }
        }
        if (f.unitCode() == null || f.unitCode().isBlank()) {
            problems.add(new Problem("unitCode", "is required"));
        } else if (f.clusterNumber() != null && f.year() != null) {
            if (members.isEmpty()) {
                problems.add(new Problem("clusterNumber", "cluster " + f.clusterNumber() + " has no members known for " + f.year()));
            } else if (!members.containsKey(f.unitCode())) {
                problems.add(new Problem("unitCode", f.unitCode() + " is not a member of cluster " + f.clusterNumber() + " in " + f.year()));
            }
        }
        return problems;
    }
}
