package org.personneltracker.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.personneltracker.common.Alias;
import org.personneltracker.common.PartialDate;
import org.personneltracker.company.Company;
import org.personneltracker.context.ContextCitation;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.event.EventCitation;
import org.personneltracker.event.EventCounts;
import org.personneltracker.event.PersonnelEvent;
import org.personneltracker.event.Role;
import org.personneltracker.person.Person;
import org.personneltracker.source.Citation;
import org.personneltracker.source.Source;

/**
 * The new records of one chunk of a bulk import, written with JDBC batches instead of one entity at a time: the
 * services draft them (their rules, their derived values), this writes them. Each row carries the import's id
 * ({@code import_id}), so a failed import can be removed; each record is recorded in the history (the {@code _aud}
 * tables) under the import's one revision, copied from the rows just written with one {@code insert ... select} per
 * table and chunk.
 * <p>
 * The drafts have no id until {@link #flush}: the tables are written in the order of their references (companies,
 * people, sources, context events, events), each batch answering the ids the database gave, which are set on the
 * drafts before the rows that refer to them are written. A company whose parent is in the same batch waits for it.
 */
final class BulkRows {

    private final String importId;
    private final long revision;

    private final List<Company> companies = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<ContextEvent> contexts = new ArrayList<>();
    private final List<PersonnelEvent> events = new ArrayList<>();

    /** Records written so far. */
    private long written;

    BulkRows(String importId, long revision) {
        this.importId = importId;
        this.revision = revision;
    }

    void add(Company c) {
        companies.add(c);
    }

    void add(Person p) {
        people.add(p);
    }

    void add(Source s) {
        sources.add(s);
    }

    void add(ContextEvent c) {
        contexts.add(c);
    }

    void add(PersonnelEvent e) {
        events.add(e);
    }

    String importId() {
        return importId;
    }

    boolean isEmpty() {
        return companies.isEmpty() && people.isEmpty() && sources.isEmpty() && contexts.isEmpty() && events.isEmpty();
    }

    long written() {
        return written;
    }

    /** Writes everything added since the last flush, with its history rows, in the caller's transaction. */
    void flush(Connection db) throws SQLException {
        Instant now = Instant.now();
        writeCompanies(db, now);
        writePeople(db, now);
        writeSources(db, now);
        writeContexts(db, now);
        writeEvents(db, now);
        written += companies.size() + people.size() + sources.size() + contexts.size() + events.size();
        companies.clear();
        people.clear();
        sources.clear();
        contexts.clear();
        events.clear();
    }

    // ---------------------------------------------------------------- tables

    private void writeCompanies(Connection db, Instant now) throws SQLException {
        if (companies.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement("insert into company (slug, name, name_lower, website,"
                + " description, founded_year, headquarters, parent_id, version, created_at, updated_at, import_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", new String[] {"id"})) {
            List<Company> batch = new ArrayList<>();
            for (Company c : companies) {
                if (c.parent != null && c.parent.id == null) {
                    execute(ps, batch, (x, id) -> x.id = id);
                }
                ps.setString(1, c.slug);
                ps.setString(2, c.name);
                ps.setString(3, c.nameLower);
                ps.setString(4, c.website);
                ps.setString(5, c.description);
                setInteger(ps, 6, c.foundedYear);
                ps.setString(7, c.headquarters);
                setLong(ps, 8, c.parent == null ? null : c.parent.id);
                setTime(ps, 9, now);
                setTime(ps, 10, now);
                ps.setString(11, importId);
                ps.addBatch();
                batch.add(c);
                c.createdAt = now;
                c.updatedAt = now;
            }
            execute(ps, batch, (x, id) -> x.id = id);
        }
        try (PreparedStatement ps = db.prepareStatement(
                "insert into company_alias (company_id, position, alias, alias_lower) values (?, ?, ?, ?)")) {
            boolean any = false;
            for (Company c : companies) {
                any |= aliases(ps, c.id, c.aliasNames());
            }
            executeIf(any, ps);
        }
        long[] range = range(companies.stream().map(c -> c.id).toList());
        audit(db, "insert into company_aud (id, rev, revtype, version, slug, name, name_lower, website, description,"
                + " founded_year, headquarters, parent_id) select id, ?, 0, version, slug, name, name_lower, website,"
                + " description, founded_year, headquarters, parent_id from company"
                + " where id between ? and ? and import_id = ?", range);
        audit(db, "insert into company_alias_aud (company_id, position, rev, revtype, alias, alias_lower)"
                + " select a.company_id, a.position, ?, 0, a.alias, a.alias_lower from company_alias a"
                + " join company c on c.id = a.company_id where c.id between ? and ? and c.import_id = ?", range);
    }

