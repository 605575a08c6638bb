package vn.bienphong.emulation.cluster.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a cluster's setup for a year must meet. Each broken rule is a readable reason;
 * an empty list means the setup is allowed.
 */
public final class MembershipRules {

    public static final int MINIMUM_MEMBERS = 2;

    private MembershipRules() {
    }

    /**
     * @param members              the member codes as given
     * @param rotationOrder        the rotation order as given, or null for the members' own order
     * @param clusterOfOtherMember for units already in another cluster that year: unit code → that cluster's number
     */
    public static List<String> check(List<String> members, List<String> rotationOrder, String chairUnitCode,
                                     String deputyChairUnitCode, Map<String, Integer> clusterOfOtherMember) {
        List<String> broken = new ArrayList<>();
        Set<String> unique = new LinkedHashSet<>(members);
        if (unique.size() != members.size()) {
            broken.add("a unit is listed twice among the members: " + duplicates(members));
        }
        if (unique.size() < MINIMUM_MEMBERS) {
            broken.add("a cluster needs at least " + MINIMUM_MEMBERS + " member units");
        }
        if (rotationOrder != null && !(rotationOrder.size() == members.size() && new HashSet<>(rotationOrder).equals(unique))) {
            broken.add("the rotation order must list each member exactly once");
        }
        if (chairUnitCode != null && !unique.contains(chairUnitCode)) {
            broken.add("the chair " + chairUnitCode + " is not a member of the cluster that year");
        }
        if (deputyChairUnitCode != null && !unique.contains(deputyChairUnitCode)) {
            broken.add("the deputy chair " + deputyChairUnitCode + " is not a member of the cluster that year");
        }
        if (deputyChairUnitCode != null && deputyChairUnitCode.equals(chairUnitCode)) {
            broken.add("the chair and the deputy chair must be different units");
        }
        clusterOfOtherMember.entrySet().stream()
                .filter(e -> unique.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> broken.add("unit " + e.getKey() + " is already a member of cluster " + e.getValue()
                        + " that year; a unit belongs to one cluster a year"));
        return broken;
    }

    private static List<String> duplicates(List<String> members) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String m : members) {
            if (!seen.add(m)) {
                twice.add(m);
            }
        }
        return List.copyOf(twice);
    }
}
