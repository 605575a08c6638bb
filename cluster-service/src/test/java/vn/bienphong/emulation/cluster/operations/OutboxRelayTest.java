package vn.bienphong.emulation.cluster.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.outbox.Outbox;
import vn.bienphong.emulation.common.outbox.OutboxCleanup;
import vn.bienphong.emulation.common.outbox.OutboxRelay;
import vn.bienphong.emulation.common.outbox.OutboxSender;
import vn.bienphong.emulation.common.outbox.RelayWorker;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;

/**
 * The outbox relay on several instances: two relays on one database (as two instances would run
 * them), only the holder of the relay lock sends, the other takes over when it stops, and the events
 * of one key reach Kafka in the order their transactions committed. Jobs that must run once run once.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxRelay relay;
    @Inject
    Outbox outbox;
    @Inject
    OutboxCleanup cleanup;
    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @AfterEach
    void resumeThisInstancesRelay() {
        relay.resume();
    }

    @Test
    void shouldLetOneRelaySendAndAnotherTakeOverWhenItsHolderStopsKeepingTheOrder() {
        relay.suspend(); // this instance's relay gives the lock up; two relays of "two instances" take its place
        List<Long> sentByA = Collections.synchronizedList(new ArrayList<>());
        List<Long> sentByB = Collections.synchronizedList(new ArrayList<>());
        RelayWorker a = relay.newWorker("relay-a", recording(sentByA)).start();
        await().atMost(Duration.ofSeconds(10)).until(a::isLeader);
        RelayWorker b = relay.newWorker("relay-b", recording(sentByB)).start();
        String key = "ORDER-" + UUID.randomUUID();
        try {
            publish(key, 0, 20);
            await().atMost(Duration.ofSeconds(20)).until(() -> unsent() == 0);
            assertThat(sentByA).hasSize(20).isSorted();
            assertThat(sentByB).isEmpty();
            assertThat(b.isLeader()).isFalse();

            a.close(); // the holder stops: its session ends, and with it the lock
            await().atMost(Duration.ofSeconds(10)).until(b::isLeader);
            publish(key, 20, 40);
            await().atMost(Duration.ofSeconds(20)).until(() -> unsent() == 0);
            assertThat(sentByB).hasSize(20).isSorted();
            assertThat(sentByB.get(0)).isGreaterThan(sentByA.get(sentByA.size() - 1));
        } finally {
            a.close();
            b.close();
        }
        List<ConsumerRecord<String, String>> onTopic = EventTopicReader.read(Topics.CLUSTER_EVENTS, v -> v.contains(key), 40,
                Duration.ofSeconds(20));
        assertThat(onTopic).hasSize(40);
        assertThat(onTopic.stream().map(r -> n(r.value())).toList()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void shouldNotSendARowWhileALowerOneMayStillCommit() throws Exception {
        String key = "HORIZON-" + UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Thread slow = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            publishOne(key, 1); // takes the lower seq, then stays open
            written.countDown();
            try {
                commit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "slow-writer");
        slow.start();
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        QuarkusTransaction.requiringNew().run(() -> publishOne(key, 2)); // a higher seq, committed first

        assertThat(EventTopicReader.read(Topics.CLUSTER_EVENTS, v -> v.contains(key), 1, Duration.ofSeconds(3)))
                .as("nothing of the key is sent while the lower seq may still commit").isEmpty();
        assertThat(unsent()).isEqualTo(1);

        commit.countDown();
        slow.join(10_000);
        List<ConsumerRecord<String, String>> onTopic = EventTopicReader.read(Topics.CLUSTER_EVENTS, v -> v.contains(key), 2,
                Duration.ofSeconds(20));
        assertThat(onTopic.stream().map(r -> n(r.value())).toList()).containsExactly(1, 2);
    }

    @Test
    void shouldCleanTheOutboxOnceAnHourWhateverTheNumberOfInstances() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                em.createNativeQuery("""
                                INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, occurred_at, sent_at)
                                VALUES (?1, 'cluster-events', 'OLD', 'unit-updated.v1', '{}', now() - interval '800 days', now() - interval '800 days')""")
                        .setParameter(1, UUID.randomUUID()).executeUpdate();
            }
        });
        OffsetDateTime now = OffsetDateTime.now().minusDays(365); // an hour the scheduler of this instance does not claim meanwhile
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Integer> results = new ArrayList<>();
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> run = () -> {
                    together.await();
                    return cleanup.run(now);
                };
                runs.add(instances.submit(run));
            }
            for (Future<Integer> run : runs) {
                results.add(run.get(30, TimeUnit.SECONDS));
            }
        } finally {
            instances.shutdownNow();
        }
        assertThat(results).containsExactlyInAnyOrder(5, -1);
        assertThat(count("SELECT count(*) FROM job_run WHERE job_name = 'outbox-cleanup'")).isEqualTo(1);
        assertThat(cleanup.run(now)).isEqualTo(-1);
    }

    private OutboxSender recording(List<Long> seqs) {
        OutboxSender kafka = relay.kafkaSender();
        return row -> {
            seqs.add(row.seq());
            return kafka.send(row);
        };
    }

    private void publish(String key, int from, int to) {
        for (int i = from; i < to; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> publishOne(key, n));
        }
    }

    private void publishOne(String key, int n) {
        outbox.publish(Topics.CLUSTER_EVENTS, key, EventTypes.UNIT_UPDATED, "unit/" + key, Map.of("code", key, "n", n));
    }

    private long unsent() {
        return count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static int n(String value) {
        try {
            return JSON.readTree(value).path("data").path("n").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
