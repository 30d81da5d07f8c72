-- Issue 9 (read paths): "one move" (SameMove) looks for the same person's event at a given company within 90 days, as a
-- correlated NOT EXISTS under every arrival and loss of a company's timeline, its counts and chart. With only
-- (company, date) and (person, date) to choose from, H2 took (company, date) and read the whole date range of the
-- company for every outer row (the biggest company's timeline count ran past the 60 s transaction timeout at 100,000
-- events); with person and company both leading, each look-up reads the person's few events at that company.
CREATE INDEX ix_event_person_company_date ON personnel_event (person_id, company_id, date_start);
