-- Outbox rows carry the writing transaction (the relay sends a row only once no transaction that
-- could still commit a lower seq is open), extra Kafka headers (trace context, dead-letter reason)
-- and the last failure of a send.
ALTER TABLE outbox_event ADD COLUMN tx_id BIGINT;
ALTER TABLE outbox_event ADD COLUMN headers TEXT;
ALTER TABLE outbox_event ADD COLUMN last_error VARCHAR(1000);

-- Which trace applied an event (W3C trace id), for following an event across the services.
ALTER TABLE processed_event ADD COLUMN trace_id VARCHAR(32);

-- Records a consumer could never apply: listed and replayed by the council through the API, and
-- published (through the outbox) to the consumer's dead-letter topic <topic>.dlq.<service>.
CREATE TABLE dead_letter (
    id              UUID          PRIMARY KEY,
    consumer        VARCHAR(80)   NOT NULL,
    topic           VARCHAR(120)  NOT NULL,
    kafka_partition INTEGER,
    kafka_offset    BIGINT,
    record_key      VARCHAR(200),
    event_id        UUID,
    event_type      VARCHAR(120),
    payload         TEXT          NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    failed_at       TIMESTAMPTZ   NOT NULL,
    replay_attempts INTEGER       NOT NULL DEFAULT 0,
    replayed_at     TIMESTAMPTZ,
    replayed_by     VARCHAR(100)
);
CREATE INDEX dead_letter_waiting ON dead_letter (failed_at) WHERE status = 'WAITING';
CREATE UNIQUE INDEX dead_letter_record ON dead_letter (consumer, topic, kafka_partition, kafka_offset)
    WHERE kafka_offset IS NOT NULL;

-- Scheduled jobs that must run once across all instances: the instance whose insert wins runs the period.
CREATE TABLE job_run (
    job_name        VARCHAR(80)   NOT NULL,
    period          VARCHAR(40)   NOT NULL,
    claimed_at      TIMESTAMPTZ   NOT NULL,
    claimed_by      VARCHAR(200)  NOT NULL,
    PRIMARY KEY (job_name, period)
);
