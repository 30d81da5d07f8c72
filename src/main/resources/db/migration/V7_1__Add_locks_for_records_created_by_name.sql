-- Writes that create a company or person from a name (an event naming someone new) lock one of these rows first, so
-- two writes naming the same new person at the same moment create one person, not two with slugs x and x-2.
INSERT INTO app_lock (name) VALUES ('new-company-by-name');
INSERT INTO app_lock (name) VALUES ('new-person-by-name');
