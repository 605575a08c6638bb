package vn.bienphong.emulation.award.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.bienphong.emulation.award.service.ReportApplier;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.UnprocessableEventException;
import vn.bienphong.emulation.common.events.contract.ReportFiled;

/**
 * Report submitted or amended → the unit's totals, the cluster's standings. Records come in
 * batches (what one poll returns): the readable ones are applied in one transaction, each event
 * id still recorded once in {@code processed_event}, each touched cluster rescored once. A record
 * that can never be applied goes to {@code report-events.dlq.award-service} with the reason in
 * its {@code dead-letter-reason} header, and the others go on. If the batch transaction fails,
 * its records are applied one by one, so that only the culprit goes to the dead-letter topic.
 */
@ApplicationScoped
public class ReportEventsListener {

    public static final String CONSUMER = "award-service.standings";
    private static final Logger LOG = Logger.getLogger(ReportEventsListener.class);

    private final EventCodec codec;
    private final ReportApplier reports;
    private final Emitter<String> deadLetters;

    public ReportEventsListener(EventCodec codec, ReportApplier reports,
                                @Channel("report-events-dead-letters") Emitter<String> deadLetters) {
        this.codec = codec;
        this.reports = reports;
        this.deadLetters = deadLetters;
    }

    @Incoming("report-events")
    @Blocking
    public CompletionStage<Void> onReportEvents(KafkaRecordBatch<String, String> batch) {
        List<ReportApplier.Filed> readable = new ArrayList<>();
        List<KafkaRecord<String, String>> origins = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                read(record.getPayload()).ifPresent(filed -> {
                    readable.add(filed);
                    origins.add(record);
                });
            } catch (UnprocessableEventException e) {
                deadLetter(record, e);
            }
        }
        if (!readable.isEmpty()) {
            try {
                reports.applyAll(CONSUMER, readable);
            } catch (RuntimeException batchFailure) {
                LOG.warnf("a batch of %d report events failed (%s); applying them one by one", readable.size(), batchFailure.getMessage());
                for (int i = 0; i < readable.size(); i++) {
                    try {
                        reports.applyAll(CONSUMER, List.of(readable.get(i)));
                    } catch (RuntimeException e) {
                        deadLetter(origins.get(i), e);
                    }
                }
            }
        }
        return batch.ack();
    }

    /** Applies one record once (the rebuild replays the topic through it); returns whether it changed the totals now. */
    public boolean apply(String record) {
        return read(record).map(filed -> reports.applyAll(CONSUMER, List.of(filed)) > 0).orElse(false);
    }

    /**
     * A report event, checked; empty for the system's other known types.
     * @throws UnprocessableEventException for a record that can never be applied
     */
    private Optional<ReportApplier.Filed> read(String record) {
        EventEnvelope<JsonNode> event = codec.parse(record);
        if (EventTypes.REPORT_SUBMITTED.equals(event.type()) || EventTypes.REPORT_AMENDED.equals(event.type())) {
            ReportFiled data = codec.data(event, ReportFiled.class);
            ReportApplier.check(event, data);
            return Optional.of(new ReportApplier.Filed(event, data));
        }
        if (!EventTypes.isKnown(event.type())) {
            throw new UnprocessableEventException("unknown event type " + event.type() + " (event " + event.id() + ")");
        }
        return Optional.empty();
    }

    private static long offset(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> m.getOffset()).orElse(-1L);
    }

    private void deadLetter(KafkaRecord<String, String> record, Exception reason) {
        LOG.warnf("report event at %s-%d@%d goes to the dead-letter topic: %s", record.getTopic(), record.getPartition(),
                offset(record), reason.getMessage());
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-cause", reason.getClass().getName().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.getTopic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", Integer.toString(record.getPartition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", Long.toString(offset(record)).getBytes(StandardCharsets.UTF_8));
        deadLetters.send(Message.of(record.getPayload() == null ? "" : record.getPayload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.getKey()).withHeaders(headers).build()));
    }
}
