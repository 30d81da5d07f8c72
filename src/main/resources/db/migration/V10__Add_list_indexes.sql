-- Issue 9 (fast at any size): indexes that serve a filtered list of events in its order (newest first, by date then
-- id), so a page of "category X between two dates" reads one index range in order and stops at the limit, and a
-- facet or count over a category reads that range only. They replace the single-column indexes on the same first
-- column (a composite index serves every query the single-column one did).
CREATE INDEX ix_event_category_date ON personnel_event (role_category, date_start, id);
CREATE INDEX ix_event_seniority_date ON personnel_event (role_seniority, date_start, id);
CREATE INDEX ix_event_type_date ON personnel_event (type, date_start, id);
DROP INDEX ix_event_category;
DROP INDEX ix_event_seniority;
DROP INDEX ix_event_type;
-- the timeline's arrivals and losses read these in date order, the id breaking ties
CREATE INDEX ix_event_destination_date_id ON personnel_event (destination_id, date_start, id);
CREATE INDEX ix_event_origin_date_id ON personnel_event (origin_id, date_start, id);
DROP INDEX ix_event_destination_date;
DROP INDEX ix_event_origin_date;
