package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * When a year-end ballot is valid, and what closing it does to the chair flag.
 * <ul>
 *   <li><b>Quorum.</b> A ballot counts only when enough member units cast a paper: by default two
 *       thirds of the eligible voters (rounded up), or the share the ballot set when it was opened,
 *       more than 0 and at most 1.</li>
 *   <li><b>Closing below quorum</b> is refused, unless the council closes the ballot as void: a void
 *       ballot proposes nobody and hands no flag over. A ballot that reached its quorum is not voided.</li>
 *   <li><b>The flag.</b> The unit a NEXT_CHAIR question elects receives it; when the question elects
 *       nobody, the flag passes by the rotation order only if the ballot said so when it was opened,
 *       otherwise it is not handed over; a ballot without a NEXT_CHAIR question leaves the flag to the
 *       rotation order.</li>
 *   <li><b>Quota</b> of a question: from 1 to the number of its candidates.</li>
 * </ul>
 */
public final class BallotValidity {

    /** Two thirds, the default quorum. */
    public static final String DEFAULT_QUORUM = "2/3";

    private BallotValidity() {
    }

    /** Papers needed for the quorum: {@code share} of the eligible voters (two thirds when null), rounded up. */
    public static int papersNeeded(int eligibleVoters, BigDecimal share) {
        if (share == null) {
            return (2 * eligibleVoters + 2) / 3;
        }
        return share.multiply(BigDecimal.valueOf(eligibleVoters)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    public static String describeQuorum(BigDecimal share) {
        return (share == null ? "two thirds" : share.stripTrailingZeros().toPlainString()) + " of the eligible voters";
    }

    /** Why a quorum share cannot be, or empty: it must be more than 0 and at most 1. */
    public static Optional<String> quorumRefusal(BigDecimal share) {
        if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            return Optional.of("must be more than 0 and at most 1 (a share of the eligible voters), e.g. 0.75");
        }
        return Optional.empty();
    }

    /** Why a question's quota cannot be, or empty: from 1 to its number of candidates. */
    public static Optional<String> quotaRefusal(int quota, int candidates) {
        if (quota < 1 || quota > candidates) {
            return Optional.of("must be from 1 to the number of candidates (" + candidates + "); it is " + quota);
        }
        return Optional.empty();
    }

    /** How a ballot closes. */
    public enum Closing { TALLIED, VOID, REFUSED, FORBIDDEN }

    public record CloseDecision(Closing closing, int papersNeeded, String reason) {
    }

    /**
     * @param byCouncil whether the council closes it
     * @param asVoid    whether the closer asks for the ballot to be closed as void
     */
    public static CloseDecision close(int eligibleVoters, int papersCast, BigDecimal quorum, boolean byCouncil, boolean asVoid) {
        int needed = papersNeeded(eligibleVoters, quorum);
        boolean met = papersCast >= needed && papersCast > 0;
        String count = papersCast + " of " + eligibleVoters + " papers cast, quorum " + needed + " (" + describeQuorum(quorum) + ")";
        if (asVoid && !byCouncil) {
            return new CloseDecision(Closing.FORBIDDEN, needed, "only the council may close a ballot as void");
        }
        if (asVoid && met) {
            return new CloseDecision(Closing.REFUSED, needed, "the ballot reached its quorum (" + count + "): it is tallied, not voided");
        }
        if (asVoid) {
            return new CloseDecision(Closing.VOID, needed, "void: closed by the council below its quorum (" + count
                    + "); nobody is proposed and the chair flag is not handed over");
        }
        if (!met) {
            return new CloseDecision(Closing.REFUSED, needed, "the ballot has not reached its quorum: " + count
                    + "; wait for more papers, or the council may close it as void");
        }
        return new CloseDecision(Closing.TALLIED, needed, "valid: " + count);
    }

    /** What the closed ballot says about the chair flag. */
    public enum Flag { ELECTED, ROTATION, NONE }

    public record FlagOutcome(Flag flag, String unitCode, String reason) {
    }

    /**
     * @param askedForChair       whether the ballot has a NEXT_CHAIR question
     * @param elected             the unit it elected, if any
     * @param rotateIfNoneElected what the ballot said when it was opened
     */
    public static FlagOutcome flag(boolean voided, boolean askedForChair, Optional<String> elected, boolean rotateIfNoneElected) {
        if (voided) {
            return new FlagOutcome(Flag.NONE, null, "the ballot is void: the chair flag is not handed over");
        }
        if (!askedForChair) {
            return new FlagOutcome(Flag.ROTATION, null, "the ballot did not ask for the next chair: the flag passes by the rotation order");
        }
        if (elected.isPresent()) {
            return new FlagOutcome(Flag.ELECTED, elected.get(), elected.get() + " was elected the next chair");
        }
        if (rotateIfNoneElected) {
            return new FlagOutcome(Flag.ROTATION, null,
                    "nobody was elected the next chair; the ballot said so when opened: the flag passes by the rotation order");
        }
        return new FlagOutcome(Flag.NONE, null,
                "nobody was elected the next chair and the ballot did not ask for the rotation order: the flag is not handed over");
    }
}
