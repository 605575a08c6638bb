package vn.bienphong.emulation.report.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is in which cluster in which year, as the membership events told it: year → unit code →
 * the clusters that list the unit (normally one). May a unit report for a cluster-year?
 */
public record Roster(Map<Integer, Map<String, Set<Integer>>> clustersByYearAndUnit) {

    public static final Roster EMPTY = new Roster(Map.of());

    public sealed interface Check permits Member, UnknownUnit, NotMember {
    }

    public record Member() implements Check {
    }

    public record UnknownUnit(String reason) implements Check {
    }

    public record NotMember(String reason) implements Check {
    }

    public Check check(String unitCode, int clusterNumber, int year) {
        Set<Integer> clusters = clustersByYearAndUnit.getOrDefault(year, Map.of()).get(unitCode);
        if (clusters == null || clusters.isEmpty()) {
            return new UnknownUnit("unit " + unitCode + " is in no cluster in " + year);
        }
        if (!clusters.contains(clusterNumber)) {
            List<Integer> sorted = clusters.stream().sorted().toList();
            return new NotMember("unit " + unitCode + " is not a member of cluster " + clusterNumber + " in " + year
                    + "; it is in cluster " + sorted.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        return new Member();
    }
}
