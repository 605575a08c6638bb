package vn.bienphong.emulation.common.outbox;

import java.util.Map;
import java.util.UUID;

/** An unsent row of the outbox as the relay reads it: where it goes, what it carries, how often sending it failed. */
public record OutboxRow(long seq, UUID eventId, String topic, String key, String type, String payload,
                        Map<String, String> headers, int attempts) {
}
