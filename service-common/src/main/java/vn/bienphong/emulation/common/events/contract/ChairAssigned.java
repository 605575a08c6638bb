package vn.bienphong.emulation.common.events.contract;

import java.util.Optional;

import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.events.UnprocessableEventException;

/**
 * {@code chair-assigned.v1}, keyed by cluster number: cluster-service set the chair (and deputy
 * chair) of a cluster for a year. The chair unit holds the chair's powers for that year
 * (opening and closing the cluster's ballot in award-service).
 */
public record ChairAssigned(int clusterNumber, int year, String chairUnitCode, String deputyChairUnitCode) {

    /**
     * What makes the event impossible to apply, in the domain's words, or empty: the one check of these
     * events for every consumer. A cluster number of 1 or more and an emulation year of the system (the
     * chair may be none: {@code chairUnitCode} null clears it).
     */
    public static Optional<String> defectOf(ChairAssigned c) {
        if (c.clusterNumber() < 1) {
            return Optional.of("chair event names cluster " + c.clusterNumber() + "; a cluster number is 1 or more");
        }
        if (c.year() < EmulationYears.FIRST || c.year() > EmulationYears.LAST) {
            return Optional.of("chair of cluster " + c.clusterNumber() + " is for " + c.year() + "; the year " + EmulationYears.RANGE);
        }
        return Optional.empty();
    }

    /** @throws UnprocessableEventException (a dead letter) when {@link #defectOf} finds the event cannot be applied */
    public static ChairAssigned requireApplicable(ChairAssigned c) {
        defectOf(c).ifPresent(defect -> {
            throw new UnprocessableEventException(defect);
        });
        return c;
    }
}
