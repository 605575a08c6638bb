package vn.bienphong.emulation.cluster.domain;

/** The outcome of {@link ChairHandoverPolicy}: the flag passes from one unit to another for a year, or the handover is refused with a reason. */
public record HandoverDecision(boolean accepted, String fromUnitCode, String toUnitCode, int forYear, Choice choice, String reason) {

    /** How the successor was chosen: named (elected by the members at the conference) or next in the rotation order. */
    public enum Choice {
        NAMED("named at the year-end conference"),
        ROTATION("next in the rotation order");

        private final String description;

        Choice(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public static HandoverDecision accepted(String from, String to, int forYear, Choice choice) {
        return new HandoverDecision(true, from, to, forYear, choice, null);
    }

    public static HandoverDecision refused(String from, String to, int forYear, String reason) {
        return new HandoverDecision(false, from, to, forYear, null, reason);
    }
}
