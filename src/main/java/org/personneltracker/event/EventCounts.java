package org.personneltracker.event;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.proxy.HibernateProxy;
import org.personneltracker.company.Company;

/**
 * Counts of events kept on write (V14): per year of the event's date, type, role category and seniority
 * ({@code event_count_year}), and the same per company ({@code event_count_company}); retracted events are not
 * counted. They answer the event list's total and facets without reading the events ({@link EventFacets}).
 * <p>
 * Every write keeps them in its own transaction: an event written through Hibernate by its entity callbacks
 * ({@link Listener}: created, changed, retracted, reinstated, moved by a merge, deleted, restored), rows written or
 * removed over JDBC (the bulk import and its clean-up) by {@link #addRows} over those rows.
 */
public final class EventCounts {

    private EventCounts() {
    }

    /** What an event counts under; null for an event that is not counted (retracted). */
    public record Key(int year, String type, String category, String seniority, long companyId) {

        static Key of(PersonnelEvent e) {
            if (e.retractedAt != null || e.dateStart() == null || e.type == null || e.company == null) {
                return null;
            }
            Role r = e.role;
            return new Key(e.dateStart().getYear(), e.type.name(),
                    r == null || r.category == null ? "" : r.category.name(),
                    r == null || r.seniority == null ? "" : r.seniority.name(), companyId(e.company));
        }

        private static long companyId(Company c) {
            return c instanceof HibernateProxy p ? (Long) p.getHibernateLazyInitializer().getInternalIdentifier() : c.id;
        }
    }

    /** Adds {@code delta} to a key's counts, in both tables. */
    public static void add(Connection db, Key k, long delta) throws SQLException {
        if (k == null || delta == 0) {
            return;
        }
        if (update(db, "update event_count_year set n = n + ? where id = (select min(id) from event_count_year"
                + " where category = ? and seniority = ? and type = ? and yr = ?)", delta, k, false) == 0) {
            insert(db, "insert into event_count_year (n, category, seniority, type, yr) values (?, ?, ?, ?, ?)",
                    delta, k, false);
        }
        if (update(db, "update event_count_company set n = n + ? where id = (select min(id) from event_count_company"
                + " where category = ? and seniority = ? and type = ? and yr = ? and company_id = ?)", delta, k, true) == 0) {
            insert(db, "insert into event_count_company (n, category, seniority, type, yr, company_id)"
                    + " values (?, ?, ?, ?, ?, ?)", delta, k, true);
        }
    }

    private static int update(Connection db, String sql, long delta, Key k, boolean company) throws SQLException {
        try (PreparedStatement ps = bind(db, sql, delta, k, company)) {
            return ps.executeUpdate();
        }
    }

    private static void insert(Connection db, String sql, long delta, Key k, boolean company) throws SQLException {
        try (PreparedStatement ps = bind(db, sql, delta, k, company)) {
            ps.executeUpdate();
        }
    }

    private static PreparedStatement bind(Connection db, String sql, long delta, Key k, boolean company)
            throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        ps.setLong(1, delta);
        ps.setString(2, k.category());
        ps.setString(3, k.seniority());
        ps.setString(4, k.type());
        ps.setInt(5, k.year());
        if (company) {
            ps.setLong(6, k.companyId());
        }
        return ps;
    }

    /**
     * Adds {@code sign} times the events of {@code personnel_event} matching {@code condition} (its {@code ?}s bound
     * to {@code params}): after rows were inserted over JDBC (+1), before they are deleted (-1). Retracted rows are
     * not counted.
     */
    public static void addRows(Connection db, int sign, String condition, Object... params) throws SQLException {
        List<Object[]> groups = new ArrayList<>();
        String year = "cast(extract(year from date_start) as integer)";
        String keys = year + ", type, coalesce(role_category, ''), coalesce(role_seniority, ''), company_id";
        try (PreparedStatement ps = db.prepareStatement("select " + keys + ", count(*) from personnel_event"
                + " where retracted_at is null and (" + condition + ") group by " + keys)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new Object[] {new Key(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5)), rs.getLong(6)});
                }
            }
        }
        for (Object[] g : groups) {
            add(db, (Key) g[0], sign * (Long) g[1]);
        }
    }

    /**
     * The entity callbacks of {@link PersonnelEvent}: the key an event counts under is noted when it is loaded or
     * written, and each insert, update and delete moves its count from the noted key to the new one, over the
     * session's own connection (so in the writing transaction, without flushing).
     */
    public static class Listener {

        @jakarta.persistence.PostLoad
        void loaded(PersonnelEvent e) {
            e.countedAs = Key.of(e);
        }

        @jakarta.persistence.PostPersist
        void persisted(PersonnelEvent e) {
            Key now = Key.of(e);
            apply(null, now);
            e.countedAs = now;
        }

        @jakarta.persistence.PostUpdate
        void updated(PersonnelEvent e) {
            Key now = Key.of(e);
            apply(e.countedAs, now);
            e.countedAs = now;
        }

        @jakarta.persistence.PostRemove
        void removed(PersonnelEvent e) {
            apply(e.countedAs, null);
            e.countedAs = null;
        }

        private static void apply(Key before, Key after) {
            if (java.util.Objects.equals(before, after)) {
                return;
            }
            Panache.getEntityManager().unwrap(Session.class).doWork(db -> {
                add(db, before, -1);
                add(db, after, 1);
            });
        }
    }
}
