package org.personneltracker.transfer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.personneltracker.support.PackagedApp;

/**
 * Export, import into an empty instance, export again: the same file, line for line. Two packaged apps on two H2
 * files: the first loads the seed and gets an event whose source carries its article text (a snapshot) and a
 * contradicting citation; the second starts empty (seed off), imports the first's export twice.
 */
@DisabledIfEnvironmentVariable(named = "TRACKER_DB_KIND", matches = "postgresql", disabledReason = "an H2 file test")
class TransferIT {

    private static final String PASSWORD = "transfer-test-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anExportImportedIntoAnEmptyInstanceExportsTheSameLines() throws Exception {
        String first;
        int port = PackagedApp.freePort();
        try (PackagedApp a = PackagedApp.start("jdbc:h2:file:" + dir.resolve("a/tracker").toAbsolutePath(), port,
                dir.resolve("a.log"), PASSWORD, "-Dtracker.data-dir=" + dir.resolve("a"))) {
            given().port(port).auth().preemptive().basic("admin", PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("type", "HIRE", "date", "2026-03", "person", Map.of("name", "Transfer Person Ünal"),
                            "company", "anthropic", "role", Map.of("category", "RESEARCH", "title", "Researcher"),
                            "sources", List.of(Map.of("url", "https://example.com/transfer-it", "quote", "joined",
                                    "text", "She joined Anthropic as a researcher."),
                                    Map.of("url", "https://example.com/transfer-it-2", "stance", "CONTRADICTS"))))
                    .post("/api/events").then().statusCode(201);
            first = export(port);
        }
        assertTrue(first.lines().count() > 400, "the seed and the new event");
        assertTrue(first.contains("\"text\":\"She joined Anthropic as a researcher.\""), "snapshots are exported");

        int port2 = PackagedApp.freePort();
        try (PackagedApp b = PackagedApp.start("jdbc:h2:file:" + dir.resolve("b/tracker").toAbsolutePath(), port2,
                dir.resolve("b.log"), PASSWORD, "-Dtracker.seed.enabled=false", "-Dtracker.data-dir=" + dir.resolve("b"))) {
            assertEquals(0, given().port(port2).get("/api/events?limit=1").then().extract().<Integer>path("total"));
            JsonNode created = importFile(port2, first);
            assertEquals(first.lines().count(), sum(created.get("created")), created.toString());
            assertEquals(first, export(port2), "export -> import into an empty instance -> export: the same lines");
            JsonNode again = importFile(port2, first);
            assertEquals(first.lines().count(), sum(again.get("unchanged")), again.toString());
            assertEquals(first, export(port2), "the same file twice changes nothing");
            given().port(port2).queryParam("q", "Transfer Person").get("/api/events").then().statusCode(200)
                    .body("items[0].disputed", org.hamcrest.Matchers.is(true));
        }
    }

    private static String export(int port) {
        return new String(given().port(port).auth().preemptive().basic("admin", PASSWORD).get("/api/export").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
    }

    private static JsonNode importFile(int port, String body) throws Exception {
        Response r = given().port(port).auth().preemptive().basic("admin", PASSWORD)
                .contentType("application/x-ndjson; charset=utf-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/import");
        if (r.statusCode() == 200) {
            return JSON.readTree(r.asString());
        }
        assertEquals(202, r.statusCode(), r.asString());
        for (int i = 0; i < 600; i++) {
            JsonNode s = JSON.readTree(given().port(port).auth().preemptive().basic("admin", PASSWORD)
                    .get(r.header("Location")).asString());
            if (!s.get("state").asText().matches("CHECKING|WRITING")) {
                assertEquals("DONE", s.get("state").asText(), s.toString());
                return s;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the import did not finish");
    }

    private static long sum(JsonNode counts) {
        long n = 0;
        for (JsonNode v : counts) {
            n += v.asLong();
        }
        return n;
    }
}
