-- Retraction: an event withdrawn by an editor with a reason. It stays (its page and its history show it), and the
-- lists, timelines, counts, feeds and exports leave it out.
ALTER TABLE personnel_event ADD COLUMN retracted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE personnel_event ADD COLUMN retraction_reason VARCHAR(1000);
ALTER TABLE personnel_event_aud ADD COLUMN retracted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE personnel_event_aud ADD COLUMN retraction_reason VARCHAR(1000);

-- The slugs of people and companies merged into another: their old addresses redirect to the record kept.
CREATE TABLE merged_slug (
    kind            VARCHAR(16)   NOT NULL,
    slug            VARCHAR(120)  NOT NULL,
    into_slug       VARCHAR(120)  NOT NULL,
    merged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, slug)
);
CREATE INDEX ix_merged_slug_into ON merged_slug (kind, into_slug);
