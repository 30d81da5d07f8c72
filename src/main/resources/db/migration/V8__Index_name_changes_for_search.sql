-- The search index (search/NameIndex) looks up people and companies changed since it last looked.
CREATE INDEX person_updated_at_idx ON person (updated_at);
CREATE INDEX company_updated_at_idx ON company (updated_at);
