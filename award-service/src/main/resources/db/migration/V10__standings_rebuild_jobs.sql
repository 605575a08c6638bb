-- Standings rebuilds run as jobs, one at a time across all instances (the running one holds the
-- advisory lock 'standings-rebuild'; at most one row is RUNNING).
CREATE TABLE standings_rebuild (
    id                   UUID          PRIMARY KEY,
    state                VARCHAR(20)   NOT NULL,
    requested_by         VARCHAR(100)  NOT NULL,
    requested_at         TIMESTAMPTZ   NOT NULL,
    started_at           TIMESTAMPTZ,
    finished_at          TIMESTAMPTZ,
    events_read          BIGINT        NOT NULL DEFAULT 0,
    events_applied       BIGINT        NOT NULL DEFAULT 0,
    events_skipped       BIGINT        NOT NULL DEFAULT 0,
    events_unprocessable BIGINT        NOT NULL DEFAULT 0,
    clusters_rebuilt     INTEGER       NOT NULL DEFAULT 0,
    error                VARCHAR(2000),
    instance             VARCHAR(200),
    updated_at           TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX standings_rebuild_one_running ON standings_rebuild ((true)) WHERE state = 'RUNNING';
CREATE INDEX standings_rebuild_requested ON standings_rebuild (requested_at DESC);

-- The rebuild replays report-events into tables of the same names in this schema (made afresh by
-- each rebuild as copies of the live tables' shape), then copies them over the live ones in one transaction.
CREATE SCHEMA IF NOT EXISTS rebuild;
