package vn.bienphong.emulation.common.events.contract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code standings-updated.v1}, keyed by cluster number: the standings of a cluster for a year
 * after a change (a report applied, a scheme changed, bonus or penalty points recorded).
 * {@code causeEventId} is the event that moved them, when an event did.
 */
public record StandingsUpdated(
        int clusterNumber,
        int year,
        List<Entry> standings,
        String cause,
        UUID causeEventId,
        OffsetDateTime calculatedAt) {

    public record Entry(int rank, String unitCode, BigDecimal score) {
    }
}
