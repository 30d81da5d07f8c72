-- Insights (waves, series, flows, after launches) group a company's departures and arrivals by date. Portable SQL
-- for H2 and PostgreSQL. (V3-V5 are taken by other branches.)

-- a company's own departures or hires by date: waves and series read (type, company, date, precision) from the
-- index alone
CREATE INDEX ix_event_type_company_date ON personnel_event (type, company_id, date_start, date_precision);
-- moves recorded only at the other company: hires elsewhere by origin, departures elsewhere by destination, by date
CREATE INDEX ix_event_origin_date ON personnel_event (origin_id, date_start);
CREATE INDEX ix_event_destination_date ON personnel_event (destination_id, date_start);
