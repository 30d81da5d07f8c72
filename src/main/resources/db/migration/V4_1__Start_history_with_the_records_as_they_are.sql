-- A database that already holds records when history starts (an install upgraded to this version) records them
-- all as created in one first revision by "system", so every record has a history, can be restored to that state,
-- and later changes show their values before and after. On a new, empty database this inserts nothing.

INSERT INTO revinfo (at, username, note)
SELECT CURRENT_TIMESTAMP, 'system', 'History begins: the record as it was when the tracker started keeping history'
WHERE EXISTS (SELECT 1 FROM company) OR EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM source)
   OR EXISTS (SELECT 1 FROM app_user);

INSERT INTO company_aud (id, rev, revtype, version, slug, name, name_lower, website, description, founded_year, headquarters,
        parent_id)
SELECT id, (SELECT MAX(id) FROM revinfo), 0, version, slug, name, name_lower, website, description, founded_year, headquarters,
        parent_id
FROM company;

INSERT INTO company_alias_aud (company_id, position, rev, revtype, alias, alias_lower)
SELECT company_id, position, (SELECT MAX(id) FROM revinfo), 0, alias, alias_lower FROM company_alias;

INSERT INTO person_aud (id, rev, revtype, version, slug, name, name_lower, bio)
SELECT id, (SELECT MAX(id) FROM revinfo), 0, version, slug, name, name_lower, bio FROM person;

INSERT INTO person_alias_aud (person_id, position, rev, revtype, alias, alias_lower)
SELECT person_id, position, (SELECT MAX(id) FROM revinfo), 0, alias, alias_lower FROM person_alias;

INSERT INTO person_link_aud (person_id, position, rev, revtype, url)
SELECT person_id, position, (SELECT MAX(id) FROM revinfo), 0, url FROM person_link;

INSERT INTO source_aud (id, rev, revtype, version, url, dedup_key, title, publisher, author, tier, published_start,
        published_precision, retrieved_at)
SELECT id, (SELECT MAX(id) FROM revinfo), 0, version, url, dedup_key, title, publisher, author, tier, published_start,
        published_precision, retrieved_at
FROM source;

INSERT INTO context_event_aud (id, rev, revtype, version, event_key, company_id, type, title, date_start, date_end,
        date_precision, date_approximate, description, amount, currency, valuation, round_name, status)
SELECT id, (SELECT MAX(id) FROM revinfo), 0, version, event_key, company_id, type, title, date_start, date_end,
        date_precision, date_approximate, description, amount, currency, valuation, round_name, status
FROM context_event;

INSERT INTO context_source_aud (id, rev, revtype, context_id, source_id, position, quote, stance, quote_verified)
SELECT id, (SELECT MAX(id) FROM revinfo), 0, context_id, source_id, position, quote, stance, quote_verified
FROM context_source;

INSERT INTO personnel_event_aud (id, rev, revtype, version, event_key, type, date_start, date_end, date_precision,
        date_approximate, announced_start, announced_precision, person_id, company_id, role_title, role_team,
        role_category, role_seniority, role_founder, prev_title, prev_team, prev_category, prev_seniority,
        prev_founder, destination_id, origin_id, circumstance, summary, reason, confidence)
SELECT id, (SELECT MAX(id) FROM revinfo), 0, version, event_key, type, date_start, date_end, date_precision,
        date_approximate, announced_start, announced_precision, person_id, company_id, role_title, role_team,
        role_category, role_seniority, role_founder, prev_title, prev_team, prev_category, prev_seniority,
        prev_founder, destination_id, origin_id, circumstance, summary, reason, confidence
FROM personnel_event;

INSERT INTO event_source_aud (id, rev, revtype, event_id, source_id, position, quote, stance, quote_verified)
SELECT id, (SELECT MAX(id) FROM revinfo), 0, event_id, source_id, position, quote, stance, quote_verified
FROM event_source;

INSERT INTO event_context_aud (event_id, context_id, rev, revtype)
SELECT event_id, context_id, (SELECT MAX(id) FROM revinfo), 0 FROM event_context;

INSERT INTO app_user_aud (id, rev, revtype, username, roles)
SELECT id, (SELECT MAX(id) FROM revinfo), 0, username, roles FROM app_user;
