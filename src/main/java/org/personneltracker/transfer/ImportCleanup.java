package org.personneltracker.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.personneltracker.common.DataVersion;
import org.personneltracker.event.EventCounts;

/**
 * Removes what a bulk import wrote when it did not finish (refused while writing, failed, or cut short by a stop):
 * every row marked with its job's id ({@code import_id}), with the records' aliases, links, citations, snapshots and
 * history rows, then the job's revision. The rows go in chunks of {@value #CHUNK}, each its own transaction, from the
 * newest (so a record goes before the records it refers to), and the job's {@code cleanup} flag is cleared at the
 * end; a stop in the middle leaves the flag set and the next start goes on. A row that a later write refers to (an
 * event logged through the API citing a source the import created, while it ran) cannot go: it is kept, and logged.
 */
@ApplicationScoped
public class ImportCleanup {

    private static final Logger LOG = Logger.getLogger(ImportCleanup.class);

    static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    /** A table of records and the statements that remove their dependent rows first (the ids as {@code ?}s). */
    private record Table(String name, List<String> before) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("personnel_event", List.of("delete from event_source_aud where event_id in (%s)",
                    "delete from event_context_aud where event_id in (%s)",
                    "delete from personnel_event_aud where id in (%s)")),
            new Table("context_event", List.of("delete from context_source_aud where context_id in (%s)",
                    "delete from context_event_aud where id in (%s)")),
            new Table("source", List.of("delete from source_aud where id in (%s)")),
            new Table("person", List.of("delete from person_alias_aud where person_id in (%s)",
                    "delete from person_link_aud where person_id in (%s)",
                    "delete from person_aud where id in (%s)")),
            new Table("company", List.of("delete from company_alias_aud where company_id in (%s)",
                    "delete from company_aud where id in (%s)")));

    /** Removes the rows of job {@code id}; answers how many records went. */
    public long remove(String id) {
        long removed = 0;
        // a company of the job may be the parent of one written before it (ids need not follow the file's order)
        QuarkusTransaction.requiringNew().run(() -> work(db -> {
            try (PreparedStatement ps = db.prepareStatement(
                    "update company set parent_id = null where import_id = ? and parent_id is not null")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        }));
        for (Table t : TABLES) {
            removed += remove(id, t);
        }
        // the job's revision, and those of its chunks that created a record through a service (by name, a source
        // with its text), whose history rows went with the records: each goes unless a history row still refers to it
        List<Long> revisions = QuarkusTransaction.requiringNew().call(() -> work(db -> revisions(db, id)));
        for (Long revision : revisions) {
            try {
                QuarkusTransaction.requiringNew().run(() -> work(db -> update(db, "delete from revinfo where id = ?",
                        revision)));
            } catch (RuntimeException e) {
                LOG.debugf("revision %d of import %s kept: %s", revision, id, e.getMessage());
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            if (job != null) {
                job.cleanup = false;
            }
        });
        DataVersion.bump();
        LOG.infof("import %s: removed the %d records it had written", id, removed);
        return removed;
    }

    private long remove(String job, Table t) {
        long removed = 0;
        long below = Long.MAX_VALUE;
        while (true) {
            long from = below;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> work(db -> ids(db, t.name(), job, from)));
            if (ids.isEmpty()) {
                return removed;
            }
            below = ids.get(ids.size() - 1);
            try {
                QuarkusTransaction.requiringNew().run(() -> work(db -> delete(db, t, ids)));
                removed += ids.size();
            } catch (RuntimeException e) {
                // one of them is referred to by a later write: remove the others one by one
                for (Long id : ids) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> work(db -> delete(db, t, List.of(id))));
                        removed++;
                    } catch (RuntimeException kept) {
                        LOG.warnf("import %s: kept %s %d, which a later write refers to", job, t.name(), id);
                    }
                }
            }
            DataVersion.bump();
        }
    }

    private static List<Long> ids(Connection db, String table, String job, long below) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select id from " + table
                + " where id < ? and import_id = ? order by id desc fetch first " + CHUNK + " rows only")) {
            ps.setLong(1, below);
            ps.setString(2, job);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Long> revisions(Connection db, String job) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select id from revinfo where note = ? union"
                + " select revision from import_job where id = ? and revision is not null")) {
            ps.setString(1, new ImportService.Job(job, null).note());
            ps.setString(2, job);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Object delete(Connection db, Table t, List<Long> ids) throws SQLException {
        String marks = ids.stream().map(x -> "?").collect(Collectors.joining(", "));
        if (t.name().equals("personnel_event")) {
            EventCounts.addRows(db, -1, "id in (" + marks + ")", ids.toArray());
        }
        List<String> statements = new ArrayList<>(t.before());
        statements.add("delete from " + t.name() + " where id in (%s)");
        for (String sql : statements) {
            try (PreparedStatement ps = db.prepareStatement(sql.formatted(marks))) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setLong(i + 1, ids.get(i));
                }
                ps.executeUpdate();
            }
        }
        return null;
    }

    private static Object update(Connection db, String sql, long value) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, value);
            ps.executeUpdate();
        }
        return null;
    }

    private interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    private <T> T work(Work<T> w) {
        return em.unwrap(Session.class).doReturningWork(w::run);
    }
}
