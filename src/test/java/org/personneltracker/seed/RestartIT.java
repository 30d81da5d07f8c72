package org.personneltracker.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged application twice on one H2 file database, as a user restarting it would: the first start
 * migrates and loads the seed data, the second loads nothing and loses nothing (including an event logged in
 * between and a seed record deleted in between).
 */
class RestartIT {

    private static final String PASSWORD = "restart-test-password";

    @TempDir
    Path dir;

    @Test
    void aSecondStartLoadsNothingAndLosesNothing() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/tracker").toAbsolutePath();
        int port = freePort();

        Path firstLog = dir.resolve("first.log");
        Process first = start(url, port, firstLog);
        int seedEvents;
        int id;
        try {
            waitUntilUp(port, first, firstLog);
            seedEvents = total(port, "/api/events");
            assertTrue(seedEvents >= 40, "seed loaded on first start: " + seedEvents);
            int seedContext = total(port, "/api/context-events");
            assertTrue(seedContext >= 25);
            id = given().port(port).auth().preemptive().basic("admin", PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("type", "DEPARTURE", "date", "2026-03", "person", Map.of("name", "Restart Person"),
                            "company", "anthropic", "role", Map.of("category", "RESEARCH"),
                            "sources", List.of(Map.of("url", "https://example.com/restart"))))
                    .post("/api/events").then().statusCode(201).extract().path("id");
            int seedOne = given().port(port).get("/api/events?person=greg-brockman&limit=1")
                    .then().extract().path("items[0].id");
            given().port(port).auth().preemptive().basic("admin", PASSWORD).delete("/api/events/" + seedOne)
                    .then().statusCode(204);
        } finally {
            stop(first);
        }
        assertTrue(Files.readString(firstLog).contains("Loaded seed data"), "first start loads the seed");

        Path secondLog = dir.resolve("second.log");
        Process second = start(url, port, secondLog);
        try {
            waitUntilUp(port, second, secondLog);
            assertEquals(seedEvents, total(port, "/api/events"), "one logged, one seed event deleted: same total");
            given().port(port).get("/api/events/" + id).then().statusCode(200)
                    .body("person.name", org.hamcrest.Matchers.is("Restart Person"));
            given().port(port).auth().preemptive().basic("admin", PASSWORD).get("/api/users")
                    .then().statusCode(200).body("size()", org.hamcrest.Matchers.is(1));
        } finally {
            stop(second);
        }
        String log = Files.readString(secondLog);
        assertFalse(log.contains("Loaded seed data"), "second start loads nothing");
        assertFalse(log.contains("Created user 'admin'"), "second start creates no admin");
    }

    private Process start(String jdbcUrl, int port, Path log) throws IOException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "package the app first (mvnw verify does)");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dquarkus.datasource.jdbc.url=" + jdbcUrl, "-jar", jar.toString());
        pb.environment().put("TRACKER_ADMIN_PASSWORD", PASSWORD);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    private static void waitUntilUp(int port, Process p, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                fail("the application exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the application did not start in 90 s: " + Files.readString(log));
    }

    private static int total(int port, String path) {
        return given().port(port).get(path + "?limit=1").then().statusCode(200).extract().path("total");
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
