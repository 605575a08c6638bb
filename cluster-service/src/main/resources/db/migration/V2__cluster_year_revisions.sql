-- Every revision of a cluster's year as it was set, so that a change within the year never
-- overwrites what was there before.
CREATE TABLE cluster_year_revision (
    id                     BIGSERIAL    PRIMARY KEY,
    cluster_number         INTEGER      NOT NULL,
    year                   INTEGER      NOT NULL,
    revision               INTEGER      NOT NULL,
    theme                  VARCHAR(500),
    rotation_order         JSONB        NOT NULL,
    chair_unit_code        VARCHAR(40),
    deputy_chair_unit_code VARCHAR(40),
    changed_by             VARCHAR(200) NOT NULL,
    changed_at             TIMESTAMPTZ  NOT NULL,
    UNIQUE (cluster_number, year, revision)
);
