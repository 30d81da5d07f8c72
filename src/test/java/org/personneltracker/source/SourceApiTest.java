package org.personneltracker.source;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.Slugs;

@QuarkusTest
class SourceApiTest {

    /** A fresh host and path: "x.com/a" style addresses no other test uses. */
    private static String freshPath() {
        return Slugs.slugify(unique("src")) + ".example.com/a";
    }

    private static int createSource(Map<String, Object> body) {
        return admin().body(body).post("/api/sources").then().statusCode(201).extract().path("id");
    }

    // ---------------------------------------------------------------- create and de-duplicate

    @Test
    void postStoresTheNormalizedUrlAndAnswers201WithLocation() {
        String path = freshPath();
        int id = admin().body(Map.of("url", "http://www." + path + "/?utm_source=y#top", "title", "An article",
                        "publisher", "Example", "tier", "TRADE", "publishedDate", "2026-02-10",
                        "retrievedAt", "2026-02-11T09:30:00Z"))
                .post("/api/sources")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/sources/[0-9]+$"))
                .body("url", is("https://" + path))
                .body("title", is("An article"))
                .body("publisher", is("Example"))
                .body("tier", is("TRADE"))
                .body("publishedDate", is("2026-02-10"))
                .body("retrievedAt", is("2026-02-11T09:30:00Z"))
                .body("version", is(0))
                .extract().path("id");
        anonymous().get("/api/sources/" + id).then().statusCode(200).body("url", is("https://" + path));
    }

    @Test
    void aDuplicateByNormalizedUrlIsA409PointingAtTheStoredSource() {
        String path = freshPath();
        int id = createSource(Map.of("url", "http://www." + path + "/?utm_source=y", "title", "First"));
        admin().body(Map.of("url", "https://" + path, "title", "Second")).post("/api/sources")
                .then().spec(problem(409))
                .header("Location", endsWith("/api/sources/" + id));
        anonymous().queryParam("url", "https://" + path).get("/api/sources")
                .then().body("total", is(1)).body("items[0].title", is("First"));
    }

    @Test
    void onlyHttpAndHttpsUrlsAreAccepted() {
        admin().body(Map.of("url", "ftp://example.com/file.txt", "title", "t", "publisher", "p"))
                .post("/api/sources").then().spec(badRequest("url"));
        admin().body(Map.of("url", "javascript:alert(1)")).post("/api/sources").then().spec(badRequest("url"));
        admin().body(Map.of("url", "https://")).post("/api/sources").then().spec(badRequest("url"));
    }

    @Test
    void aSourceWithoutUrlNeedsTitleAndPublisher() {
        admin().body(Map.of("title", "Only a title")).post("/api/sources").then().spec(problem(400))
                .body("violations.field", hasItem(anyOf(is("url"), is("publisher"), is("title"))));
        admin().body(Map.of("publisher", "Only a publisher")).post("/api/sources").then().spec(problem(400));
    }

    @Test
    void aSourceWithoutUrlDeduplicatesOnTitlePublisherAndDate() {
        String title = unique("Printed interview");
        int id = createSource(Map.of("title", title, "publisher", "The Paper", "publishedDate", "2025-03"));
        admin().body(Map.of("title", title, "publisher", "The Paper", "publishedDate", "2025-03"))
                .post("/api/sources").then().spec(problem(409)).header("Location", endsWith("/api/sources/" + id));
        // another date is another source
        int other = createSource(Map.of("title", title, "publisher", "The Paper", "publishedDate", "2025-04"));
        anonymous().get("/api/sources/" + other).then().statusCode(200).body("url", nullValue())
                .body("title", is(title)).body("publishedDate", is("2025-04"));
    }

    @Test
    void badFieldsAre400s() {
        String path = freshPath();
        admin().body(Map.of("url", "https://" + path, "publishedDate", "2026-02-30")).post("/api/sources")
                .then().spec(badRequest("publishedDate"));
        admin().body(Map.of("url", "https://" + path, "tier", "GOSSIP")).post("/api/sources")
                .then().spec(badRequest("tier"));
        admin().body(Map.of("url", "https://" + path, "color", "red")).post("/api/sources")
                .then().spec(badRequest("color"));
        admin().body(Map.of("url", "https://" + path, "retrievedAt", "yesterday")).post("/api/sources")
                .then().spec(badRequest("retrievedAt"));
        anonymous().queryParam("url", "https://" + path).get("/api/sources").then().body("total", is(0));
    }

    // ---------------------------------------------------------------- read

    @Test
    void listFilterUrlMatchesAfterNormalization() {
        String path = freshPath();
        int id = createSource(Map.of("url", "https://" + path + "?id=7"));
        anonymous().queryParam("url", "HTTP://WWW." + path + "/?id=7&utm_campaign=z&fbclid=1").get("/api/sources")
                .then().statusCode(200).body("total", is(1)).body("items.id", contains(id)).body("next", nullValue());
        anonymous().queryParam("url", "ftp://" + path).get("/api/sources").then().spec(badRequest("url"));
    }

    @Test
    void getListsTheEventsAndContextEventsThatCiteIt() {
        String url = uniqueUrl();
        String company = createCompany(unique("Cited Co"));
        String person = createPerson(unique("Cited Person"));
        Map<String, Object> e = event("HIRE", "2024-03-01", person, company, "Engineer", "ENGINEERING");
        e.put("sources", List.of(Map.of("url", url, "title", "The story", "publisher", "Wire", "quote", "Joined.")));
        int eventId = postEvent(e);
        int sourceId = anonymous().get("/api/events/" + eventId).then().extract().path("sources[0].id");
        int contextId = admin().body(Map.of("company", company, "type", "PRODUCT_LAUNCH", "title", "Widget 1",
                        "date", "2024-03-02", "sources", List.of(Map.of("url", url, "quote", "Launched."))))
                .post("/api/context-events").then().statusCode(201)
                .body("sources[0].id", is(sourceId)).extract().path("id");
        anonymous().get("/api/sources/" + sourceId).then().statusCode(200)
                .body("citedBy.events.id", contains(eventId))
                .body("citedBy.events[0].quote", is("Joined."))
                .body("citedBy.contextEvents.id", contains(contextId))
                .body("citedBy.contextEvents[0].quote", is("Launched."))
                .body("citedBy.contextEvents[0].title", is("Widget 1"));
    }

