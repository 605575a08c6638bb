-- Which standing a report counts toward (ReportCounting, shared with report-service): a month,
-- quarter or year report toward its year's ('' here), a campaign report only toward its campaign's
-- (the campaign's code), never the year's. Rows held before this migration counted toward the year,
-- as their totals did; a standings rebuild recounts them by this rule.
ALTER TABLE report_version ADD COLUMN period_kind VARCHAR(20);
ALTER TABLE report_version ADD COLUMN campaign VARCHAR(60) NOT NULL DEFAULT '';

ALTER TABLE unit_total ADD COLUMN campaign VARCHAR(60) NOT NULL DEFAULT '';
ALTER TABLE unit_total DROP CONSTRAINT unit_total_pkey;
ALTER TABLE unit_total ADD PRIMARY KEY (cluster_number, year, campaign, unit_code, metric_code);
