package vn.bienphong.emulation.award.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the units of a cluster by the scheme's tie-break rules in order. Units that no rule
 * separates share a rank (1, 2, 2, 4) and are listed by unit code.
 */
public final class Ranking {

    private Ranking() {
    }

    public static List<RankedUnit> rank(List<TieBreak> rules, List<UnitScore> scores) {
        Comparator<UnitScore> order = rules.stream().map(TieBreak::comparator)
                .reduce(Comparator::thenComparing)
                .orElseThrow();
        List<UnitScore> sorted = new ArrayList<>(scores);
        sorted.sort(order.thenComparing(UnitScore::unitCode));
        List<RankedUnit> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            UnitScore s = sorted.get(i);
            if (i == 0) {
                ranked.add(new RankedUnit(1, s, null));
                continue;
            }
            UnitScore above = sorted.get(i - 1);
            TieBreak decisive = rules.stream().filter(r -> r.comparator().compare(above, s) != 0).findFirst().orElse(null);
            int rank = decisive == null ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankedUnit(rank, s, decisive == null ? "tied" : decisive.toString()));
        }
        return ranked;
    }
}
