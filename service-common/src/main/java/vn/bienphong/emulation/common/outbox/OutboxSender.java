package vn.bienphong.emulation.common.outbox;

import java.util.concurrent.CompletionStage;

/** Hands one outbox row to Kafka; the stage completes when the broker acknowledged it, or fails when it did not. */
@FunctionalInterface
public interface OutboxSender {

    CompletionStage<Void> send(OutboxRow row);
}