    @Test
    void unknownIdIsA404() {
        anonymous().get("/api/sources/999999999").then().spec(problem(404));
        anonymous().get("/api/sources/abc").then().spec(problem(404));
    }

    // ---------------------------------------------------------------- update

    @Test
    void putWithVersionUpdatesAndAStaleVersionIsA409() {
        String path = freshPath();
        int id = createSource(Map.of("url", "https://" + path, "title", "Draft title"));
        admin().body(Map.of("url", "https://" + path, "title", "Final title", "publisher", "Example", "version", 0))
                .put("/api/sources/" + id).then().statusCode(200)
                .body("title", is("Final title")).body("version", is(1));
        admin().body(Map.of("url", "https://" + path, "title", "Lost update", "version", 0))
                .put("/api/sources/" + id).then().spec(problem(409));
        admin().body(Map.of("url", "https://" + path, "title", "No version")).put("/api/sources/" + id)
                .then().spec(badRequest("version"));
        int other = createSource(Map.of("url", uniqueUrl()));
        admin().body(Map.of("url", "http://www." + path + "/", "version", 0)).put("/api/sources/" + other)
                .then().spec(problem(409)).header("Location", endsWith("/api/sources/" + id));
        anonymous().get("/api/sources/" + id).then().body("title", is("Final title")).body("version", is(1));
    }

    @Test
    void theBodyOfAGetCanBePutBack() {
        String url = uniqueUrl();
        String company = createCompany(unique("Roundtrip Source Co"));
        Map<String, Object> e = event("HIRE", "2024", createPerson(unique("Rt Person")), company, "Eng", "ENGINEERING");
        e.put("sources", List.of(Map.of("url", url, "title", "T", "publisher", "P", "tier", "MAJOR",
                "publishedDate", "2024-01", "retrievedAt", "2024-01-05T10:00:00Z")));
        int eventId = postEvent(e);
        int sourceId = anonymous().get("/api/events/" + eventId).then().extract().path("sources[0].id");
        Map<String, Object> read = anonymous().get("/api/sources/" + sourceId).then().statusCode(200)
                .body("citedBy", notNullValue()).extract().as(Map.class);
        admin().body(read).put("/api/sources/" + sourceId).then().statusCode(200)
                .body("url", is(url)).body("title", is("T")).body("tier", is("MAJOR"))
                .body("publishedDate", is("2024-01"));
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deletingACitedSourceIsA409AndAnUncitedOneIs204ForAdmins() {
        String url = uniqueUrl();
        Map<String, Object> e = event("HIRE", "2024", createPerson(unique("Del Person")),
                createCompany(unique("Del Co")), "Eng", "ENGINEERING");
        e.put("sources", List.of(Map.of("url", url)));
        int eventId = postEvent(e);
        int cited = anonymous().get("/api/events/" + eventId).then().extract().path("sources[0].id");
        admin().delete("/api/sources/" + cited).then().spec(problem(409));
        anonymous().get("/api/sources/" + cited).then().statusCode(200);

        int uncited = createSource(Map.of("url", uniqueUrl()));
        as(createUser("editor")).delete("/api/sources/" + uncited).then().spec(problem(403));
        admin().delete("/api/sources/" + uncited).then().statusCode(204);
        anonymous().get("/api/sources/" + uncited).then().spec(problem(404));
    }

    // ---------------------------------------------------------------- shared by events

    @Test
    void twoEventsCitingOneUrlShareTheStoredSourceEachWithItsOwnQuote() {
        String url = uniqueUrl();
        String company = createCompany(unique("Shared Source Co"));
        Map<String, Object> first = event("DEPARTURE", "2025-01-10", createPerson(unique("First Leaver")), company,
                "Engineer", "ENGINEERING");
        first.put("sources", List.of(new LinkedHashMap<>(Map.of("url", url + "?utm_medium=social",
                "title", "Two leave", "publisher", "First Publisher", "quote", "The first one left."))));
        Map<String, Object> second = event("DEPARTURE", "2025-01-11", createPerson(unique("Second Leaver")), company,
                "Engineer", "ENGINEERING");
        second.put("sources", List.of(new LinkedHashMap<>(Map.of("url", url.replace("https://", "http://www."),
                "title", "A different title", "publisher", "Other Publisher", "quote", "The second one left."))));
        int a = postEvent(first);
        int b = postEvent(second);
        int sa = anonymous().get("/api/events/" + a).then().body("sources[0].quote", is("The first one left."))
                .extract().path("sources[0].id");
        int sb = anonymous().get("/api/events/" + b).then()
                .body("sources[0].quote", is("The second one left."))
                .body("sources[0].title", is("Two leave"))
                .body("sources[0].publisher", is("First Publisher"))
                .extract().path("sources[0].id");
        assertEquals(sa, sb);
        anonymous().queryParam("url", url).get("/api/sources").then().body("total", is(1))
                .body("items[0].title", is("Two leave")).body("items[0].publisher", is("First Publisher"));
        anonymous().get("/api/sources/" + sa).then().body("citedBy.events.id", containsInAnyOrder(a, b));
    }
}
