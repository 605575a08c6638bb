-- Tables every service has: written once here, applied by each service's Flyway
-- (quarkus.flyway.locations=db/migration,db/common).

-- The transactional outbox: a change and the event announcing it commit together.
CREATE TABLE outbox_event (
    seq           BIGSERIAL PRIMARY KEY,
    event_id      UUID         NOT NULL UNIQUE,
    topic         VARCHAR(120) NOT NULL,
    event_key     VARCHAR(200) NOT NULL,
    event_type    VARCHAR(120) NOT NULL,
    payload       TEXT         NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    sent_at       TIMESTAMPTZ,
    attempts      INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;

-- Events a consumer has applied, recorded in the same transaction as the change they caused.
CREATE TABLE processed_event (
    consumer      VARCHAR(80)  NOT NULL,
    event_id      UUID         NOT NULL,
    event_type    VARCHAR(120) NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Answers to POSTs that carried an Idempotency-Key, replayed to a retry with the same key.
CREATE TABLE idempotency_record (
    scope         VARCHAR(80)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    status        INTEGER,
    location      VARCHAR(500),
    body          TEXT,
    created_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
