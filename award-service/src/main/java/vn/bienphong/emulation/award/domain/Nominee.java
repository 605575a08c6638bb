package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What the system holds about a nominee (a collective or an individual of a unit) for an emulation year:
 * the titles and commendations (award codes) it received year by year, its rank and score in its
 * cluster's standings (null when it has none), the awards a closed ballot proposed it for, and the
 * penalty points recorded against it (units only).
 */
public record Nominee(RecipientKind kind, String unitCode, String personName, int year,
                      Map<Integer, Set<String>> awardsByYear, Integer rank, BigDecimal score,
                      Set<String> proposedFor, BigDecimal penaltyPoints) {

    public Nominee {
        awardsByYear = Map.copyOf(awardsByYear);
        proposedFor = Set.copyOf(proposedFor);
        penaltyPoints = penaltyPoints == null ? BigDecimal.ZERO : penaltyPoints;
    }

    public boolean held(String awardCode, int inYear) {
        return awardsByYear.getOrDefault(inYear, Set.of()).contains(awardCode);
    }

    public String describe() {
        return kind == RecipientKind.COLLECTIVE ? unitCode : personName + " (" + unitCode + ")";
    }
}
