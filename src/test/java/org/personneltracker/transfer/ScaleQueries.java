package org.personneltracker.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limit for the scale benchmark: the statements the app runs for a timeline page and a filtered page of events
 * with facets, written as plain SQL and timed over JDBC on the same H2 file (the app stopped), with the same varied
 * parameters as the wrk runs (the URL lists of {@code bench/scale/urls.py}). Prints p50 and p99 per scenario in
 * milliseconds; bench/scale-bench.sh divides the app's figures by these.
 *
 * <pre>java -cp target/test-classes:... org.personneltracker.transfer.ScaleQueries jdbc:h2:file:/tmp/x/data/tracker /tmp/x/urls</pre>
 * On PostgreSQL, give the user and password too: {@code ScaleQueries jdbc:postgresql://localhost:5432/db urls user pw}
 * (H2's {@code dateadd(day, 90, d)} is written {@code d + 90} there).
 */
public final class ScaleQueries {

    /**
     * The timeline's three parts as EventConditions.seenFromParts writes them (issue 13's rules: an arrival or loss
     * recorded elsewhere is left out when the company's own record is the same move, SameMove: 90 days).
     */
    private static final String[] BRANCHES = {
        "e.company_id = ? and e.type in ('DEPARTURE', 'HIRE', 'RETURN', 'ROLE_CHANGE') and e.retracted_at is null",
        "e.destination_id = ? and e.type = 'DEPARTURE' and e.company_id <> ? and e.retracted_at is null"
            + " and not exists (select 1 from personnel_event h where h.retracted_at is null and h.type in ('HIRE', 'RETURN')"
            + " and h.person_id = e.person_id and h.company_id = e.destination_id"
            + " and (h.origin_id is null or h.origin_id = e.company_id)"
            + " and e.date_start <= dateadd(day, 90, h.date_end) and h.date_start <= dateadd(day, 90, e.date_end))",
        "e.origin_id = ? and e.type in ('HIRE', 'RETURN') and e.company_id <> ? and e.retracted_at is null"
            + " and not exists (select 1 from personnel_event d where d.retracted_at is null and d.type = 'DEPARTURE'"
            + " and d.person_id = e.person_id and d.company_id = e.origin_id"
            + " and (d.destination_id is null or d.destination_id = e.company_id)"
            + " and d.date_start <= dateadd(day, 90, e.date_end) and e.date_start <= dateadd(day, 90, d.date_end))",
    };
    /** The column each part's index leads with (the timeline orders by it too, so the index is walked in order). */
    private static final String[] COLUMNS = {"e.company_id", "e.destination_id", "e.origin_id"};
    private static final String ROWS = "select e.*, p.slug, p.name, c.slug, c.name, d.slug, d.name, o.slug, o.name"
            + " from personnel_event e join person p on p.id = e.person_id join company c on c.id = e.company_id"
            + " left join company d on d.id = e.destination_id left join company o on o.id = e.origin_id where e.id in (";
    private static final String SOURCES = "select es.*, s.* from event_source es join source s on s.id = es.source_id"
            + " where es.event_id in (";
    private static final String CONTEXT = "select ec.event_id, c.* from event_context ec join context_event c"
            + " on c.id = ec.context_id where ec.event_id in (";

    /** Whether the database is PostgreSQL (else H2). */
    private static boolean postgres;

    private static final Pattern DATEADD = Pattern.compile("dateadd\\(day, (\\d+), (\\w+\\.\\w+)\\)");

    private ScaleQueries() {
    }

    public static void main(String[] args) throws Exception {
        Path urls = Path.of(args[1]);
        postgres = args[0].startsWith("jdbc:postgresql:");
        String url = postgres ? args[0] : args[0] + ";ACCESS_MODE_DATA=r";
        try (Connection db = DriverManager.getConnection(url, args.length > 2 ? args[2] : "sa",
                args.length > 3 ? args[3] : "")) {
            db.setReadOnly(true);
            run(db, "timeline-first", Files.readAllLines(urls.resolve("timeline-first.txt")));
            run(db, "timeline-deep", Files.readAllLines(urls.resolve("timeline-deep.txt")));
            run(db, "events-filter", Files.readAllLines(urls.resolve("events-filter.txt")));
            run(db, "events-list", Files.readAllLines(urls.resolve("events-list.txt")));
        }
    }

    private static void run(Connection db, String name, List<String> paths) throws SQLException {
        List<String> shuffled = new ArrayList<>(paths.stream().filter(p -> !p.isBlank()).toList());
        Collections.shuffle(shuffled, new Random(1));
        for (int i = 0; i < Math.min(20, shuffled.size()); i++) {
            one(db, name, shuffled.get(i));
        }
        List<Double> times = new ArrayList<>();
        long until = System.nanoTime() + 15_000_000_000L;
        int i = 0;
        while (System.nanoTime() < until || times.size() < 20) {
            long t = System.nanoTime();
            one(db, name, shuffled.get(i++ % shuffled.size()));
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        System.out.printf("JDBC %-16s p50 %.2fms  p99 %.2fms  (%d runs)%n", name, times.get(times.size() / 2),
                times.get((int) Math.min(times.size() - 1, Math.ceil(times.size() * 0.99) - 1)), times.size());
    }

    private static void one(Connection db, String name, String path) throws SQLException {
        if (name.startsWith("timeline")) {
            timeline(db, path);
        } else {
            events(db, path);
        }
    }

    private static String param(String path, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(path);
        return m.find() ? java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
    }

    /** GET /api/companies/{slug}/timeline: company, counts, personnel ids, rows, context page, sources, links. */
    private static void timeline(Connection db, String path) throws SQLException {
        String slug = path.substring("/api/companies/".length(), path.indexOf("/timeline"));
        int limit = Integer.parseInt(param(path, "limit"));
        boolean desc = "desc".equals(param(path, "order"));
        String cursor = param(path, "cursor");
        long company = single(db, "select id from company where slug = ?", slug);
        List<Object> cp = new ArrayList<>();
        StringBuilder count = new StringBuilder();
        for (String b : BRANCHES) {
            count.append(count.isEmpty() ? "" : " union all ").append("(select count(*) from personnel_event e where ")
                    .append(b).append(')');
            add(cp, company, b);
        }
        count.append(" union all (select count(*) from context_event c where c.company_id = ?)");
        cp.add(company);
        consume(db, count.toString(), cp);
        String cmp = desc ? "<" : ">";
        String dir = desc ? " desc" : "";
        String after = "";
        List<Object> afterParams = new ArrayList<>();
        if (cursor != null) {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))),
                    StandardCharsets.UTF_8).split("\u001f");
            java.sql.Date d = java.sql.Date.valueOf(parts[1]);
            after = " and e.date_start " + cmp + "= ? and (e.date_start " + cmp + " ? or e.id " + cmp + " ?)";
            afterParams = List.of(d, d, Long.parseLong(parts[3]));
        }
        StringBuilder page = new StringBuilder();
        List<Object> pp = new ArrayList<>();
        for (int i = 0; i < BRANCHES.length; i++) {
            String b = BRANCHES[i];
            page.append(page.isEmpty() ? "" : " union all ").append("(select e.id, e.date_start from personnel_event e where ")
                    .append(b).append(after).append(" and e.date_start >= date '0001-01-01'").append(" order by ")
                    .append(COLUMNS[i]).append(dir).append(", e.date_start").append(dir).append(", e.id").append(dir)
                    .append(" fetch first ").append(limit + 1).append(" rows only)");
            add(pp, company, b);
            pp.addAll(afterParams);
        }
        List<Long> ids = ids(db, page.toString(), pp);
        List<Long> shown = ids.subList(0, Math.min(limit, ids.size()));
        views(db, shown);
        List<Long> contexts = ids(db, "select c.id from context_event c join company co on co.id = c.company_id"
                + " where c.company_id = ?" + (cursor == null ? "" : " and c.date_start " + cmp + "= ?")
                + " order by c.date_start" + dir + ", c.id" + dir + " fetch first " + (limit + 1) + " rows only",
                cursor == null ? List.of(company) : List.of(company, afterParams.get(0)));
        if (!contexts.isEmpty()) {
            consume(db, "select cs.*, s.* from context_source cs join source s on s.id = cs.source_id where cs.context_id in ("
                    + placeholders(contexts.size()) + ")", new ArrayList<>(contexts));
        }
    }

    /** GET /api/events with filters: count, ids, rows, sources, context links, and a grouped count per facet. */
    private static void events(Connection db, String path) throws SQLException {
        String limitText = param(path, "limit");
        int limit = limitText == null ? 50 : Integer.parseInt(limitText);
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String category = param(path, "category");
        String type = param(path, "type");
        String from = param(path, "from");
        String to = param(path, "to");
        if (type != null) {
            conditions.add("e.type = ?");
            params.add(type);
        }
        if (category != null) {
            conditions.add("e.role_category = ?");
            params.add(category);
        }
        if (from != null) {
            conditions.add("e.date_end >= ?");
            params.add(java.sql.Date.valueOf(from + "-01-01"));
        }
        if (to != null) {
            conditions.add("e.date_start <= ?");
            params.add(java.sql.Date.valueOf(to + "-12-31"));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        consume(db, "select count(e.id) from personnel_event e" + where, params);
        List<Long> ids = ids(db, "select e.id, e.date_start from personnel_event e" + where
                + " order by e.date_start desc, e.id desc fetch first " + (limit + 1) + " rows only", params);
        views(db, ids.subList(0, Math.min(limit, ids.size())));
        if ("true".equals(param(path, "facets"))) {
            String[][] dims = {{"e.type", "type"}, {"e.role_category", "category"}, {"e.role_seniority", "seniority"},
                {"c.slug", "company"}};
            for (String[] dim : dims) {
                List<String> fc = new ArrayList<>();
                List<Object> fp = new ArrayList<>();
                for (int i = 0; i < conditions.size(); i++) {
                    if (!conditions.get(i).startsWith(dim[0] + " ")) {
                        fc.add(conditions.get(i));
                        fp.add(params.get(i));
                    }
                }
                consume(db, "select " + dim[0] + ", count(e.id) from personnel_event e"
                        + (dim[1].equals("company") ? " join company c on c.id = e.company_id" : "")
                        + (fc.isEmpty() ? "" : " where " + String.join(" and ", fc))
                        + " group by " + dim[0] + " order by count(e.id) desc, " + dim[0], fp);
            }
        }
    }

    private static void views(Connection db, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> p = new ArrayList<>(ids);
        String in = placeholders(ids.size()) + ")";
        consume(db, ROWS + in, p);
        consume(db, SOURCES + in + " order by es.position", p);
        consume(db, CONTEXT + in + " order by c.date_start, c.id", p);
    }

    private static void add(List<Object> params, long company, String branch) {
        long n = branch.chars().filter(ch -> ch == '?').count();
        for (int i = 0; i < n; i++) {
            params.add(company);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static long single(Connection db, String sql, Object... params) throws SQLException {
        List<Long> ids = ids(db, sql, Arrays.asList(params));
        return ids.get(0);
    }

    private static List<Long> ids(Connection db, String sql, List<Object> params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement st = prepare(db, sql, params); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static void consume(Connection db, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement st = prepare(db, sql, params); ResultSet rs = st.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, List<Object> params) throws SQLException {
        PreparedStatement st = db.prepareStatement(postgres ? DATEADD.matcher(sql).replaceAll("($2 + $1)") : sql);
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
        return st;
    }
}
