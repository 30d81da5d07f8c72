package org.personneltracker.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;

/** The event counts kept on write (V14, EventCounts) against a recount of the events that are not retracted. */
public final class KeptCounts {

    private static final String YEAR = "cast(extract(year from date_start) as integer)";

    private KeptCounts() {
    }

    /** Fails unless both tables of kept counts equal a recount of the whole event table, key by key. */
    public static void assertAgreeWithRecount(AgroalDataSource db) throws Exception {
        String keys = YEAR + ", type, coalesce(role_category, ''), coalesce(role_seniority, '')";
        assertEquals(rows(db, "select " + keys + ", count(*) from personnel_event where retracted_at is null group by "
                + keys), rows(db, "select yr, type, category, seniority, sum(n) from event_count_year"
                + " group by yr, type, category, seniority having sum(n) <> 0"), "event_count_year");
        assertEquals(rows(db, "select company_id, " + keys + ", count(*) from personnel_event"
                + " where retracted_at is null group by company_id, " + keys), rows(db, "select company_id, yr, type,"
                + " category, seniority, sum(n) from event_count_company group by company_id, yr, type, category,"
                + " seniority having sum(n) <> 0"), "event_count_company");
    }

    private static Map<String, Long> rows(AgroalDataSource db, String sql) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                for (int i = 1; i < n; i++) {
                    key.append(rs.getString(i)).append('|');
                }
                out.put(key.toString(), rs.getLong(n));
            }
        }
        return out;
    }
}