    private void writePeople(Connection db, Instant now) throws SQLException {
        if (people.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement("insert into person (slug, name, name_lower, bio, version,"
                + " created_at, updated_at, import_id) values (?, ?, ?, ?, 0, ?, ?, ?)", new String[] {"id"})) {
            for (Person p : people) {
                ps.setString(1, p.slug);
                ps.setString(2, p.name);
                ps.setString(3, p.nameLower);
                ps.setString(4, p.bio);
                setTime(ps, 5, now);
                setTime(ps, 6, now);
                ps.setString(7, importId);
                ps.addBatch();
                p.createdAt = now;
                p.updatedAt = now;
            }
            execute(ps, new ArrayList<>(people), (x, id) -> x.id = id);
        }
        try (PreparedStatement aliases = db.prepareStatement(
                "insert into person_alias (person_id, position, alias, alias_lower) values (?, ?, ?, ?)");
                PreparedStatement links = db.prepareStatement(
                        "insert into person_link (person_id, position, url) values (?, ?, ?)")) {
            boolean anyAlias = false;
            boolean anyLink = false;
            for (Person p : people) {
                anyAlias |= aliases(aliases, p.id, p.aliasNames());
                for (int i = 0; i < p.links.size(); i++) {
                    links.setLong(1, p.id);
                    links.setInt(2, i);
                    links.setString(3, p.links.get(i));
                    links.addBatch();
                    anyLink = true;
                }
            }
            executeIf(anyAlias, aliases);
            executeIf(anyLink, links);
        }
        long[] range = range(people.stream().map(p -> p.id).toList());
        audit(db, "insert into person_aud (id, rev, revtype, version, slug, name, name_lower, bio)"
                + " select id, ?, 0, version, slug, name, name_lower, bio from person"
                + " where id between ? and ? and import_id = ?", range);
        audit(db, "insert into person_alias_aud (person_id, position, rev, revtype, alias, alias_lower)"
                + " select a.person_id, a.position, ?, 0, a.alias, a.alias_lower from person_alias a"
                + " join person p on p.id = a.person_id where p.id between ? and ? and p.import_id = ?", range);
        audit(db, "insert into person_link_aud (person_id, position, rev, revtype, url)"
                + " select l.person_id, l.position, ?, 0, l.url from person_link l"
                + " join person p on p.id = l.person_id where p.id between ? and ? and p.import_id = ?", range);
    }

    private void writeSources(Connection db, Instant now) throws SQLException {
        if (sources.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement("insert into source (url, dedup_key, title, publisher,"
                + " author, tier, published_start, published_precision, retrieved_at, version, created_at, updated_at,"
                + " import_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", new String[] {"id"})) {
            for (Source s : sources) {
                PartialDate published = s.publishedDate();
                ps.setString(1, s.url);
                ps.setString(2, s.dedupKey);
                ps.setString(3, s.title);
                ps.setString(4, s.publisher);
                ps.setString(5, s.author);
                ps.setString(6, s.tier == null ? null : s.tier.name());
                setDate(ps, 7, published == null ? null : published.start());
                ps.setString(8, published == null ? null : published.precision().name());
                setTime(ps, 9, s.retrievedAt);
                setTime(ps, 10, now);
                setTime(ps, 11, now);
                ps.setString(12, importId);
                ps.addBatch();
                s.createdAt = now;
                s.updatedAt = now;
            }
            execute(ps, new ArrayList<>(sources), (x, id) -> x.id = id);
        }
        audit(db, "insert into source_aud (id, rev, revtype, version, url, dedup_key, title, publisher, author, tier,"
                + " published_start, published_precision, retrieved_at) select id, ?, 0, version, url, dedup_key,"
                + " title, publisher, author, tier, published_start, published_precision, retrieved_at from source"
                + " where id between ? and ? and import_id = ?", range(sources.stream().map(s -> s.id).toList()));
    }

