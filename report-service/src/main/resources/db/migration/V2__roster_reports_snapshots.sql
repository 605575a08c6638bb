-- The roster: who is in which cluster in which year, as cluster-service's membership events tell it.
-- No unique (year, unit_code): the events of two clusters may arrive in either order.
CREATE TABLE roster_cluster (
    cluster_number INTEGER      NOT NULL,
    year           INTEGER      NOT NULL,
    cluster_name   VARCHAR(200),
    updated_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (cluster_number, year)
);
CREATE TABLE roster_member (
    cluster_number INTEGER      NOT NULL,
    year           INTEGER      NOT NULL,
    unit_code      VARCHAR(60)  NOT NULL,
    unit_name      VARCHAR(200),
    PRIMARY KEY (cluster_number, year, unit_code)
);
CREATE INDEX roster_member_by_unit ON roster_member (year, unit_code);

-- A report: one unit, one cluster-year, one period; its figures live in its versions.
CREATE TABLE report (
    id              UUID         PRIMARY KEY,
    unit_code       VARCHAR(60)  NOT NULL,
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    period_kind     VARCHAR(20)  NOT NULL CHECK (period_kind IN ('MONTH', 'QUARTER', 'YEAR', 'CAMPAIGN')),
    period_label    VARCHAR(80)  NOT NULL,
    period_from     DATE         NOT NULL,
    period_to       DATE         NOT NULL,
    current_version INTEGER      NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT report_one_per_unit_period UNIQUE (unit_code, year, period_label)
);
CREATE INDEX report_by_cluster_year ON report (cluster_number, year);
CREATE INDEX report_changes ON report (updated_at, id);

-- Every version stays readable; the report's current_version is the one totals count.
-- figures: metric code -> exact number (JSONB numbers are PostgreSQL numerics, never floats).
CREATE TABLE report_version (
    report_id          UUID         NOT NULL REFERENCES report (id),
    version            INTEGER      NOT NULL,
    figures            JSONB        NOT NULL,
    models             JSONB        NOT NULL,
    notes              TEXT,
    submitted_by       VARCHAR(200) NOT NULL,
    submitted_at       TIMESTAMPTZ  NOT NULL,
    supersedes_version INTEGER,
    PRIMARY KEY (report_id, version)
);

-- Nightly rollups: the totals of every cluster and year, frozen once per date and never changed.
CREATE TABLE rollup_snapshot (
    snapshot_date   DATE         PRIMARY KEY,
    taken_at        TIMESTAMPTZ  NOT NULL,
    trigger_kind    VARCHAR(20)  NOT NULL,
    triggered_by    VARCHAR(200),
    reports_counted INTEGER      NOT NULL
);
CREATE TABLE rollup_snapshot_total (
    snapshot_date   DATE         NOT NULL REFERENCES rollup_snapshot (snapshot_date),
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    metric_code     VARCHAR(60)  NOT NULL,
    value           NUMERIC(30, 6) NOT NULL,
    reports_counted INTEGER      NOT NULL,
    PRIMARY KEY (snapshot_date, cluster_number, year, metric_code)
);
