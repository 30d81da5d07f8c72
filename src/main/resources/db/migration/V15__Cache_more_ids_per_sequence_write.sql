-- Issue 9 (bulk import speed, H2 file size).
-- An identity column hands out its values from a cache of 32 by default. When H2 runs out of it, it saves the
-- sequence's new high mark in a transaction of its own, and that commit writes every page changed since the last
-- write to the file: a bulk import (about five rows with an id per event) did this every few events. That was about a
-- quarter of an import's CPU time, and most of the file's growth (each write is a new copy of the changed pages,
-- kept until H2 reclaims the space). With 1000, the mark is saved 31 times less often. The cost: after a crash, H2
-- skips the rest of the cached ids (a gap in the numbering, nothing else); PostgreSQL caches per connection, so ids
-- from two connections interleave (nothing in the app reads an id as an order of arrival).
ALTER TABLE company ALTER COLUMN id SET CACHE 1000;
ALTER TABLE person ALTER COLUMN id SET CACHE 1000;
ALTER TABLE source ALTER COLUMN id SET CACHE 1000;
ALTER TABLE context_event ALTER COLUMN id SET CACHE 1000;
ALTER TABLE context_source ALTER COLUMN id SET CACHE 1000;
ALTER TABLE personnel_event ALTER COLUMN id SET CACHE 1000;
ALTER TABLE event_source ALTER COLUMN id SET CACHE 1000;
