package vn.bienphong.emulation.common.events.contract;

import java.util.List;
import java.util.Optional;

import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.events.UnprocessableEventException;

/**
 * {@code membership-changed.v1}, keyed by cluster number: the whole membership of one cluster for
 * one emulation year, as it stands after the change. Consumers replace what they held for that
 * cluster and year. {@code rotationOrder} lists the member codes in the order the chair passes.
 */
public record MembershipChanged(
        int clusterNumber,
        String clusterName,
        int year,
        String theme,
        List<Member> members,
        List<String> rotationOrder,
        String chairUnitCode,
        String deputyChairUnitCode) {

    public record Member(String unitCode, String unitName) {
    }

    /**
     * What makes a membership event impossible to apply, in the domain's words, or empty when it can be
     * applied: the one check of these events, for every consumer. A cluster number of 1 or more, an
     * emulation year of the system, a list of members (it may be empty: the cluster has no members that
     * year), each with a unit code.
     */
    public static Optional<String> defectOf(MembershipChanged m) {
        if (m.clusterNumber() < 1) {
            return Optional.of("membership event names cluster " + m.clusterNumber() + "; a cluster number is 1 or more");
        }
        if (m.year() < EmulationYears.FIRST || m.year() > EmulationYears.LAST) {
            return Optional.of("membership of cluster " + m.clusterNumber() + " is for " + m.year() + "; the year "
                    + EmulationYears.RANGE);
        }
        if (m.members() == null) {
            return Optional.of("membership of cluster " + m.clusterNumber() + " in " + m.year() + " lists no members");
        }
        if (m.members().stream().anyMatch(x -> x == null || x.unitCode() == null || x.unitCode().isBlank())) {
            return Optional.of("membership of cluster " + m.clusterNumber() + " in " + m.year() + " has a member without a unit code");
        }
        return Optional.empty();
    }

    /** @throws UnprocessableEventException (a dead letter) when {@link #defectOf} finds the event cannot be applied */
    public static MembershipChanged requireApplicable(MembershipChanged m) {
        Optional<String> defect = defectOf(m);
        if (defect.isPresent()) {
            throw new UnprocessableEventException(defect.get());
        }
        return m;
    }
}