    private void writeContexts(Connection db, Instant now) throws SQLException {
        if (contexts.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement("insert into context_event (event_key, company_id, type,"
                + " title, date_start, date_end, date_precision, date_approximate, description, amount, currency,"
                + " valuation, round_name, status, version, created_at, updated_at, import_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", new String[] {"id"})) {
            for (ContextEvent c : contexts) {
                PartialDate date = c.date();
                ps.setString(1, c.key);
                ps.setLong(2, c.company.id);
                ps.setString(3, c.type.name());
                ps.setString(4, c.title);
                setDate(ps, 5, date.start());
                setDate(ps, 6, c.dateEnd);
                ps.setString(7, date.precision().name());
                ps.setBoolean(8, c.dateApproximate);
                ps.setString(9, c.description);
                setLong(ps, 10, c.amount);
                ps.setString(11, c.currency);
                setLong(ps, 12, c.valuation);
                ps.setString(13, c.round);
                ps.setString(14, c.status == null ? null : c.status.name());
                setTime(ps, 15, now);
                setTime(ps, 16, now);
                ps.setString(17, importId);
                ps.addBatch();
                c.createdAt = now;
                c.updatedAt = now;
            }
            execute(ps, new ArrayList<>(contexts), (x, id) -> x.id = id);
        }
        try (PreparedStatement ps = db.prepareStatement(CITATION.formatted("context_source", "context_id"))) {
            boolean any = false;
            for (ContextEvent c : contexts) {
                for (ContextCitation x : c.sources) {
                    citation(ps, c.id, x);
                    any = true;
                }
            }
            executeIf(any, ps);
        }
        long[] range = range(contexts.stream().map(c -> c.id).toList());
        audit(db, "insert into context_event_aud (id, rev, revtype, version, event_key, company_id, type, title,"
                + " date_start, date_end, date_precision, date_approximate, description, amount, currency, valuation,"
                + " round_name, status) select id, ?, 0, version, event_key, company_id, type, title, date_start,"
                + " date_end, date_precision, date_approximate, description, amount, currency, valuation, round_name,"
                + " status from context_event where id between ? and ? and import_id = ?", range);
        audit(db, "insert into context_source_aud (id, rev, revtype, context_id, source_id, position, quote, stance,"
                + " quote_verified) select s.id, ?, 0, s.context_id, s.source_id, s.position, s.quote, s.stance,"
                + " s.quote_verified from context_source s join context_event c on c.id = s.context_id"
                + " where c.id between ? and ? and c.import_id = ?", range);
    }

