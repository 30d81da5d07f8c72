package org.personneltracker.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.personneltracker.support.PackagedApp;

/**
 * Nothing acknowledged is lost in a crash: writers log events against the packaged app on an H2 file database, the
 * JVM is killed with SIGKILL while they write, and after a restart every event that was answered 201 is there, and
 * the database opens without repair.
 */
@DisabledIfEnvironmentVariable(named = "TRACKER_DB_KIND", matches = "postgresql", disabledReason = "an H2 file test")
class CrashIT {

    private static final String PASSWORD = "crash-test-password";
    private static final int WRITERS = 4;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/tracker").toAbsolutePath();
        int port = PackagedApp.freePort();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempted = new AtomicInteger();
        int before;

        PackagedApp app = PackagedApp.start(url, port, dir.resolve("app.log"), PASSWORD);
        try {
            before = total(port);
            String auth = "Bearer " + token(port);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> write(port, auth, writer, stop, attempted, acknowledged));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            app.kill(); // mid-write: requests are in flight
            stop.set(true);
            writers.shutdown();
            assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        } finally {
            app.close();
        }
        assertTrue(acknowledged.size() >= 40, "the writers got going: " + acknowledged.size());

        try (PackagedApp again = PackagedApp.start(url, port, dir.resolve("restart.log"), PASSWORD)) {
            HttpClient client = HttpClient.newHttpClient();
            List<Long> missing = new ArrayList<>();
            for (long id : acknowledged) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/events/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    missing.add(id);
                }
            }
            assertEquals(List.of(), missing, "events answered 201 before the kill, gone after the restart (of "
                    + acknowledged.size() + ")");
            int after = total(port);
            assertTrue(after >= before + acknowledged.size() && after <= before + attempted.get(),
                    "stored " + (after - before) + ", acknowledged " + acknowledged.size() + ", attempted "
                            + attempted.get());
        }
    }

    /** An API token for the writers, as a script would use: a bcrypt check per request would slow them down. */
    private static String token(int port) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/tokens")).header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"crash writers\", \"role\": \"editor\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).get("token").asText();
    }

    private static void write(int port, String auth, int writer, AtomicBoolean stop, AtomicInteger attempted,
            Set<Long> acked) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; !stop.get(); i++) {
            String body = """
                    {"type": "HIRE", "date": "2026-03-%02d", "person": {"name": "Crash Writer %d-%d"},
                     "company": {"name": "Crash Test Lab %d"}, "role": {"category": "RESEARCH"},
                     "sources": [{"url": "https://example.com/crash/%d/%d"}]}""".formatted(1 + i % 28, writer, i,
                    writer, writer, i);
            attempted.incrementAndGet();
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/events"))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    acked.add(json.readTree(r.body()).get("id").asLong());
                }
            } catch (Exception e) {
                return; // the server is gone
            }
        }
    }

    private static int total(int port) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/events?limit=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body()).get("total").asInt();
    }
}
