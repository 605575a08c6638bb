package vn.bienphong.emulation.common.inbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.outbox.Outbox;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.sql.SqlValues;

/**
 * The one dead-letter path of every consumer: a record that can never be applied is kept in
 * {@code dead_letter} (topic, position, key, payload, reason, time) and published, through the
 * outbox in the same transaction, to {@code <topic>.dlq.<service>} with the reason in its
 * {@code dead-letter-reason} header. The council lists them and replays one or all after a fix:
 * a replay applies the record through its consumer as it would live (once), and marks it replayed.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String WAITING = "WAITING";
    public static final String REPLAYED = "REPLAYED";
    public static final String RECORD_TYPE = "dead-letter";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final String COLUMNS = """
            id, consumer, topic, kafka_partition, kafka_offset, record_key, event_id, event_type, payload, reason, status,
            failed_at, replay_attempts, replayed_at, replayed_by""";

    /** A record a consumer could not apply, and what became of it. */
    public record DeadLetter(UUID id, String consumer, String topic, Integer partition, Long offset, String key,
                             UUID eventId, String eventType, String payload, String reason, String status,
                             OffsetDateTime failedAt, int replayAttempts, OffsetDateTime replayedAt, String replayedBy) {
    }

    /** What a replay did: the dead letter afterwards, and why it failed again if it did. */
    public record Replay(DeadLetter deadLetter, boolean applied, String failure) {
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final EventCodec codec;
    private final MeterRegistry meters;
    private final Instance<ReplayableConsumer> consumers;
    private final String service;

    public DeadLetters(EntityManager em, Outbox outbox, EventCodec codec, MeterRegistry meters,
                       Instance<ReplayableConsumer> consumers, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.em = em;
        this.outbox = outbox;
        this.codec = codec;
        this.meters = meters;
        this.consumers = consumers;
        this.service = service;
    }

    void registerMeters(@Observes StartupEvent event) {
        Gauge.builder("emulation.dead.letters.waiting", this, d -> d.waitingCount())
                .description("dead letters not yet replayed").register(meters);
    }

    /** Records a dead letter and publishes it to the dead-letter topic, in a transaction of its own; a record already recorded is not recorded twice. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UUID> record(String consumer, IncomingRecord record, String reason) {
        UUID id = UUID.randomUUID();
        UUID eventId = null;
        String eventType = null;
        try {
            EventEnvelope<JsonNode> envelope = codec.parse(record.value());
            eventId = envelope.id();
            eventType = envelope.type();
        } catch (RuntimeException unreadable) {
            // an unreadable record has no id or type: it is kept as it came
        }
        String text = record.value() == null ? "" : record.value();
        String why = reason == null || reason.isBlank() ? "no reason given" : reason;
        int inserted = em.createNativeQuery("""
                        INSERT INTO dead_letter (id, consumer, topic, kafka_partition, kafka_offset, record_key, event_id, event_type,
                          payload, reason, status, failed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'WAITING', now())
                        ON CONFLICT (consumer, topic, kafka_partition, kafka_offset) WHERE kafka_offset IS NOT NULL DO NOTHING""")
                .setParameter(1, id).setParameter(2, consumer).setParameter(3, record.topic())
                .setParameter(4, record.offset() < 0 ? null : record.partition())
                .setParameter(5, record.offset() < 0 ? null : record.offset())
                .setParameter(6, record.key()).setParameter(7, eventId).setParameter(8, eventType)
                .setParameter(9, text).setParameter(10, why.length() > 2000 ? why.substring(0, 2000) : why)
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("dead-letter-reason", why);
        headers.put("dead-letter-consumer", consumer);
        headers.put("dead-letter-topic", record.topic());
        headers.put("dead-letter-partition", Integer.toString(record.partition()));
        headers.put("dead-letter-offset", Long.toString(record.offset()));
        headers.put("dead-letter-id", id.toString());
        outbox.publishRecord(id, Topics.deadLetterTopic(record.topic(), service), record.key(), RECORD_TYPE, text, headers);
        meters.counter("emulation.dead.letters", "topic", record.topic(), "consumer", consumer).increment();
        LOG.warnf("%s: record %s%s goes to the dead letters (%s): %s", consumer, record.position(),
                eventId == null ? "" : " (event " + eventId + ")", id, why);
        return Optional.of(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeadLetter> list(String status, String topic, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status);
        }
        if (topic != null) {
            where.append(" AND topic = :topic");
            params.put("topic", topic);
        }
        var count = em.createNativeQuery("SELECT count(*) FROM dead_letter" + where);
        var select = em.createNativeQuery("SELECT " + COLUMNS + " FROM dead_letter" + where + " ORDER BY failed_at, id LIMIT :limit OFFSET :offset");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        select.setParameter("limit", page.size).setParameter("offset", (long) page.page * page.size);
        List<DeadLetter> items = new ArrayList<>();
        for (Object row : select.getResultList()) {
            items.add(toDeadLetter((Object[]) row));
        }
        return Page.of(items, page, ((Number) count.getSingleResult()).longValue());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DeadLetter> find(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.stream().map(r -> toDeadLetter((Object[]) r)).findFirst();
    }

    /** Applies a waiting dead letter through its consumer, once; it is marked replayed when that worked. */
    public Replay replay(UUID id, String by) {
        DeadLetter letter = QuarkusTransaction.requiringNew().call(() -> find(id))
                .orElseThrow(() -> ProblemException.notFound("no dead letter " + id));
        if (!WAITING.equals(letter.status())) {
            throw ProblemException.conflict("dead letter " + id + " was replayed already, on " + letter.replayedAt());
        }
        ReplayableConsumer consumer = consumers.stream().filter(c -> c.consumer().equals(letter.consumer())).findFirst()
                .orElseThrow(() -> ProblemException.ruleBroken("no consumer " + letter.consumer() + " in this service replays dead letters"));
        String failure = null;
        try {
            consumer.reapply(letter.payload());
        } catch (RuntimeException e) {
            failure = Failures.describe(e);
        }
        String failed = failure;
        QuarkusTransaction.requiringNew().run(() -> {
            if (failed == null) {
                em.createNativeQuery("""
                                UPDATE dead_letter SET status = 'REPLAYED', replay_attempts = replay_attempts + 1, replayed_at = now(),
                                  replayed_by = ?2 WHERE id = ?1""")
                        .setParameter(1, id).setParameter(2, by).executeUpdate();
            } else {
                em.createNativeQuery("UPDATE dead_letter SET replay_attempts = replay_attempts + 1, reason = ?2 WHERE id = ?1")
                        .setParameter(1, id).setParameter(2, truncate("replay by " + by + " failed: " + failed)).executeUpdate();
            }
        });
        if (failure == null) {
            LOG.infof("dead letter %s (%s, event %s) replayed by %s", id, letter.consumer(), letter.eventId(), by);
        }
        DeadLetter after = QuarkusTransaction.requiringNew().call(() -> find(id)).orElseThrow();
        return new Replay(after, failure == null, failure);
    }

    /** Replays every waiting dead letter, oldest first; those that fail again stay waiting with the new reason. */
    public List<Replay> replayAll(String by) {
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT id FROM dead_letter WHERE status = 'WAITING' ORDER BY failed_at, id")
                .getResultList().stream().map(o -> (UUID) o).toList());
        List<Replay> replays = new ArrayList<>();
        for (UUID id : waiting) {
            try {
                replays.add(replay(id, by));
            } catch (ProblemException e) {
                if (e.status() != 409) {
                    throw e;
                } // replayed meanwhile by another caller
            }
        }
        return replays;
    }

    private double waitingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM dead_letter WHERE status = 'WAITING'").getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String truncate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static DeadLetter toDeadLetter(Object[] r) {
        return new DeadLetter((UUID) r[0], (String) r[1], (String) r[2], r[3] == null ? null : ((Number) r[3]).intValue(),
                r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5], (UUID) r[6], (String) r[7], (String) r[8],
                (String) r[9], (String) r[10], SqlValues.toOffset(r[11]), ((Number) r[12]).intValue(), SqlValues.toOffset(r[13]), (String) r[14]);
    }
}
