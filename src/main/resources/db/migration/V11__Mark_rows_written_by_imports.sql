-- Large imports write in chunks, each chunk committed on its own (transfer/ImportService, "bulk"), so that a file of a
-- million records loads in bounded memory. All or nothing is kept by marking every row such an import creates with
-- its job's id: when the import fails, or the server stops in the middle, the rows of that job are removed (right
-- away, or at the next start). The mark stays on the rows of a finished import (where a record came from).
ALTER TABLE company ADD COLUMN import_id VARCHAR(36);
ALTER TABLE person ADD COLUMN import_id VARCHAR(36);
ALTER TABLE source ADD COLUMN import_id VARCHAR(36);
ALTER TABLE context_event ADD COLUMN import_id VARCHAR(36);
ALTER TABLE personnel_event ADD COLUMN import_id VARCHAR(36);

-- the history revision the job's created records are recorded under (one per job), and whether rows of the job may
-- be left to remove (set when its writing starts, cleared in the transaction that finishes it or once removed)
ALTER TABLE import_job ADD COLUMN revision BIGINT;
ALTER TABLE import_job ADD COLUMN cleanup BOOLEAN DEFAULT FALSE NOT NULL;
