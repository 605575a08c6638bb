package vn.bienphong.emulation.award.domain;

import java.util.Optional;

/**
 * Who may open and close the year-end ballot of a cluster for a year: the unit that holds the chair
 * (Cụm trưởng) of that cluster for that year, with its own unit token, and the Emulation and
 * Commendation Council always. Who holds the chair is what cluster-service last said for that
 * cluster and year (its membership, chair-assigned and chair-handed-over events): after a handover
 * the successor holds the chair for the year it was handed over for, and the unit that held it
 * before has the powers no more. Asked at each act, so a handover that arrives while a ballot is
 * open changes who may close it.
 */
public final class ChairPowers {

    private ChairPowers() {
    }

    public enum Act {
        OPEN("open"), CLOSE("close");

        private final String verb;

        Act(String verb) {
            this.verb = verb;
        }
    }

    /**
     * @param council   whether the caller is the council
     * @param callerUnit the unit a unit token speaks for (empty for any other token)
     * @param chair     the unit holding the chair of the cluster for the year, if cluster-service has named one
     * @return the refusal's reason, or empty when the caller may act
     */
    public static Optional<String> refusal(Act act, int clusterNumber, int year, boolean council, Optional<String> callerUnit,
                                           Optional<String> chair) {
        if (council) {
            return Optional.empty();
        }
        String what = "only the unit holding the chair of cluster " + clusterNumber + " for " + year
                + " (or the council) may " + act.verb + " its ballot";
        if (callerUnit.isEmpty()) {
            return Optional.of(what + "; the token speaks for no unit");
        }
        if (chair.isEmpty()) {
            return Optional.of(what + "; cluster-service has named no chair of cluster " + clusterNumber + " for " + year);
        }
        if (!chair.get().equals(callerUnit.get())) {
            return Optional.of(what + ": that is " + chair.get() + ", not " + callerUnit.get());
        }
        return Optional.empty();
    }
}