    private void writeEvents(Connection db, Instant now) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement("insert into personnel_event (event_key, type, date_start,"
                + " date_end, date_precision, date_approximate, announced_start, announced_precision, person_id,"
                + " company_id, role_title, role_team, role_category, role_seniority, role_founder, prev_title,"
                + " prev_team, prev_category, prev_seniority, prev_founder, destination_id, origin_id, circumstance,"
                + " summary, reason, confidence, version, created_at, updated_at, import_id, retracted_at, retraction_reason)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (PersonnelEvent e : events) {
                PartialDate date = e.date();
                PartialDate announced = e.announcedDate();
                ps.setString(1, e.key);
                ps.setString(2, e.type.name());
                setDate(ps, 3, date.start());
                setDate(ps, 4, e.dateEnd);
                ps.setString(5, date.precision().name());
                ps.setBoolean(6, e.dateApproximate);
                setDate(ps, 7, announced == null ? null : announced.start());
                ps.setString(8, announced == null ? null : announced.precision().name());
                ps.setLong(9, e.person.id);
                ps.setLong(10, e.company.id);
                role(ps, 11, e.role, false);
                role(ps, 16, e.previousRole, true);
                setLong(ps, 21, e.destination == null ? null : e.destination.id);
                setLong(ps, 22, e.origin == null ? null : e.origin.id);
                ps.setString(23, e.circumstance == null ? null : e.circumstance.name());
                ps.setString(24, e.summary);
                ps.setString(25, e.reason);
                ps.setString(26, e.confidence.name());
                setTime(ps, 27, now);
                setTime(ps, 28, now);
                ps.setString(29, importId);
                setTime(ps, 30, e.retractedAt);
                ps.setString(31, e.retractionReason);
                ps.addBatch();
                e.createdAt = now;
                e.updatedAt = now;
            }
            execute(ps, new ArrayList<>(events), (x, id) -> x.id = id);
        }
        try (PreparedStatement cites = db.prepareStatement(CITATION.formatted("event_source", "event_id"));
                PreparedStatement links = db.prepareStatement(
                        "insert into event_context (event_id, context_id) values (?, ?)")) {
            boolean anyCite = false;
            boolean anyLink = false;
            for (PersonnelEvent e : events) {
                for (EventCitation x : e.sources) {
                    citation(cites, e.id, x);
                    anyCite = true;
                }
                for (ContextEvent c : e.context) {
                    links.setLong(1, e.id);
                    links.setLong(2, c.id);
                    links.addBatch();
                    anyLink = true;
                }
            }
            executeIf(anyCite, cites);
            executeIf(anyLink, links);
        }
        long[] range = range(events.stream().map(e -> e.id).toList());
        audit(db, "insert into personnel_event_aud (id, rev, revtype, version, event_key, type, date_start, date_end,"
                + " date_precision, date_approximate, announced_start, announced_precision, person_id, company_id,"
                + " role_title, role_team, role_category, role_seniority, role_founder, prev_title, prev_team,"
                + " prev_category, prev_seniority, prev_founder, destination_id, origin_id, circumstance, summary,"
                + " reason, confidence, retracted_at, retraction_reason) select id, ?, 0, version, event_key, type,"
                + " date_start, date_end,"
                + " date_precision, date_approximate, announced_start, announced_precision, person_id, company_id,"
                + " role_title, role_team, role_category, role_seniority, role_founder, prev_title, prev_team,"
                + " prev_category, prev_seniority, prev_founder, destination_id, origin_id, circumstance, summary,"
                + " reason, confidence, retracted_at, retraction_reason from personnel_event where id between ? and ?"
                + " and import_id = ?", range);
        audit(db, "insert into event_source_aud (id, rev, revtype, event_id, source_id, position, quote, stance,"
                + " quote_verified) select s.id, ?, 0, s.event_id, s.source_id, s.position, s.quote, s.stance,"
                + " s.quote_verified from event_source s join personnel_event e on e.id = s.event_id"
                + " where e.id between ? and ? and e.import_id = ?", range);
        audit(db, "insert into event_context_aud (event_id, context_id, rev, revtype) select x.event_id,"
                + " x.context_id, ?, 0 from event_context x join personnel_event e on e.id = x.event_id"
                + " where e.id between ? and ? and e.import_id = ?", range);
        EventCounts.addRows(db, 1, "id between ? and ? and import_id = ?", range[0], range[1], importId);
    }

    private static final String CITATION = "insert into %s (%s, source_id, position, quote, stance, quote_verified)"
            + " values (?, ?, ?, ?, ?, ?)";

    private static void citation(PreparedStatement ps, long factId, Citation c) throws SQLException {
        ps.setLong(1, factId);
        ps.setLong(2, c.source.id);
        ps.setInt(3, c.position);
        ps.setString(4, c.quote);
        ps.setString(5, c.stance.name());
        if (c.quoteVerified == null) {
            ps.setNull(6, Types.BOOLEAN);
        } else {
            ps.setBoolean(6, c.quoteVerified);
        }
        ps.addBatch();
    }

    /** Five columns from {@code at}: title, team, category, seniority, founder. */
    private static void role(PreparedStatement ps, int at, Role r, boolean optional) throws SQLException {
        ps.setString(at, r == null ? null : r.title);
        ps.setString(at + 1, r == null ? null : r.team);
        ps.setString(at + 2, r == null || r.category == null ? null : r.category.name());
        ps.setString(at + 3, r == null || r.seniority == null ? null : r.seniority.name());
        if (r == null || r.founder == null) {
            if (optional) {
                ps.setNull(at + 4, Types.BOOLEAN);
            } else {
                ps.setBoolean(at + 4, false);
            }
        } else {
            ps.setBoolean(at + 4, r.founder);
        }
    }

    private static boolean aliases(PreparedStatement ps, long ownerId, List<String> names) throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            ps.setLong(1, ownerId);
            ps.setInt(2, i);
            ps.setString(3, names.get(i));
            ps.setString(4, Alias.lower(names.get(i)));
            ps.addBatch();
        }
        return !names.isEmpty();
    }

    private static void executeIf(boolean any, PreparedStatement ps) throws SQLException {
        if (any) {
            ps.executeBatch();
        }
    }

    private interface IdSetter<T> {
        void set(T row, long id);
    }

    /** Runs the batch and gives each row of {@code batch} (in order) the id the database answered. */
    private static <T> void execute(PreparedStatement ps, List<T> batch, IdSetter<T> ids) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        ps.executeBatch();
        int i = 0;
        try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
                ids.set(batch.get(i++), keys.getLong(1));
            }
        }
        if (i != batch.size()) {
            throw new SQLException("the database answered " + i + " ids for " + batch.size() + " rows");
        }
        batch.clear();
    }

    private void audit(Connection db, String sql, long[] range) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, revision);
            ps.setLong(2, range[0]);
            ps.setLong(3, range[1]);
            ps.setString(4, importId);
            ps.executeUpdate();
        }
    }

    private static long[] range(List<Long> ids) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long id : ids) {
            min = Math.min(min, id);
            max = Math.max(max, id);
        }
        return new long[] {min, max};
    }

    private static void setLong(PreparedStatement ps, int at, Long value) throws SQLException {
        set(ps, at, value, Types.BIGINT);
    }

    private static void setInteger(PreparedStatement ps, int at, Integer value) throws SQLException {
        set(ps, at, value, Types.INTEGER);
    }

    private static void setDate(PreparedStatement ps, int at, LocalDate value) throws SQLException {
        set(ps, at, value, Types.DATE);
    }

    private static void setTime(PreparedStatement ps, int at, Instant value) throws SQLException {
        set(ps, at, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static void set(PreparedStatement ps, int at, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(at, type);
        } else {
            ps.setObject(at, value);
        }
    }
}
