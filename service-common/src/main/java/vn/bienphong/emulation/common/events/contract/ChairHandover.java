package vn.bienphong.emulation.common.events.contract;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.events.UnprocessableEventException;

/**
 * {@code chair-handed-over.v1} (outcome COMPLETED) and {@code chair-handover-failed.v1} (FAILED),
 * keyed by cluster number: the chair flag of a cluster passed at the end of {@code fromYear} from
 * {@code fromUnitCode} to {@code toUnitCode}, which holds the chair for {@code forYear} (the year
 * after), or the handover was refused for {@code reason}. {@code trigger} is BALLOT_CLOSED or COUNCIL.
 */
public record ChairHandover(UUID handoverId, int clusterNumber, int fromYear, int forYear, String fromUnitCode,
                            String toUnitCode, String outcome, String reason, String trigger,
                            String triggerReference, OffsetDateTime happenedAt) {

    /**
     * What makes a completed handover impossible to apply, in the domain's words, or empty: the one check
     * of these events for every consumer. A cluster number of 1 or more, an emulation year of the system
     * for the successor, and a successor.
     */
    public static Optional<String> defectOf(ChairHandover h) {
        if (h.clusterNumber() < 1) {
            return Optional.of("chair handover names cluster " + h.clusterNumber() + "; a cluster number is 1 or more");
        }
        if (h.forYear() < EmulationYears.FIRST || h.forYear() > EmulationYears.LAST) {
            return Optional.of("chair handover of cluster " + h.clusterNumber() + " is for " + h.forYear() + "; the year "
                    + EmulationYears.RANGE);
        }
        if (h.toUnitCode() == null || h.toUnitCode().isBlank()) {
            return Optional.of("chair handover of cluster " + h.clusterNumber() + " for " + h.forYear() + " names no successor");
        }
        return Optional.empty();
    }

    /** @throws UnprocessableEventException (a dead letter) when {@link #defectOf} finds the event cannot be applied */
    public static ChairHandover requireApplicable(ChairHandover h) {
        defectOf(h).ifPresent(defect -> {
            throw new UnprocessableEventException(defect);
        });
        return h;
    }
}
