package vn.bienphong.emulation.award.events;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.bienphong.emulation.award.service.ReportApplier;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.UnprocessableEventException;
import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.common.inbox.ConsumerRetry;
import vn.bienphong.emulation.common.inbox.EventInbox;
import vn.bienphong.emulation.common.inbox.IncomingRecord;
import vn.bienphong.emulation.common.inbox.ReplayableConsumer;

/**
 * Report submitted or amended → the unit's totals, the cluster's standings. Records come in
 * batches (what one poll returns): the readable ones are applied in one transaction, each event
 * id still recorded once in {@code processed_event}, each touched cluster rescored once, in the
 * trace of the batch's last record. A transient failure (database away, lock timeout) is retried
 * with backoff until it passes; any other failure of the batch has its records applied one by one,
 * so that only a record that can never be applied becomes a dead letter ({@link EventInbox#deadLetter}:
 * the one dead-letter path, table and {@code report-events.dlq.award-service}), and the others go on.
 * {@code emulation.standings.latency} measures each event from its publication (the report's POST)
 * to its standings stored.
 */
@ApplicationScoped
public class ReportEventsListener implements ReplayableConsumer {

    public static final String CONSUMER = "award-service.standings";

    private final EventCodec codec;
    private final ReportApplier reports;
    private final ConsumerRetry retry;
    private final EventInbox inbox;
    private final MeterRegistry meters;
    private final Timer latency;

    public ReportEventsListener(EventCodec codec, ReportApplier reports, ConsumerRetry retry, EventInbox inbox, MeterRegistry meters) {
        this.codec = codec;
        this.reports = reports;
        this.retry = retry;
        this.inbox = inbox;
        this.meters = meters;
        this.latency = Timer.builder("emulation.standings.latency")
                .description("from a report event's publication (the POST that filed it) to the standings stored")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(meters);
    }

    @Incoming("report-events")
    @Blocking
    public CompletionStage<Void> onReportEvents(KafkaRecordBatch<String, String> batch) {
        List<ReportApplier.Filed> readable = new ArrayList<>();
        List<IncomingRecord> origins = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            IncomingRecord incoming = incoming(record);
            try {
                read(record.getPayload()).ifPresent(filed -> {
                    readable.add(filed);
                    origins.add(incoming);
                });
            } catch (UnprocessableEventException e) {
                inbox.deadLetter(CONSUMER, incoming, e);
            }
        }
        if (!readable.isEmpty()) {
            try (Scope scope = origins.get(origins.size() - 1).traceContext().makeCurrent()) {
                int[] applied = new int[1];
                RuntimeException batchFailure = retry.runWhileTransient(CONSUMER, "a batch of " + readable.size() + " report events",
                        () -> applied[0] = reports.applyAll(CONSUMER, readable));
                if (batchFailure == null) {
                    applied(readable, applied[0]);
                } else {
                    oneByOne(readable, origins);
                }
            }
        }
        return batch.ack();
    }

    private void oneByOne(List<ReportApplier.Filed> readable, List<IncomingRecord> origins) {
        for (int i = 0; i < readable.size(); i++) {
            ReportApplier.Filed filed = readable.get(i);
            int[] applied = new int[1];
            try (Scope scope = origins.get(i).traceContext().makeCurrent()) {
                RuntimeException deadly = retry.run(CONSUMER, "report event " + filed.event().id(),
                        () -> applied[0] = reports.applyAll(CONSUMER, List.of(filed)));
                if (deadly != null) {
                    inbox.deadLetter(CONSUMER, origins.get(i), deadly);
                } else {
                    applied(List.of(filed), applied[0]);
                }
            }
        }
    }

    private void applied(List<ReportApplier.Filed> batch, int changed) {
        meters.counter("emulation.events.applied", "consumer", CONSUMER, "type", "report-events").increment(changed);
        OffsetDateTime now = OffsetDateTime.now();
        for (ReportApplier.Filed f : batch) {
            if (f.event().time() != null) {
                latency.record(Duration.between(f.event().time(), now));
            }
        }
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    /** Replays a dead letter: one attempt, as live. */
    @Override
    public void reapply(String record) {
        read(record).ifPresent(filed -> reports.applyAll(CONSUMER, List.of(filed)));
    }

    /**
     * A report event, checked; empty for the system's other known types.
     * @throws UnprocessableEventException for a record that can never be applied
     */
    public Optional<ReportApplier.Filed> read(String record) {
        EventEnvelope<JsonNode> event = codec.parse(record);
        if (EventTypes.REPORT_SUBMITTED.equals(event.type()) || EventTypes.REPORT_AMENDED.equals(event.type())) {
            ReportFiled data = codec.data(event, ReportFiled.class);
            ReportEventCheck.check(event, data);
            return Optional.of(new ReportApplier.Filed(event, data));
        }
        if (!EventTypes.isKnown(event.type())) {
            throw new UnprocessableEventException("unknown event type " + event.type() + " (event " + event.id() + ")");
        }
        return Optional.empty();
    }

    private static IncomingRecord incoming(KafkaRecord<String, String> record) {
        var metadata = record.getMetadata(IncomingKafkaRecordMetadata.class);
        long offset = metadata.map(m -> m.getOffset()).orElse(-1L);
        return IncomingRecord.of(record.getTopic(), record.getPartition(), offset, record.getKey(), record.getPayload(),
                record.getHeaders() == null ? new RecordHeaders() : record.getHeaders());
    }
}
