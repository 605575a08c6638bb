-- Standings of a peak campaign (đợt thi đua cao điểm) of a cluster and year, for the campaigns a
-- scheme asks for: scored from the campaign's reports only (ReportCounting: unit_total rows whose
-- campaign is the campaign's code), never from the year's, and kept apart from the year's tables so
-- that nothing that reads the year's standings (history, eligibility, spreadsheets, the ballot's
-- order) can ever see them. The campaign is the code its reports carry as their period label.
CREATE TABLE campaign_scheme (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    campaign        VARCHAR(60)  NOT NULL,
    definition      TEXT         NOT NULL,
    revision        INTEGER      NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (cluster_number, year, campaign)
);

CREATE TABLE campaign_standing (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    campaign        VARCHAR(60)  NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    rank            INTEGER      NOT NULL,
    score           NUMERIC(12, 2) NOT NULL,
    bonus_points    NUMERIC(12, 2) NOT NULL,
    penalty_points  NUMERIC(12, 2) NOT NULL,
    decided_by      VARCHAR(100),
    breakdown       TEXT         NOT NULL,
    PRIMARY KEY (cluster_number, year, campaign, unit_code)
);

CREATE TABLE campaign_standings_state (
    cluster_number  INTEGER      NOT NULL,
    year            INTEGER      NOT NULL,
    campaign        VARCHAR(60)  NOT NULL,
    revision        BIGINT       NOT NULL,
    cause           VARCHAR(200) NOT NULL,
    calculated_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (cluster_number, year, campaign)
);
