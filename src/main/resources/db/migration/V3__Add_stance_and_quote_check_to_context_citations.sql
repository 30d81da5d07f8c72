-- Context events cite sources the same way personnel events do: each citation says whether the source supports
-- or contradicts the fact, and whether its quote was found in the source's snapshot.

-- SUPPORTS (default) or CONTRADICTS
ALTER TABLE context_source ADD COLUMN stance VARCHAR(12) DEFAULT 'SUPPORTS' NOT NULL;
-- null: not checkable (no quote or no snapshot); false: the quote does not occur in the snapshot
ALTER TABLE context_source ADD COLUMN quote_verified BOOLEAN;
