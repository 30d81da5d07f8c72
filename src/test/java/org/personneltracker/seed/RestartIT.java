package org.personneltracker.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.personneltracker.support.PackagedApp;

/**
 * Starts the packaged application twice on one H2 file database, as a user restarting it would: the first start
 * migrates and loads the seed data, the second loads nothing and loses nothing (including an event logged in
 * between and a seed record deleted in between).
 */
@DisabledIfEnvironmentVariable(named = "TRACKER_DB_KIND", matches = "postgresql", disabledReason = "an H2 file test")
class RestartIT {

    private static final String PASSWORD = "restart-test-password";

    @TempDir
    Path dir;

    @Test
    void aSecondStartLoadsNothingAndLosesNothing() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/tracker").toAbsolutePath();
        int port = PackagedApp.freePort();

        Path firstLog = dir.resolve("first.log");
        int seedEvents;
        int id;
        try (PackagedApp first = PackagedApp.start(url, port, firstLog, PASSWORD)) {
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
        }
        assertTrue(Files.readString(firstLog).contains("Loaded seed data"), "first start loads the seed");
        // the database holds password hashes: its folder and files are the owner's alone
        Path db = dir.resolve("db");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db.resolve("tracker.mv.db"))));

        Path secondLog = dir.resolve("second.log");
        try (PackagedApp second = PackagedApp.start(url, port, secondLog, PASSWORD)) {
            assertEquals(seedEvents, total(port, "/api/events"), "one logged, one seed event deleted: same total");
            given().port(port).get("/api/events/" + id).then().statusCode(200)
                    .body("person.name", org.hamcrest.Matchers.is("Restart Person"));
            given().port(port).auth().preemptive().basic("admin", PASSWORD).get("/api/users")
                    .then().statusCode(200).body("size()", org.hamcrest.Matchers.is(1));
        }
        String log = Files.readString(secondLog);
        assertFalse(log.contains("Loaded seed data"), "second start loads nothing");
        assertFalse(log.contains("Created user 'admin'"), "second start creates no admin");
    }

    private static int total(int port, String path) {
        return given().port(port).get(path + "?limit=1").then().statusCode(200).extract().path("total");
    }
}
