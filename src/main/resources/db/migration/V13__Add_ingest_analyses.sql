-- Articles read on /ingest, kept a few days so their results survive logging the candidates one by one (the page
-- returns to them after each save, marking what was logged) on any instance. Removed after tracker's keep period.
CREATE TABLE ingest_analysis (
    id              VARCHAR(36)   PRIMARY KEY,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the form as the reader filled it in (JSON)
    input           TEXT          NOT NULL,
    -- what the reader found (JSON, the answer of POST /api/ingest/article without the repeated article text)
    result          TEXT          NOT NULL,
    -- {"1": 42, ...}: the candidates logged, by number, with the id of the event each made
    logged          TEXT
);
CREATE INDEX ix_ingest_analysis_created ON ingest_analysis (created_at);
