package org.personneltracker.transfer;

import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.KeptCounts;

/**
 * Large imports write in committed chunks (ImportService.runInChunks): what they write is the file's records with
 * their history, and a file that fails while being written, or an import cut short, leaves nothing behind; the
 * event counts kept on write follow each (a recount agrees).
 */
@QuarkusTest
class BulkImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ImportJobs jobs;

    @Inject
    ImportService imports;

    @Inject
    AgroalDataSource db;

    private int chunk;

    @BeforeEach
    void smallChunks() {
        chunk = imports.bulkChunk();
        imports.bulkChunk(100);
    }

    @AfterEach
    void restore() {
        imports.bulkChunk(chunk);
    }

    private static String prefix() {
        return "bk" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String data(int events, String prefix) throws Exception {
        StringWriter out = new StringWriter();
        ScaleData.write(out, events, prefix);
        return out.toString();
    }

    private ImportJobs.Upload upload(String body) throws Exception {
        Files.createDirectories(jobs.dir());
        Path file = jobs.dir().resolve(UUID.randomUUID() + ".upload");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return new ImportJobs.Upload(file, Files.size(file));
    }

    /** Runs a background import to its end; answers its final status. */
    private ImportStatus importInBackground(String body) throws Exception {
        ImportStatus s = jobs.submit(upload(body), ImportService.Format.JSON_LINES, StandardCharsets.UTF_8, "admin");
        for (int i = 0; i < 1200; i++) {
            s = jobs.status(s.id());
            if (s.state() == ImportJob.State.DONE || s.state() == ImportJob.State.FAILED) {
                awaitCleanup(s.id());
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not end: " + s);
    }

    private void awaitCleanup(String id) throws Exception {
        for (int i = 0; i < 1200; i++) {
            boolean pending = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(id).cleanup);
            if (!pending) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rows of import " + id + " were not removed");
    }

    private long count(String sql, Object... params) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every kind of row a file of this prefix can leave: records, their parts, their history. */
    private long leftOver(String prefix) throws Exception {
        String like = prefix + "-%";
        return count("select count(*) from company where slug like ?", like)
                + count("select count(*) from person where slug like ?", like)
                + count("select count(*) from personnel_event where event_key like ?", like)
                + count("select count(*) from context_event where event_key like ?", like)
                + count("select count(*) from source where url like ?", "%/" + prefix + "/%")
                + count("select count(*) from company_aud where slug like ?", like)
                + count("select count(*) from person_aud where slug like ?", like)
                + count("select count(*) from personnel_event_aud where event_key like ?", like)
                + count("select count(*) from context_event_aud where event_key like ?", like)
                + count("select count(*) from source_aud where url like ?", "%/" + prefix + "/%");
    }

    @Test
    void aBulkImportWritesEveryRecordUnderOneRevisionAndAgainChangesOnlyWhatDiffers() throws Exception {
        String prefix = prefix();
        // one event comes retracted, as an export writes a retracted event
        String retractedKey = prefix + "-e11";
        StringBuilder withRetraction = new StringBuilder();
        for (String l : data(400, prefix).lines().toList()) {
            if (l.contains("\"key\":\"" + retractedKey + "\"")) {
                ObjectNode n = (ObjectNode) JSON.readTree(l);
                n.putObject("retraction").put("reason", "The report was denied.").put("at", "2025-01-02T03:04:05Z");
                l = JSON.writeValueAsString(n);
            }
            withRetraction.append(l).append('\n');
        }
        String file = withRetraction.toString();
        ImportStatus done = importInBackground(file);
        assertEquals(ImportJob.State.DONE, done.state(), done.toString());
        assertEquals(1, count("select count(*) from personnel_event where event_key = ? and retraction_reason = ?"
                + " and retracted_at is not null", retractedKey, "The report was denied."));
        assertEquals(1, count("select count(*) from personnel_event_aud where event_key = ? and retraction_reason = ?",
                retractedKey, "The report was denied."));
        assertEquals(400, done.created().get("event"));
        assertEquals(120, done.created().get("source"), done.toString());
        assertEquals(done.lines(), done.processed());

        assertEquals(400, count("select count(*) from personnel_event where import_id = ?", done.id()));
        assertEquals(400, count("select count(*) from personnel_event_aud a join revinfo r on r.id = a.rev"
                + " where r.note = ? and r.username = 'admin' and a.revtype = 0", "import " + done.id()));
        assertEquals(count("select count(*) from event_source es join personnel_event e on e.id = es.event_id"
                + " where e.import_id = ?", done.id()), count("select count(*) from event_source_aud a"
                + " join revinfo r on r.id = a.rev where r.note = ?", "import " + done.id()));
        assertEquals(1, count("select count(*) from revinfo where note = ?", "import " + done.id()));

        // what the API shows of an imported event: its person, company, sources; its history starts with the import
        long id = count("select min(id) from personnel_event where import_id = ?", done.id());
        JsonNode event = JSON.readTree(admin().get("/api/events/" + id).then().statusCode(200).extract().asString());
        assertTrue(event.get("person").get("slug").asText().startsWith(prefix + "-p"), event.toString());
        assertFalse(event.get("sources").isEmpty(), event.toString());
        String history = admin().get("/api/events/" + id + "/history").then().statusCode(200).extract().asString();
        assertTrue(history.contains("import " + done.id()), history);

        // the same file again: nothing written; one event changed: updated, and nothing else
        ImportStatus again = importInBackground(file);
        assertEquals(ImportJob.State.DONE, again.state(), again.toString());
        assertEquals(0, again.created().values().stream().mapToLong(Long::longValue).sum(), again.toString());
        assertEquals(400, again.unchanged().get("event"));

        String key = prefix + "-e7";
        StringBuilder changed = new StringBuilder();
        for (String l : file.lines().toList()) {
            if (l.contains("\"key\":\"" + key + "\"")) {
                ObjectNode n = (ObjectNode) JSON.readTree(l);
                n.put("summary", "Changed by a later file.");
                l = JSON.writeValueAsString(n);
            }
            changed.append(l).append('\n');
        }
        ImportStatus update = importInBackground(changed.toString());
        assertEquals(ImportJob.State.DONE, update.state(), update.toString());
        assertEquals(1, update.updated().get("event"), update.toString());
        assertEquals(399, update.unchanged().get("event"));
        assertEquals(1, count("select count(*) from personnel_event where event_key = ? and summary = ?", key,
                "Changed by a later file."));
        KeptCounts.assertAgreeWithRecount(db);
    }

    @Test
    void aFileRefusedWhileBeingWrittenLeavesNothingBehind() throws Exception {
        String prefix = prefix();
        // two events that become one when the person named by name is found: only the write pass can tell
        String person = "Person " + prefix + " 3";
        String tail = """
                {"kind":"event","type":"HIRE","date":"2019-05-05","person":"%1$s-p3","company":"%1$s-c0","role":{"category":"RESEARCH"},"sources":[{"url":"https://news.example.org/%1$s/1"}]}
                {"kind":"event","type":"HIRE","date":"2019-05-05","person":{"name":"%2$s"},"company":"%1$s-c0","role":{"category":"RESEARCH"},"sources":[{"url":"https://news.example.org/%1$s/2"}]}
                """.formatted(prefix, person);
        long revisions = count("select count(*) from revinfo");
        ImportStatus failed = importInBackground(data(400, prefix) + tail);

        assertEquals(ImportJob.State.FAILED, failed.state(), failed.toString());
        assertTrue(failed.errors().get(0).message().contains("another event of this file has the key"),
                failed.toString());
        assertTrue(failed.processed() >= 500, "chunks had been written before the refusal: " + failed);
        assertEquals(0, leftOver(prefix));
        assertEquals(0, count("select count(*) from revinfo where note = ?", "import " + failed.id()));
        assertEquals(revisions, count("select count(*) from revinfo"));
        admin().get("/api/people/" + prefix + "-p3").then().statusCode(404);
        KeptCounts.assertAgreeWithRecount(db);
    }

    @Test
    void recordsCreatedByNameInAChunkLeaveNoRevisionWhenALaterChunkFails() throws Exception {
        String prefix = prefix();
        StringBuilder file = new StringBuilder("""
                {"kind":"company","slug":"%1$s-c0","name":"Company %1$s 0"}
                {"kind":"person","slug":"%1$s-p3","name":"Person %1$s 3"}
                {"kind":"event","type":"HIRE","date":"2018-01-01","person":{"name":"%1$s Named New"},"company":"%1$s-c0","role":{"category":"RESEARCH"},"sources":[{"url":"https://news.example.org/%1$s/0"}]}
                """.formatted(prefix));
        // the first chunk (100 records) commits the person created by name; the second is refused
        for (int i = 1; i <= 120; i++) {
            file.append("{\"kind\":\"company\",\"slug\":\"%1$s-c%2$d\",\"name\":\"Company %1$s %2$d\"}\n"
                    .formatted(prefix, i));
        }
        file.append("""
                {"kind":"event","type":"HIRE","date":"2019-05-05","person":"%1$s-p3","company":"%1$s-c0","role":{"category":"RESEARCH"},"sources":[{"url":"https://news.example.org/%1$s/1"}]}
                {"kind":"event","type":"HIRE","date":"2019-05-05","person":{"name":"Person %1$s 3"},"company":"%1$s-c0","role":{"category":"RESEARCH"},"sources":[{"url":"https://news.example.org/%1$s/2"}]}
                """.formatted(prefix));
        long revisions = count("select count(*) from revinfo");
        ImportStatus failed = importInBackground(file.toString());

        assertEquals(ImportJob.State.FAILED, failed.state(), failed.toString());
        assertTrue(failed.processed() >= 100, "the first chunk had been written: " + failed);
        assertEquals(0, leftOver(prefix));
        assertEquals(0, count("select count(*) from person where name = ?", prefix + " Named New"));
        assertEquals(0, count("select count(*) from revinfo where note = ?", "import " + failed.id()));
        assertEquals(revisions, count("select count(*) from revinfo"));
    }

    @Test
    void aNameAStoredRecordTakesEarlierInTheFileIsThatRecord() throws Exception {
        String prefix = prefix();
        ImportStatus first = importInBackground("""
                {"kind":"company","slug":"%1$s-c","name":"%1$s Old Labs"}
                {"kind":"person","slug":"%1$s-p","name":"%1$s Old Person"}
                """.formatted(prefix));
        assertEquals(ImportJob.State.DONE, first.state(), first.toString());
        // renamed, then named by their new names (the renames are written in the import's last transaction)
        ImportStatus second = importInBackground("""
                {"kind":"company","slug":"%1$s-c","name":"%1$s New Labs","aliases":["%1$s NL"]}
                {"kind":"person","slug":"%1$s-p","name":"%1$s New Person"}
                {"kind":"event","key":"%1$s-e1","type":"HIRE","date":"2024-01-02","person":{"name":"%1$s New Person"},"company":{"name":"%1$s New Labs"},"role":{"category":"RESEARCH"},"sources":[{"url":"https://news.example.org/%1$s/1"}]}
                {"kind":"event","key":"%1$s-e2","type":"ROLE_CHANGE","date":"2024-06-02","person":"%1$s-p","company":{"name":"%1$s NL"},"role":{"category":"RESEARCH"},"sources":[{"url":"https://news.example.org/%1$s/2"}]}
                """.formatted(prefix));

        assertEquals(ImportJob.State.DONE, second.state(), second.toString());
        assertEquals(1, second.updated().get("company"), second.toString());
        assertEquals(1, second.updated().get("person"), second.toString());
        assertEquals(0, second.created().get("company"), second.toString());
        assertEquals(0, second.created().get("person"), second.toString());
        assertEquals(1, count("select count(*) from company where name like ?", prefix + "%"));
        assertEquals(1, count("select count(*) from person where name like ?", prefix + "%"));
        assertEquals(1, count("select count(*) from company where slug = ? and name = ?", prefix + "-c",
                prefix + " New Labs"));
        assertEquals(2, count("select count(*) from personnel_event e join company c on c.id = e.company_id"
                + " join person p on p.id = e.person_id where e.event_key like ? and c.slug = ? and p.slug = ?",
                prefix + "-e%", prefix + "-c", prefix + "-p"));
    }

    @Test
    void anImportCutShortIsRemovedAtTheNextStart() throws Exception {
        String prefix = prefix();
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = new ImportJob();
            job.id = id;
            job.state = ImportJob.State.WRITING.name();
            job.format = ImportService.Format.JSON_LINES.name();
            job.createdBy = "admin";
            // last moved on longer ago than tracker.import.stale-after: no instance is running it
            job.createdAt = Instant.now().minus(java.time.Duration.ofMinutes(10));
            job.updatedAt = job.createdAt;
            job.persist();
        });
        // the server "stops" after two chunks: the import ends where it is, without removing anything
        AtomicLong written = new AtomicLong();
        ImportService.Progress stop = new ImportService.Progress() {
            @Override
            public void processed(long records) {
                written.set(records);
                if (records >= 200) {
                    throw new IllegalStateException("stopped");
                }
            }
        };
        Path file = upload(data(400, prefix)).file();
        assertThrows(IllegalStateException.class, () -> imports.runInChunks(
                imports.file(file, ImportService.Format.JSON_LINES, StandardCharsets.UTF_8), stop,
                new ImportService.Job(id, "admin")));
        assertEquals(200, written.get());
        assertTrue(count("select count(*) from company where import_id = ?", id) > 0);
        assertTrue(leftOver(prefix) > 0);

        jobs.onStart(null);
        awaitCleanup(id);

        assertEquals(0, leftOver(prefix));
        ImportStatus s = jobs.status(id);
        assertEquals(ImportJob.State.FAILED, s.state());
        assertEquals(List.of("the server stopped during this import; what it had written is removed: import the file"
                + " again"), s.errors().stream().map(ImportError::message).toList());
        Files.deleteIfExists(file);
        KeptCounts.assertAgreeWithRecount(db);
    }
}
