-- Issue 13: nomination dossiers (hồ sơ đề nghị khen thưởng), their history and attachments.
CREATE TABLE dossier (
    id              UUID          PRIMARY KEY,
    cluster_number  INTEGER       NOT NULL,
    year            INTEGER       NOT NULL,
    award_code      VARCHAR(60),
    award_name      VARCHAR(300)  NOT NULL,
    recipient_kind  VARCHAR(20)   NOT NULL,
    unit_code       VARCHAR(40)   NOT NULL,
    unit_name       VARCHAR(200),
    person_name     VARCHAR(200),
    person_rank     VARCHAR(100),
    person_position VARCHAR(200),
    achievements    TEXT,
    occasion        VARCHAR(20)   NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    ballot_id       UUID,
    question_id     VARCHAR(60),
    votes           INTEGER,
    status          VARCHAR(20)   NOT NULL,
    outcome         VARCHAR(20),
    override_reason VARCHAR(1000),
    decision_id     UUID,
    filed_by        VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX dossier_from_ballot ON dossier (ballot_id, question_id, unit_code) WHERE ballot_id IS NOT NULL;
CREATE INDEX dossier_cluster ON dossier (cluster_number, year, status);

-- Every move of a dossier: who, when, why (never changed).
CREATE TABLE dossier_history (
    id          UUID          PRIMARY KEY,
    dossier_id  UUID          NOT NULL REFERENCES dossier (id),
    action      VARCHAR(20)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    actor_role  VARCHAR(20)   NOT NULL,
    reason      VARCHAR(2000),
    at          TIMESTAMPTZ   NOT NULL
);
CREATE INDEX dossier_history_dossier ON dossier_history (dossier_id, at);

-- Minutes, reports, evidence: the bytes, their type as detected from the content, their SHA-256.
CREATE TABLE dossier_attachment (
    id          UUID          PRIMARY KEY,
    dossier_id  UUID          NOT NULL REFERENCES dossier (id),
    kind        VARCHAR(20)   NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(150)  NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    content     BYTEA         NOT NULL,
    uploaded_by VARCHAR(100)  NOT NULL,
    uploaded_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX dossier_attachment_dossier ON dossier_attachment (dossier_id);
