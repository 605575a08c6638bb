-- Issue 13: the council's commendation decisions (quyết định khen thưởng), made from decided dossiers.
CREATE TABLE commendation_decision (
    id            UUID          PRIMARY KEY,
    number        VARCHAR(100)  NOT NULL UNIQUE,
    decision_date DATE          NOT NULL,
    signer_name   VARCHAR(200)  NOT NULL,
    signer_title  VARCHAR(200)  NOT NULL,
    award_code    VARCHAR(60)   NOT NULL,
    award_name    VARCHAR(300)  NOT NULL,
    reason        VARCHAR(1000),
    issued_by     VARCHAR(100)  NOT NULL,
    issued_at     TIMESTAMPTZ   NOT NULL
);
-- the commendations a decision made, and the dossier each came from
ALTER TABLE commendation ADD COLUMN decision_id UUID;
ALTER TABLE commendation ADD COLUMN dossier_id UUID;
CREATE INDEX commendation_decision_id ON commendation (decision_id);
