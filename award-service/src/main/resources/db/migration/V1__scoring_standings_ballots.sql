-- Roster read model, from cluster-service's membership-changed.v1: replaced whole per cluster and year.
-- No unique (year, unit): events of two clusters may arrive in either order.
CREATE TABLE roster (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    cluster_name    VARCHAR(200),
    chair_unit_code VARCHAR(40),
    updated_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (cluster_number, year)
);
CREATE TABLE roster_member (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    unit_name       VARCHAR(200),
    position        INTEGER      NOT NULL,
    PRIMARY KEY (cluster_number, year, unit_code)
);
CREATE INDEX roster_member_unit ON roster_member (unit_code, year);

-- The scoring scheme of a cluster and year (the pact), as JSON; absent = the default scheme.
CREATE TABLE scoring_scheme (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    definition      TEXT         NOT NULL,
    revision        INTEGER      NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (cluster_number, year)
);

-- Bonus, penalty and inspection points the council records, with a reason.
CREATE TABLE score_adjustment (
    id              UUID         PRIMARY KEY,
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    criterion_code  VARCHAR(60),
    points          NUMERIC(12, 2) NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX score_adjustment_cluster ON score_adjustment (cluster_number, year);

-- The latest version of each report applied (the figures behind the totals).
CREATE TABLE report_version (
    report_id       UUID         PRIMARY KEY,
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    version         INTEGER      NOT NULL,
    period_label    VARCHAR(60),
    figures         TEXT         NOT NULL,
    event_id        UUID         NOT NULL,
    filed_at        TIMESTAMPTZ
);
CREATE INDEX report_version_cluster ON report_version (cluster_number, year, unit_code);

-- Running totals per unit and metric for a cluster and year, updated in place by each report event.
CREATE TABLE unit_total (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    metric_code     VARCHAR(80)  NOT NULL,
    value           NUMERIC(24, 6) NOT NULL,
    PRIMARY KEY (cluster_number, year, unit_code, metric_code)
);

-- The standings of a cluster and year: one row per unit, rewritten in place when they move.
CREATE TABLE standing (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    rank            INTEGER      NOT NULL,
    score           NUMERIC(12, 2) NOT NULL,
    bonus_points    NUMERIC(12, 2) NOT NULL,
    penalty_points  NUMERIC(12, 2) NOT NULL,
    decided_by      VARCHAR(100),
    breakdown       TEXT         NOT NULL,
    PRIMARY KEY (cluster_number, year, unit_code)
);
CREATE INDEX standing_unit ON standing (unit_code, year);
CREATE TABLE standings_state (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    revision        BIGINT       NOT NULL,
    cause           VARCHAR(200) NOT NULL,
    calculated_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (cluster_number, year)
);

-- The year-end ballot of a cluster (one per cluster and year); questions and results as JSON.
CREATE TABLE ballot (
    id              UUID         PRIMARY KEY,
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    questions       TEXT         NOT NULL,
    eligible_voters TEXT         NOT NULL,
    conference_date DATE,
    place           VARCHAR(200),
    opened_by       VARCHAR(100) NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL,
    closed_by       VARCHAR(100),
    closed_at       TIMESTAMPTZ,
    results         TEXT,
    next_chair_unit_code VARCHAR(40),
    UNIQUE (cluster_number, year)
);
-- Who has voted (never what).
CREATE TABLE ballot_voter (
    ballot_id       UUID         NOT NULL REFERENCES ballot (id),
    unit_code       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (ballot_id, unit_code)
);
-- The secret papers: the choices, with no link to the voter.
CREATE TABLE ballot_paper (
    id              UUID         PRIMARY KEY,
    ballot_id       UUID         NOT NULL REFERENCES ballot (id),
    choices         TEXT         NOT NULL
);
CREATE INDEX ballot_paper_ballot ON ballot_paper (ballot_id);

-- Award nominations from closed ballots, decided by the council.
CREATE TABLE nomination (
    id              UUID         PRIMARY KEY,
    ballot_id       UUID         NOT NULL REFERENCES ballot (id),
    question_id     VARCHAR(60)  NOT NULL,
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    award           VARCHAR(300) NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    votes           INTEGER      NOT NULL,
    share           NUMERIC(6, 4) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_note   VARCHAR(1000),
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL,
    UNIQUE (ballot_id, question_id, unit_code)
);
CREATE INDEX nomination_cluster ON nomination (cluster_number, year);

-- Commendations of collectives and individuals (certificates of merit, emulation flags, ...).
CREATE TABLE commendation (
    id              UUID         PRIMARY KEY,
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    recipient_kind  VARCHAR(20)  NOT NULL,
    unit_code       VARCHAR(40),
    person_name     VARCHAR(200),
    quantity        INTEGER      NOT NULL,
    award           VARCHAR(300) NOT NULL,
    award_code      VARCHAR(60),
    occasion        VARCHAR(20)  NOT NULL,
    decision_number VARCHAR(100),
    decision_date   DATE,
    reason          VARCHAR(1000),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX commendation_cluster ON commendation (cluster_number, year);
