package vn.bienphong.emulation.common.events;

import java.util.Set;

/**
 * Every event type of the system, versioned. A consumer applies the types it handles, skips the
 * other types listed here, and sends a type it does not know to its dead-letter topic.
 * The contracts are documented in {@code docs/EVENTS.md}.
 */
public final class EventTypes {

    // cluster-service
    public static final String UNIT_REGISTERED = "unit-registered.v1";
    public static final String UNIT_UPDATED = "unit-updated.v1";
    public static final String MEMBERSHIP_CHANGED = "membership-changed.v1";
    public static final String CHAIR_ASSIGNED = "chair-assigned.v1";
    public static final String CHAIR_HANDED_OVER = "chair-handed-over.v1";
    public static final String CHAIR_HANDOVER_FAILED = "chair-handover-failed.v1";

    // report-service
    public static final String REPORT_SUBMITTED = "report-submitted.v1";
    public static final String REPORT_AMENDED = "report-amended.v1";

    // award-service
    public static final String STANDINGS_UPDATED = "standings-updated.v1";
    public static final String BALLOT_OPENED = "ballot-opened.v1";
    public static final String BALLOT_CLOSED = "ballot-closed.v1";
    public static final String NOMINATION_DECIDED = "nomination-decided.v1";
    public static final String COMMENDATION_RECORDED = "commendation-recorded.v1";
    /** A nomination dossier was filed or moved in its workflow (issue 13). */
    public static final String DOSSIER_MOVED = "dossier-moved.v1";
    /** The council issued a commendation decision (issue 13). */
    public static final String DECISION_ISSUED = "decision-issued.v1";

    public static final Set<String> ALL = Set.of(
            UNIT_REGISTERED, UNIT_UPDATED, MEMBERSHIP_CHANGED, CHAIR_ASSIGNED, CHAIR_HANDED_OVER, CHAIR_HANDOVER_FAILED,
            REPORT_SUBMITTED, REPORT_AMENDED,
            STANDINGS_UPDATED, BALLOT_OPENED, BALLOT_CLOSED, NOMINATION_DECIDED, COMMENDATION_RECORDED,
            DOSSIER_MOVED, DECISION_ISSUED);

    private EventTypes() {
    }

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
