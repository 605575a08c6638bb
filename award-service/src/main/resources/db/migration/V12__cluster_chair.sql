-- Who holds the chair (Cụm trưởng) of each cluster for each year, as cluster-service last said it:
-- membership-changed.v1 (chairUnitCode), chair-assigned.v1, and chair-handed-over.v1 (toUnitCode for
-- forYear). The chair's powers in award-service (opening and closing the year's ballot) follow it.
-- It replaces roster.chair_unit_code, so the chair is kept in one place.
CREATE TABLE cluster_chair (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    unit_code       VARCHAR(40),
    learnt_from     VARCHAR(60)  NOT NULL,
    event_id        UUID,
    updated_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (cluster_number, year)
);
INSERT INTO cluster_chair (cluster_number, year, unit_code, learnt_from, event_id, updated_at)
SELECT cluster_number, year, chair_unit_code, 'membership-changed.v1', NULL, updated_at FROM roster WHERE chair_unit_code IS NOT NULL;
ALTER TABLE roster DROP COLUMN chair_unit_code;

-- The ballot's validity rules as set when it was opened: the quorum (share of the eligible voters,
-- NULL for the default two thirds) and whether the flag passes by rotation when nobody is elected chair.
ALTER TABLE ballot ADD COLUMN quorum NUMERIC(5, 4);
ALTER TABLE ballot ADD COLUMN rotate_if_none_elected BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE ballot ADD COLUMN void BOOLEAN NOT NULL DEFAULT FALSE;
