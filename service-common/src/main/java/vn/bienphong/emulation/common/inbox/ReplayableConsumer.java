package vn.bienphong.emulation.common.inbox;

/**
 * A consumer of a topic whose dead letters can be replayed through the API: {@link #reapply} applies
 * one record as the consumer does live, once (an event applied before changes nothing), in one
 * attempt, and throws what made it fail.
 */
public interface ReplayableConsumer {

    /** The consumer's name, as recorded with each event it applied (e.g. {@code award-service.standings}). */
    String consumer();

    void reapply(String record);
}
