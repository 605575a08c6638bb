package vn.bienphong.emulation.award.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may move a nomination dossier (hồ sơ đề nghị khen thưởng), from where to where:
 * submitted → received → returned for correction (with the reason) → resubmitted → received … →
 * forwarded to the council → decided. The council's office receives, returns and forwards; the unit
 * the dossier is for corrects and resubmits it; the council decides. A dossier that fails its
 * award's eligibility is forwarded only when the council overrides with a reason.
 */
public final class DossierWorkflow {

    public enum Status { SUBMITTED, RECEIVED, RETURNED, RESUBMITTED, FORWARDED, DECIDED }

    public enum Action { RECEIVE, RETURN, RESUBMIT, FORWARD, DECIDE }

    /** The roles of the tokens, as far as the workflow is concerned. */
    public enum Role { COUNCIL, UNIT, SYSTEM, VIEWER }

    /** Who asks: a role, and the unit a unit token speaks for. */
    public record Actor(Role role, String unitCode) {
    }

    /** One row of the transition table: from which states, to which, by which role, whether a reason is required. */
    public record Transition(Action action, Set<Status> from, Status to, Role by, boolean reasonRequired) {
    }

    public static final Map<Action, Transition> TABLE = Map.of(
            Action.RECEIVE, new Transition(Action.RECEIVE, Set.of(Status.SUBMITTED, Status.RESUBMITTED), Status.RECEIVED, Role.COUNCIL, false),
            Action.RETURN, new Transition(Action.RETURN, Set.of(Status.SUBMITTED, Status.RESUBMITTED, Status.RECEIVED), Status.RETURNED, Role.COUNCIL, true),
            Action.RESUBMIT, new Transition(Action.RESUBMIT, Set.of(Status.RETURNED), Status.RESUBMITTED, Role.UNIT, false),
            Action.FORWARD, new Transition(Action.FORWARD, Set.of(Status.RECEIVED), Status.FORWARDED, Role.COUNCIL, false),
            Action.DECIDE, new Transition(Action.DECIDE, Set.of(Status.FORWARDED), Status.DECIDED, Role.COUNCIL, false));

    /** Why a move is refused: the caller may not make it, the dossier is not where it can be made, or a rule is not met. */
    public enum Refusal { NOT_ALLOWED, WRONG_STATUS, REASON_MISSING, NOT_ELIGIBLE }

    /** The move allowed (with the status it leads to) or refused (with the kind and the reason). */
    public record Outcome(Status to, Refusal refusal, String reason) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    private DossierWorkflow() {
    }

    /**
     * @param dossierUnit  the unit the dossier is for (the collective, or the individual's unit)
     * @param eligible     whether the nominee meets the award's rules (checked when forwarding)
     * @param override     the council's reason to forward a dossier that is not eligible, or null
     */
    public static Outcome check(Status current, Action action, Actor actor, String dossierUnit, String reason,
                                boolean eligible, String override) {
        Transition t = TABLE.get(action);
        if (actor.role() != t.by()) {
            return refuse(Refusal.NOT_ALLOWED, action + " is for the " + t.by().name().toLowerCase() + ", not the " + actor.role().name().toLowerCase());
        }
        if (t.by() == Role.UNIT && !dossierUnit.equals(actor.unitCode())) {
            return refuse(Refusal.NOT_ALLOWED, "only " + dossierUnit + " may " + action.name().toLowerCase() + " its dossier; the token speaks for "
                    + (actor.unitCode() == null ? "no unit" : actor.unitCode()));
        }
        if (!t.from().contains(current)) {
            return refuse(Refusal.WRONG_STATUS, "a dossier " + current.name().toLowerCase() + " cannot be " + past(action)
                    + "; only one " + String.join(" or ", t.from().stream().map(s -> s.name().toLowerCase()).sorted().toList()));
        }
        if (t.reasonRequired() && blank(reason)) {
            return refuse(Refusal.REASON_MISSING, "a dossier is " + past(action) + " with the reason (what is to be corrected)");
        }
        if (action == Action.FORWARD && !eligible && blank(override)) {
            return refuse(Refusal.NOT_ELIGIBLE, "the nominee does not meet the award's eligibility rules; the council forwards it only with an override reason");
        }
        return new Outcome(t.to(), null, null);
    }

    /** The actions that can be taken from a status, in the order of the workflow. */
    public static List<Action> next(Status current) {
        return List.of(Action.values()).stream().filter(a -> TABLE.get(a).from().contains(current)).toList();
    }

    private static Outcome refuse(Refusal refusal, String reason) {
        return new Outcome(null, refusal, reason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String past(Action a) {
        return switch (a) {
            case RECEIVE -> "received";
            case RETURN -> "returned for correction";
            case RESUBMIT -> "resubmitted";
            case FORWARD -> "forwarded to the council";
            case DECIDE -> "decided";
        };
    }
}
