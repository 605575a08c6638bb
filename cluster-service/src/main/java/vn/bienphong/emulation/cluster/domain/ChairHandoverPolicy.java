package vn.bienphong.emulation.cluster.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Decides the handover of the chair flag (Cờ Cụm trưởng) at the end of a cluster's year: it
 * passes from this year's chair to the successor the members elected, or else to the next member
 * in the rotation order, and only to a unit that is a member of the cluster next year.
 */
public final class ChairHandoverPolicy {

    private ChairHandoverPolicy() {
    }

    /**
     * @param thisYear          the cluster's setup for the year that ends
     * @param electedSuccessor  the next chair the ballot named, if any
     * @param nextYearMembers   the members of the cluster next year
     * @param alreadyHandedOver whether the flag of this year has passed already
     */
    public static HandoverDecision decide(YearSetup thisYear, Optional<String> electedSuccessor,
                                          Set<String> nextYearMembers, boolean alreadyHandedOver) {
        String from = thisYear.chairUnitCode();
        int forYear = thisYear.year() + 1;
        if (alreadyHandedOver) {
            return HandoverDecision.refused(from, electedSuccessor.orElse(null), forYear,
                    "the chair flag of cluster " + thisYear.clusterNumber() + " for " + thisYear.year() + " was handed over already");
        }
        if (from == null) {
            return HandoverDecision.refused(null, electedSuccessor.orElse(null), forYear,
                    "cluster " + thisYear.clusterNumber() + " has no chair in " + thisYear.year() + " to hand the flag over");
        }
        HandoverDecision.Choice choice = electedSuccessor.isPresent() ? HandoverDecision.Choice.NAMED : HandoverDecision.Choice.ROTATION;
        Optional<String> successor = electedSuccessor.or(() -> ChairRotation.successor(thisYear.rotationOrder(), from));
        if (successor.isEmpty()) {
            return HandoverDecision.refused(from, null, forYear, "cluster " + thisYear.clusterNumber() + " has no members to pass the flag to");
        }
        String to = successor.get();
        if (!nextYearMembers.contains(to)) {
            return HandoverDecision.refused(from, to, forYear,
                    to + " is not a member of cluster " + thisYear.clusterNumber() + " in " + forYear);
        }
        return HandoverDecision.accepted(from, to, forYear, choice);
    }

    /**
     * Whether a closed ballot hands the flag over at all: a void ballot (closed by the council below
     * its quorum) does not, nor one that elected no next chair without asking for the rotation order
     * ({@code chairFlag} NONE). Returns why not, or empty when the flag passes (to the elected unit,
     * or by rotation).
     */
    public static Optional<String> noHandoverAfterBallot(boolean voidBallot, String chairFlag, String chairFlagReason) {
        if (voidBallot) {
            return Optional.of("the ballot is void: no chair flag is handed over");
        }
        if ("NONE".equals(chairFlag)) {
            return Optional.of(chairFlagReason != null ? chairFlagReason : "the ballot hands no chair flag over");
        }
        return Optional.empty();
    }

    /**
     * Next year's deputy chair once the flag has passed: a successor who was to be deputy becomes
     * chair and stops being deputy (a unit is not both); any other deputy stays.
     */
    public static String deputyAfterHandover(String plannedDeputy, String newChair) {
        return newChair.equals(plannedDeputy) ? null : plannedDeputy;
    }
}
