package org.personneltracker.transfer;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.Slugs;

/** Export and import through the API: the format, idempotence, all-or-nothing, CSV, background imports. */
@QuarkusTest
class TransferApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String export() {
        return new String(admin().get("/api/export").then().statusCode(200)
                .contentType(startsWith("application/x-ndjson")).extract().asByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Imports a file and answers the finished import's counts (waiting for a background one). */
    static JsonNode importFile(String body, String contentType) throws Exception {
        Response r = admin().contentType(contentType + "; charset=utf-8").body(bytes(body)).post("/api/import");
        if (r.statusCode() == 200) {
            return JSON.readTree(r.asString());
        }
        assertEquals(202, r.statusCode(), r.asString());
        String location = r.header("Location");
        for (int i = 0; i < 600; i++) {
            JsonNode s = JSON.readTree(admin().get(location).then().statusCode(200).extract().asString());
            if (s.get("state").asText().equals("DONE")) {
                return s;
            }
            assertNotEquals("FAILED", s.get("state").asText(), s.toString());
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not finish");
    }

    static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long sum(JsonNode counts, String group) {
        long n = 0;
        for (JsonNode v : counts.get(group)) {
            n += v.asLong();
        }
        return n;
    }

    /** A company with a parent, a launch, and a departure citing a contradicting source and the launch. */
    private static String someRecords() {
        String parent = createCompany(unique("Transfer Parent"));
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("name", unique("Transfer Labs"));
        company.put("parent", parent);
        company.put("aliases", List.of(unique("TL")));
        String slug = admin().body(company).post("/api/companies").then().statusCode(201).extract().path("slug");
        String launch = postContextEvent(contextEvent(slug, "FUNDING_ROUND", "Series Z", "2026-01"));
        Map<String, Object> e = departure(unique("Transfer Person"), "unused");
        e.put("company", slug);
        e.put("context", List.of(launch));
        e.put("dateApproximate", true);
        @SuppressWarnings("unchecked")
        List<Object> sources = (List<Object>) e.get("sources");
        sources.add(new LinkedHashMap<>(Map.of("url", uniqueUrl(), "stance", "CONTRADICTS", "quote", "Not so.")));
        postEvent(e);
        return slug;
    }

    @Test
    void everyExportedRecordComesAfterTheRecordsItRefersTo() throws Exception {
        someRecords();
        Set<String> companies = new HashSet<>();
        Set<String> people = new HashSet<>();
        Set<String> sources = new HashSet<>();
        Set<String> contexts = new HashSet<>();
        List<String> kinds = new ArrayList<>();
        for (String line : export().lines().toList()) {
            JsonNode n = JSON.readTree(line);
            String kind = n.get("kind").asText();
            if (kinds.isEmpty() || !kinds.get(kinds.size() - 1).equals(kind)) {
                kinds.add(kind);
            }
            switch (kind) {
                case "company" -> {
                    if (n.has("parent")) {
                        assertTrue(companies.contains(n.get("parent").asText()), line);
                    }
                    companies.add(n.get("slug").asText());
                }
                case "person" -> people.add(n.get("slug").asText());
                case "source" -> sources.add(n.has("url") ? n.get("url").asText() : n.get("title").asText());
                case "context-event" -> {
                    assertTrue(companies.contains(n.get("company").asText()), line);
                    n.get("sources").forEach(s -> assertTrue(sources.contains(s.has("url") ? s.get("url").asText()
                            : s.get("title").asText()), line));
                    contexts.add(n.get("key").asText());
                }
                case "event" -> {
                    assertTrue(people.contains(n.get("person").asText()), line);
                    assertTrue(companies.contains(n.get("company").asText()), line);
                    for (String ref : new String[] {"destination", "origin"}) {
                        if (n.has(ref)) {
                            assertTrue(companies.contains(n.get(ref).asText()), line);
                        }
                    }
                    n.get("sources").forEach(s -> assertTrue(sources.contains(s.has("url") ? s.get("url").asText()
                            : s.get("title").asText()), line));
                    if (n.has("context")) {
                        n.get("context").forEach(c -> assertTrue(contexts.contains(c.asText()), line));
                    }
                }
                default -> fail("unknown kind " + line);
            }
        }
        assertEquals(List.of("company", "person", "source", "context-event", "event"), kinds);
    }

    @Test
    void importingTheExportAgainChangesNothing() throws Exception {
        someRecords();
        String before = export();
        JsonNode counts = importFile(before, "application/x-ndjson");
        assertEquals(0, sum(counts, "created"), counts.toString());
        assertEquals(0, sum(counts, "updated"), counts.toString());
        assertEquals(before.lines().count(), sum(counts, "unchanged"), counts.toString());
        assertEquals(before, export(), "the same file twice changes nothing");
    }

    @Test
    void aRetractedEventTravelsWithItsRetractionAndComesBackRetracted() throws Exception {
        String company = createCompany(unique("Retracted Transfer"));
        Map<String, Object> e = departure(unique("Retracted Traveller"), "unused");
        e.put("company", company);
        int id = postEvent(e);
        String key = anonymous().get("/api/events/" + id).then().extract().path("key");
        admin().body(Map.of("reason", "The story was corrected: he stayed.")).post("/api/events/" + id + "/retraction")
                .then().statusCode(200);
        String at = anonymous().get("/api/events/" + id).then().extract().path("retracted.at");

        String file = export();
        String line = file.lines().filter(l -> l.contains("\"key\":\"" + key + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("the retracted event is not exported"));
        JsonNode retraction = JSON.readTree(line).get("retraction");
        assertEquals("The story was corrected: he stayed.", retraction.get("reason").asText(), line);
        assertEquals(java.time.Instant.parse(at), java.time.Instant.parse(retraction.get("at").asText()));

        // the same file again: the retracted event is found (not created twice) and left alone
        JsonNode again = importFile(file, "application/x-ndjson");
        assertEquals(0, sum(again, "created"), again.toString());
        assertEquals(0, sum(again, "updated"), again.toString());

        // gone from this database, it comes back from the file retracted, with its reason and time
        admin().delete("/api/events/" + id).then().statusCode(204);
        JsonNode back = importFile(line + "\n", "application/x-ndjson");
        assertEquals(1, back.get("created").get("event").asInt(), back.toString());
        // hidden from the lists, and exported again with the same retraction (reason and time)
        anonymous().queryParam("company", company).get("/api/events").then().body("total", is(0));
        assertEquals(file, export(), "export, import, export: the same lines");

        // a line without the retraction puts the event back in the lists; a malformed one is refused
        assertEquals(1, importFile(line.replaceAll(",\"retraction\":\\{[^}]*}", "") + "\n", "application/x-ndjson")
                .get("updated").get("event").asInt());
        anonymous().queryParam("company", company).get("/api/events").then().body("total", is(1));
        admin().contentType("application/x-ndjson").body(bytes(line.replace("The story was corrected: he stayed.", " ")))
                .post("/api/import").then().statusCode(400).body(containsString("retraction.reason"));
    }

    @Test
    void aChangedRecordIsUpdatedAndAnEqualOneLeftAlone() throws Exception {
        String slug = Slugs.slugify(unique("Changing Labs"));
        String line = "{\"kind\":\"company\",\"slug\":\"" + slug + "\",\"name\":\"Changing Labs\"}\n";
        JsonNode first = importFile(line, "application/x-ndjson");
        assertEquals(1, first.get("created").get("company").asInt());
        anonymous().get("/api/companies/" + slug).then().statusCode(200).body("version", is(0));
        assertEquals(1, importFile(line, "application/x-ndjson").get("unchanged").get("company").asInt());
        JsonNode changed = importFile(line.replace("\"}", "\",\"description\":\"Now described.\"}"),
                "application/x-ndjson");
        assertEquals(1, changed.get("updated").get("company").asInt(), changed.toString());
        anonymous().get("/api/companies/" + slug).then().statusCode(200)
                .body("description", is("Now described.")).body("version", is(1));
    }

    @Test
    void aFileWithThreeBadRecordsIsRefusedWholeWithThreeErrors() {
        String company = Slugs.slugify(unique("Refused Labs"));
        String person = Slugs.slugify(unique("Refused Person"));
        String file = String.join("\n",
                "{\"kind\":\"company\",\"slug\":\"" + company + "\",\"name\":\"Refused Labs\"}",
                "{\"kind\":\"person\",\"name\":\"No Slug\"}",
                "{\"kind\":\"person\",\"slug\":\"" + person + "\",\"name\":\"Refused Person\"}",
                "{\"kind\":\"event\",\"type\":\"LEFT\",\"date\":\"2026-01\",\"person\":\"" + person + "\",\"company\":\""
                        + company + "\",\"role\":{\"category\":\"SAFETY\"},\"sources\":[{\"url\":\"https://example.com/r\"}]}",
                "{\"kind\":\"event\",\"type\":\"HIRE\",\"date\":\"2026-02\",\"person\":\"nobody-" + person
                        + "\",\"company\":\"" + company + "\",\"role\":{\"category\":\"SAFETY\"},"
                        + "\"sources\":[{\"url\":\"https://example.com/r\"}]}",
                "");
        admin().contentType("application/x-ndjson").body(bytes(file)).post("/api/import").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.line", contains(2, 4, 5))
                .body("errors.field", contains("slug", "type", "person"))
                .body("errors.message", everyItem(not(emptyOrNullString())));
        anonymous().get("/api/companies/" + company).then().statusCode(404);
        anonymous().get("/api/people/" + person).then().statusCode(404);
    }

    @Test
    void threeBadRecordsGiveThreeErrorsWithTheirLines() {
        String company = Slugs.slugify(unique("Three Labs"));
        String file = String.join("\n",
                "{\"kind\":\"company\",\"slug\":\"" + company + "\",\"name\":\"Three Labs\"}",
                "{\"kind\":\"company\",\"slug\":\"Not A Slug\",\"name\":\"Bad\"}",
                "{\"kind\":\"spaceship\",\"slug\":\"x\"}",
                "not json at all",
                "");
        admin().contentType("application/x-ndjson").body(bytes(file)).post("/api/import").then()
                .statusCode(400).body("errors.line", contains(2, 3, 4)).body("errors.field", contains("slug", "kind",
                        "body"));
        anonymous().get("/api/companies/" + company).then().statusCode(404);
    }

    @Test
    void csvRoundTripsQuotesCommasNewlinesAndNonAsciiNames() throws Exception {
        String companyName = "Zürich, \"Quoted\" Labs " + unique("é");
        String company = createCompany(companyName);
        String personName = "Þórunn Ægisdóttir-Ñúñez " + unique("ø");
        String person = createPerson(personName);
        Map<String, Object> e = event("DEPARTURE", "2025-11", person, company, "Head of \"Safety\", Europe", "SAFETY");
        e.put("summary", "Left, said:\n\"It was time.\"\nMore, later.");
        e.put("reason", "=HYPERLINK(\"http://evil.example\")");
        String launch = postContextEvent(contextEvent(company, "PRODUCT_LAUNCH", "Model, \"Ω\"", "2025-10"));
        e.put("context", List.of(launch));
        int id = postEvent(e);
        String csv = anonymous().accept("text/csv").queryParam("company", company).get("/api/events")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals(csv, anonymous().queryParam("company", company).queryParam("format", "csv").get("/api/events")
                .then().statusCode(200).extract().asString(), "format=csv is the same CSV");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(1, rows.size());
        assertEquals(personName, rows.get(0).get("personName"));
        assertEquals("'=HYPERLINK(\"http://evil.example\")", rows.get(0).get("reason"), "formula neutralized");

        admin().delete("/api/events/" + id).then().statusCode(204);
        admin().delete("/api/people/" + person).then().statusCode(204);
        JsonNode counts = importFile(csv, "text/csv");
        assertEquals(1, counts.get("created").get("event").asInt(), counts.toString());
        assertEquals(1, counts.get("created").get("person").asInt(), counts.toString());
        String again = anonymous().accept("text/csv").queryParam("company", company).get("/api/events")
                .then().statusCode(200).extract().asString();
        assertEquals(withoutIds(csv), withoutIds(again));
        assertEquals(1, importFile(again, "text/csv").get("unchanged").get("event").asInt(), "idempotent");
    }

    private static String withoutIds(String csv) throws Exception {
        StringWriter out = new StringWriter();
        var printer = CSVFormat.RFC4180.print(out);
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            List<String> cells = new ArrayList<>(r.toList());
            cells.remove(0);
            printer.printRecord(cells);
        }
        printer.flush();
        return out.toString();
    }

    @Test
    void aLargeFileIsImportedInTheBackgroundWithItsProgress() throws Exception {
        String prefix = "bg" + Long.toString(System.nanoTime(), 36);
        StringWriter file = new StringWriter();
        SyntheticData.write(file, 2500, prefix);
        assertTrue(file.toString().length() > 1024 * 1024, "over the size imported while the client waits");
        Response r = admin().contentType("application/x-ndjson").body(bytes(file.toString())).post("/api/import");
        assertEquals(202, r.statusCode(), r.asString());
        assertTrue(r.header("Location").matches(".*/api/import/[0-9a-f-]{36}"), r.header("Location"));
        JsonNode done = importFile(file.toString(), "application/x-ndjson");
        // the second import of the same file: everything unchanged once the first one is done
        assertEquals(2500, done.get("unchanged").get("event").asInt(), done.toString());
        admin().get(r.header("Location")).then().statusCode(200).body("state", is("DONE"))
                .body("created.event", is(2500)).body("processed", greaterThan(0)).body("errors", empty());
        anonymous().queryParam("company", prefix + "-company-0").queryParam("limit", 1).get("/api/events")
                .then().statusCode(200).body("total", greaterThan(0));
    }

    @Test
    void exportNeedsAnEditorAndImportAnAdmin() {
        anonymous().get("/api/export").then().statusCode(401);
        as(createUser("viewer")).get("/api/export").then().statusCode(403);
        String editor = createUser("editor");
        as(editor).get("/api/export").then().statusCode(200);
        as(editor).contentType("application/x-ndjson").body(bytes("")).post("/api/import").then().statusCode(403);
        admin().get("/api/import/no-such-import").then().statusCode(404);
    }

    @Test
    void anImportOfAnotherMediaTypeIsA415() {
        admin().contentType("application/xml").body("<a/>").post("/api/import").then().statusCode(415);
    }
}
