package vn.bienphong.emulation.common.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code emulation.topics.*}: how the services create the topics (each service creates the event
 * topics and its own dead-letter topics when it starts; see {@link EventTopicSetup}).
 * Event topics keep their records for good; dead-letter topics for {@link #deadLetterRetention()}.
 */
@ConfigMapping(prefix = "emulation.topics")
public interface TopicSettings {

    /** Whether the service creates missing topics and corrects the settings of existing ones at start. */
    @WithDefault("true")
    boolean manage();

    /** Partitions of a new topic (an existing topic is never repartitioned: that would break the order per key). */
    @WithDefault("3")
    int partitions();

    /** Replicas of each partition (3 on a production cluster; 1 on a single local broker). */
    @WithDefault("1")
    short replicationFactor();

    /** {@code min.insync.replicas} of every topic (2 with 3 replicas, so that acks=all survives one broker down). */
    @WithDefault("1")
    int minInsyncReplicas();

    /** How long a dead-letter topic keeps a record: long enough for an operator to see and replay it. */
    @WithDefault("30d")
    Duration deadLetterRetention();

    /** How long the service waits for the broker when it creates the topics at start before it goes on and tries again in the background. */
    @WithDefault("15s")
    Duration setupTimeout();
}
