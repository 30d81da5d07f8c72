package org.personneltracker.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.personneltracker.support.PackagedApp;

/**
 * Online backup and restore (README, "Backup and restore"): the packaged app on an H2 file database, with the seed
 * and data of its own, is backed up through {@code POST /api/admin/backups} while writers keep logging events; the
 * backup is downloaded, checked against its SHA-256 and unzipped into an empty data folder, and a second instance
 * started on it. Every record the copy holds is identical to the original's (companies, people, context events,
 * events, sources, users and histories, compared through the API), every event acknowledged before the backup was
 * asked for is in it, and whatever it lacks was written by the writers while it was being made.
 */
@DisabledIfEnvironmentVariable(named = "TRACKER_DB_KIND", matches = "postgresql", disabledReason = "an H2 file test")
class BackupRestoreIT {

    private static final String PASSWORD = "backup-test-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8));

    private HttpResponse<byte[]> send(int port, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth).timeout(Duration.ofSeconds(60));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode json(int port, String method, String path, String body, int expected) throws Exception {
        HttpResponse<byte[]> r = send(port, method, path, body);
        assertEquals(expected, r.statusCode(), method + " " + path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return JSON.readTree(r.body());
    }

    private static PackagedApp start(Path folder, int port, String log) throws Exception {
        return PackagedApp.start("jdbc:h2:file:" + folder.resolve("tracker").toAbsolutePath(), port,
                folder.resolve(log), PASSWORD, "-Dtracker.data-dir=" + folder.toAbsolutePath(),
                "-Dtracker.bcrypt-cost=4");
    }

    @Test
    void aBackupMadeWhileWritersWriteRestoresIntoAnEmptyInstanceWithEveryRecordIdentical() throws Exception {
        Path original = Files.createDirectories(dir.resolve("original"));
        Path restored = Files.createDirectories(dir.resolve("restored"));
        int port = PackagedApp.freePort();
        Set<Long> ackedBeforeBackup = ConcurrentHashMap.newKeySet();
        Set<Long> acked = ConcurrentHashMap.newKeySet();
        JsonNode backup;
        byte[] zip;
        Map<String, List<JsonNode>> originalRecords;
        String editedHistory;
        int editedId;

        try (PackagedApp a = start(original, port, "original.log")) {
            String company = json(port, "POST", "/api/companies", "{\"name\": \"Backup Test Labs\"}", 201)
                    .get("slug").asText();
            String person = json(port, "POST", "/api/people", "{\"name\": \"Backup Test Person\"}", 201)
                    .get("slug").asText();
            editedId = json(port, "POST", "/api/events", event(company, person, "backup-edited", 1), 201)
                    .get("id").asInt();
            JsonNode read = json(port, "GET", "/api/events/" + editedId, null, 200);
            ((ObjectNode) read).put("summary", "Edited before the backup.");
            json(port, "PUT", "/api/events/" + editedId, JSON.writeValueAsString(read), 200);

            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean backupAsked = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(2);
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        boolean before = !backupAsked.get();
                        HttpResponse<byte[]> r = send(port, "POST", "/api/events",
                                event(company, person, "backup-writer-" + writer + "-" + i, i));
                        if (r.statusCode() == 201) {
                            long id = JSON.readTree(r.body()).get("id").asLong();
                            acked.add(id);
                            if (before) {
                                ackedBeforeBackup.add(id);
                            }
                        }
                    }
                    return null;
                });
            }
            while (acked.size() < 10) {
                Thread.sleep(50);
            }
            backupAsked.set(true);
            backup = json(port, "POST", "/api/admin/backups", null, 201);
            Thread.sleep(500);
            stop.set(true);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));

            String name = backup.get("name").asText();
            assertTrue(name.matches("tracker-[0-9-]+\\.zip"), name);
            HttpResponse<byte[]> download = send(port, "GET", "/api/admin/backups/" + name, null);
            assertEquals(200, download.statusCode());
            zip = download.body();
            assertEquals(backup.get("sha256").asText(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip)), "the download is the backup");
            assertEquals(backup.get("bytes").asLong(), zip.length);
            assertTrue(Files.isRegularFile(original.resolve("backups").resolve(name)), "kept in the data folder");
            assertEquals(name, json(port, "GET", "/api/admin/backups", null, 200).get(0).get("name").asText());
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/admin/backups")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "admins only");

            originalRecords = records(port);
            editedHistory = json(port, "GET", "/api/events/" + editedId + "/history", null, 200).toString();
        }

        // restore: the zip's files into an empty data folder, then an instance started on it
        unzip(zip, restored);
        try (PackagedApp b = start(restored, port, "restored.log")) {
            Map<String, List<JsonNode>> copy = records(port);
            for (String kind : List.of("companies", "people", "context-events", "users")) {
                assertEquals(originalRecords.get(kind), copy.get(kind), kind + " are identical");
            }
            for (String kind : List.of("events", "sources")) {
                List<JsonNode> all = originalRecords.get(kind);
                List<JsonNode> restoredOnes = copy.get(kind);
                assertTrue(all.containsAll(restoredOnes), kind + ": every restored record is identical to the original");
                for (JsonNode lacking : all) {
                    if (!restoredOnes.contains(lacking) && kind.equals("events")) {
                        long id = lacking.get("id").asLong();
                        assertTrue(acked.contains(id) && !ackedBeforeBackup.contains(id),
                                "only events written while the backup was made may be missing: " + lacking);
                    }
                }
            }
            List<Long> restoredIds = copy.get("events").stream().map(e -> e.get("id").asLong()).toList();
            assertTrue(restoredIds.containsAll(ackedBeforeBackup), "every event acknowledged before the backup");
            assertEquals(editedHistory, json(port, "GET", "/api/events/" + editedId + "/history", null, 200).toString(),
                    "the history comes along");
            json(port, "POST", "/api/events", event("backup-test-labs", "backup-test-person", "after-restore", 3), 201);
        }
    }

    private static String event(String company, String person, String key, int n) {
        return """
                {"key": "%s", "type": "HIRE", "date": "2026-04-%02d", "person": "%s", "company": "%s",
                 "role": {"title": "Engineer", "category": "ENGINEERING"},
                 "sources": [{"url": "https://backup.example.org/%s", "quote": "Joined."}]}""".formatted(key,
                1 + n % 28, person, company, key);
    }

    /** Every record of each kind, through the API lists (all pages), and the users. */
    private Map<String, List<JsonNode>> records(int port) throws Exception {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (String kind : List.of("companies", "people", "context-events", "events", "sources")) {
            List<JsonNode> items = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = json(port, "GET", "/api/" + kind + "?limit=500"
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
                        null, 200);
                page.get("items").forEach(items::add);
                cursor = page.get("next").isNull() ? null : page.get("next").asText();
            } while (cursor != null);
            out.put(kind, items);
        }
        List<JsonNode> users = new ArrayList<>();
        json(port, "GET", "/api/users", null, 200).forEach(users::add);
        out.put("users", users);
        return out;
    }

    private static void unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = folder.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(folder));
                Files.copy(in, target);
            }
        }
    }
}
