-- Imports of large files run in the background; their state is kept here so GET /api/import/{id} answers after the
-- import finished and after a restart (an import cut short by a stop is marked FAILED on the next start: its
-- transaction was rolled back, so nothing of it was written).
CREATE TABLE import_job (
    id              VARCHAR(36)   PRIMARY KEY,
    state           VARCHAR(10)   NOT NULL,
    format          VARCHAR(12)   NOT NULL,
    lines           BIGINT        NOT NULL DEFAULT 0,
    processed       BIGINT        NOT NULL DEFAULT 0,
    -- {"created": {...}, "updated": {...}, "unchanged": {...}} once done
    counts          TEXT,
    -- [{"line", "field", "message"}] when refused
    errors          TEXT,
    error_count     BIGINT        NOT NULL DEFAULT 0,
    created_by      VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_import_job_state ON import_job (state);
