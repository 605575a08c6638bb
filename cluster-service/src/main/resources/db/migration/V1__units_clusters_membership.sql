-- Units: the competitors (a provincial Border Guard command, a department, a brigade).
CREATE TABLE unit (
    code         VARCHAR(40)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    name_folded  VARCHAR(200) NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX unit_name_folded ON unit (name_folded);

-- Emulation clusters ("Cụm thi đua số 1").
CREATE TABLE emulation_cluster (
    number       INTEGER      PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);

-- One emulation year of a cluster: theme, chair, deputy chair. Years are never overwritten by later years.
CREATE TABLE cluster_year (
    id                    BIGSERIAL    PRIMARY KEY,
    cluster_number        INTEGER      NOT NULL REFERENCES emulation_cluster (number),
    year                  INTEGER      NOT NULL,
    theme                 VARCHAR(500),
    chair_unit_code       VARCHAR(40)  REFERENCES unit (code),
    deputy_chair_unit_code VARCHAR(40) REFERENCES unit (code),
    revision              INTEGER      NOT NULL DEFAULT 1,
    updated_at            TIMESTAMPTZ  NOT NULL,
    UNIQUE (cluster_number, year)
);

-- Members of a cluster in a year, in rotation order. A unit is in one cluster in a given year.
CREATE TABLE cluster_membership (
    id                BIGSERIAL   PRIMARY KEY,
    cluster_year_id   BIGINT      NOT NULL REFERENCES cluster_year (id) ON DELETE CASCADE,
    year              INTEGER     NOT NULL,
    unit_code         VARCHAR(40) NOT NULL REFERENCES unit (code),
    rotation_position INTEGER     NOT NULL,
    UNIQUE (year, unit_code),
    UNIQUE (cluster_year_id, rotation_position)
);

-- The chair flag (Cờ Cụm trưởng) passing from this year's chair to next year's, or the attempt that failed.
CREATE TABLE chair_handover (
    id                UUID         PRIMARY KEY,
    cluster_number    INTEGER      NOT NULL REFERENCES emulation_cluster (number),
    from_year         INTEGER      NOT NULL,
    for_year          INTEGER      NOT NULL,
    from_unit_code    VARCHAR(40),
    to_unit_code      VARCHAR(40),
    outcome           VARCHAR(20)  NOT NULL,
    reason            VARCHAR(500),
    trigger_kind      VARCHAR(40)  NOT NULL,
    trigger_reference VARCHAR(100),
    happened_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX chair_handover_cluster ON chair_handover (cluster_number, from_year);
-- one completed handover per cluster and year
CREATE UNIQUE INDEX chair_handover_completed_once ON chair_handover (cluster_number, from_year) WHERE outcome = 'COMPLETED';
