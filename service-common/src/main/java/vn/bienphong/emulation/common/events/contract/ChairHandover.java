package vn.bienphong.emulation.common.events.contract;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code chair-handed-over.v1} (outcome COMPLETED) and {@code chair-handover-failed.v1} (FAILED),
 * keyed by cluster number: the chair flag of a cluster passed at the end of {@code fromYear} from
 * {@code fromUnitCode} to {@code toUnitCode}, which holds the chair for {@code forYear} (the year
 * after), or the handover was refused for {@code reason}. {@code trigger} is BALLOT_CLOSED or COUNCIL.
 */
public record ChairHandover(UUID handoverId, int clusterNumber, int fromYear, int forYear, String fromUnitCode,
                            String toUnitCode, String outcome, String reason, String trigger,
                            String triggerReference, OffsetDateTime happenedAt) {
}
