-- Every change of the standings, in the order of a sequence, written in the transaction that changed
-- them: every instance reads it (woken by NOTIFY standings_change) and streams it to its SSE clients;
-- the seq is the SSE event id a client resumes from (Last-Event-ID). The sequence is not owned by the
-- table, so emptying the table never makes a seq come round again.
CREATE SEQUENCE standings_change_seq;
CREATE TABLE standings_change (
    seq            BIGINT        PRIMARY KEY,
    -- the writing transaction's id, taken before the seq: a reader never passes a seq that may still commit
    writer_xid     BIGINT        NOT NULL,
    cluster_number INTEGER       NOT NULL,
    year           INTEGER       NOT NULL,
    -- the standings-updated.v1 data, as the stream sends it
    payload        TEXT          NOT NULL,
    changed_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX standings_change_changed_at ON standings_change (changed_at);
CREATE INDEX standings_change_cluster_year ON standings_change (cluster_number, year, seq);

-- Short-lived tickets with which a browser's EventSource (which cannot send an Authorization header)
-- opens the standings stream; only the SHA-256 of a ticket is kept, so any instance accepts it.
CREATE TABLE stream_ticket (
    ticket_hash VARCHAR(64)   PRIMARY KEY,
    subject     VARCHAR(200)  NOT NULL,
    issued_at   TIMESTAMPTZ   NOT NULL,
    expires_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX stream_ticket_expires_at ON stream_ticket (expires_at);
