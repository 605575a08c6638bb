package vn.bienphong.emulation.cluster.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.cluster.domain.UnitKind;
import vn.bienphong.emulation.cluster.persistence.UnitEntity;
import vn.bienphong.emulation.cluster.service.UnitService;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;

/** A change and its event commit together: a rolled-back change publishes nothing; a committed one is sent and marked sent. */
@QuarkusTest
class OutboxTest {

    @Inject
    DataSource dataSource;

    @Inject
    UnitService units;

    @Inject
    EntityManager em;

    private long outboxRows(String where) {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(e) from OutboxEvent e " + where, Long.class).getSingleResult());
    }

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @Test
    void shouldPublishNothingWhenTheTransactionFails() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            units.registerUnit("ROLLED-BACK-UNIT", "BĐBP tỉnh Hà Tĩnh", UnitKind.PROVINCIAL_COMMAND);
            throw new IllegalStateException("the database transaction fails after the change");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(UnitEntity.count()).isZero();
        assertThat(outboxRows("")).isZero();
        units.registerUnit("COMMITTED-UNIT", "BĐBP tỉnh Quảng Trị", UnitKind.PROVINCIAL_COMMAND);
        assertThat(EventTopicReader.read("cluster-events", v -> v.contains("\"COMMITTED-UNIT\""), 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(EventTopicReader.read("cluster-events", v -> v.contains("ROLLED-BACK-UNIT"), 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void shouldMarkEachEventSentOnceTheBrokerHasIt() {
        units.registerUnit("SENT-UNIT", "BĐBP tỉnh Nghệ An", UnitKind.PROVINCIAL_COMMAND);
        assertThat(outboxRows("")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> outboxRows("where e.sentAt is null") == 0);
        assertThat(EventTopicReader.read("cluster-events", v -> v.contains("\"SENT-UNIT\""), 2, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void shouldSendWhatACrashLeftUnsentInTheOutbox() {
        // a row committed by an earlier run that stopped before relaying it: no wake-up comes, the poller finds it
        java.util.UUID id = java.util.UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, occurred_at)
                        VALUES (?1, 'cluster-events', 'LEFT-BEHIND', 'unit-registered.v1', ?2, now())""")
                .setParameter(1, id)
                .setParameter(2, "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"unit-registered.v1\",\"data\":{\"code\":\"LEFT-BEHIND\"}}")
                .executeUpdate());

        assertThat(EventTopicReader.read("cluster-events", v -> v.contains(id.toString()), 1, Duration.ofSeconds(20))).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows("where e.sentAt is null") == 0);
    }
}
