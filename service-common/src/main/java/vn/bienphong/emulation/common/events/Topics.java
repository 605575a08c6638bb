package vn.bienphong.emulation.common.events;

/** The Kafka topics of the system: one per publishing service, keyed by cluster number (unit events by unit code). */
public final class Topics {

    /** Units, membership per year, chairs and flag handovers; published by cluster-service. */
    public static final String CLUSTER_EVENTS = "cluster-events";
    /** Reports submitted and amended; published by report-service. */
    public static final String REPORT_EVENTS = "report-events";
    /** Standings, ballots, nominations, commendations; published by award-service. */
    public static final String AWARD_EVENTS = "award-events";

    /** The event topics: kept for good, see {@code docs/EVENTS.md}. */
    public static final java.util.List<String> EVENT_TOPICS = java.util.List.of(CLUSTER_EVENTS, REPORT_EVENTS, AWARD_EVENTS);

    private Topics() {
    }

    /** Where a consumer puts the records of {@code topic} it can never apply: {@code <topic>.dlq.<consumer service>}. */
    public static String deadLetterTopic(String topic, String consumerService) {
        return topic + ".dlq." + consumerService;
    }
}
