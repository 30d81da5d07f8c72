package org.personneltracker.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.Slugs;

@QuarkusTest
class EventApiTest {

    private static int eventCount() {
        return anonymous().get("/api/events?limit=1").then().statusCode(200).extract().path("total");
    }

    private static int personCount() {
        return anonymous().get("/api/people?limit=1").then().statusCode(200).extract().path("total");
    }

    private static int post(Map<String, Object> body) {
        return admin().body(body).post("/api/events").then().statusCode(201).extract().path("id");
    }

    /** Posts a bad body and checks the 400 problem names the field, and that nothing was stored. */
    private static void refused(Object body, String field) {
        int events = eventCount();
        int people = personCount();
        admin().body(body).post("/api/events").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("violations.field", hasItem(field));
        assertEquals(events, eventCount(), "no event stored");
        assertEquals(people, personCount(), "no person stored");
    }

    @Test
    void loggingADepartureStoresItWithItsSourceAndReadsItBack() {
        String person = unique("Jane Doe");
        String company = unique("Acme AI");
        Map<String, Object> body = departure(person, company);
        int id = admin().body(body).post("/api/events")
                .then().statusCode(201)
                .header("Location", containsString("/api/events/"))
                .body("type", is("DEPARTURE"))
                .body("date", is("2026-02-09"))
                .body("datePrecision", is("DAY"))
                .body("dateApproximate", is(false))
                .body("person.name", is(person))
                .body("person.slug", is(Slugs.slugify(person)))
                .body("company.name", is(company))
                .body("role.category", is("SAFETY"))
                .body("role.seniority", is("HEAD"))
                .body("role.founder", is(false))
                .body("circumstance", is("RESIGNED"))
                .body("confidence", is("REPORTED"))
                .body("sources[0].url", startsWith("https://example.com/news/"))
                .body("sources[0].url", not(containsString("utm_source")))
                .body("sources[0].quote", is("I resigned."))
                .body("sources[0].tier", is("TRADE"))
                .body("key", is(Slugs.slugify(company) + "-2026-02-09-departure-" + Slugs.slugify(person)))
                .body("version", is(0))
                .extract().path("id");
        anonymous().get("/api/events/" + id).then().statusCode(200)
                .body("id", is(id)).body("person.name", is(person)).body("sources", hasSize(1));
    }

    @Test
    void monthAndYearPrecisionAreKept() {
        Map<String, Object> body = with(departure(unique("Month Person"), unique("Month Co")), "date", "2024-05");
        body.put("dateApproximate", true);
        int id = post(body);
        anonymous().get("/api/events/" + id).then()
                .body("date", is("2024-05")).body("datePrecision", is("MONTH")).body("dateApproximate", is(true));
        int year = post(with(departure(unique("Year Person"), unique("Year Co")), "date", "2024"));
        anonymous().get("/api/events/" + year).then().body("date", is("2024")).body("datePrecision", is("YEAR"));
    }

    @Test
    void aHireCarriesItsOriginAndARoleChangeItsPreviousRole() {
        String from = unique("Origin Co");
        Map<String, Object> hire = departure(unique("Hired Person"), unique("Hiring Co"));
        hire.put("type", "HIRE");
        hire.remove("circumstance");
        hire.put("origin", Map.of("name", from));
        admin().body(hire).post("/api/events").then().statusCode(201)
                .body("origin.name", is(from)).body("destination", nullValue());

        Map<String, Object> change = departure(unique("Promoted Person"), unique("Promo Co"));
        change.put("type", "ROLE_CHANGE");
        change.remove("circumstance");
        change.put("previousRole", Map.of("title", "Researcher", "category", "RESEARCH", "seniority", "IC"));
        admin().body(change).post("/api/events").then().statusCode(201)
                .body("previousRole.title", is("Researcher")).body("previousRole.seniority", is("IC"))
                .body("key", containsString("-role-change-"));
    }

    @Test
    void aSecondSourceWithTheSameNormalizedUrlIsLinkedNotDuplicated() {
        String path = "https://www.example.org/story-" + System.nanoTime();
        Map<String, Object> first = departure(unique("Src One"), unique("Src Co"));
        first.put("sources", List.of(Map.of("url", path + "/", "title", "Original title", "publisher", "Example",
                "quote", "first quote")));
        Map<String, Object> second = departure(unique("Src Two"), unique("Src Co"));
        second.put("sources", List.of(Map.of("url", path.replace("https://www.", "http://") + "?utm_medium=x#frag",
                "title", "Another title", "publisher", "Other", "quote", "second quote")));
        Response a = admin().body(first).post("/api/events");
        Response b = admin().body(second).post("/api/events");
        a.then().statusCode(201);
        b.then().statusCode(201)
                .body("sources[0].title", is("Original title"))
                .body("sources[0].publisher", is("Example"))
                .body("sources[0].quote", is("second quote"));
        assertEquals((Integer) a.path("sources[0].id"), (Integer) b.path("sources[0].id"));
        assertEquals("first quote", a.path("sources[0].quote"));
    }

    @Test
    void aSourceWithoutAnAddressIsCitedByTitleAndPublisher() {
        String title = unique("Printed interview");
        Map<String, Object> body = departure(unique("Print Person"), unique("Print Co"));
        body.put("sources", List.of(Map.of("title", title, "publisher", "The Paper", "publishedDate", "2026-02",
                "tier", "MAJOR")));
        int first = admin().body(body).post("/api/events").then().statusCode(201)
                .body("sources[0].url", nullValue()).body("sources[0].title", is(title))
                .extract().path("sources[0].id");
        Map<String, Object> again = departure(unique("Print Person"), unique("Print Co"));
        again.put("sources", List.of(Map.of("title", title, "publisher", "The Paper", "publishedDate", "2026-02")));
        int second = admin().body(again).post("/api/events").then().statusCode(201).extract().path("sources[0].id");
        assertEquals(first, second);
    }

    @Test
    void aNameOrAliasLinksToTheExistingPerson() {
        String name = unique("Alias Person");
        String alias = unique("A. Person");
        admin().body(Map.of("name", name, "aliases", List.of(alias))).post("/api/people").then().statusCode(201);
        int people = personCount();
        admin().body(with(departure(alias.toUpperCase(), unique("Alias Co")), "person", Map.of("name", alias.toUpperCase())))
                .post("/api/events").then().statusCode(201).body("person.name", is(name));
        assertEquals(people, personCount());
    }

    @Test
    void aNameSharedByTwoPeopleMustBeGivenAsASlug() {
        String alias = unique("Shared Alias");
        admin().body(Map.of("name", unique("First Holder"), "aliases", List.of(alias))).post("/api/people").then().statusCode(201);
        admin().body(Map.of("name", unique("Second Holder"), "aliases", List.of(alias))).post("/api/people").then().statusCode(201);
        refused(with(departure("x", unique("Shared Co")), "person", Map.of("name", alias)), "person");
    }

    @Test
    void referencesAcceptSlugStringsAndSlugObjects() {
        String person = createPerson(unique("Slug Person"));
        String company = createCompany(unique("Slug Co"));
        int id = admin().body(with(with(departure("x", "y"), "person", person), "company", Map.of("slug", company)))
                .post("/api/events").then().statusCode(201)
                .body("person.slug", is(person)).body("company.slug", is(company)).extract().path("id");
        // the same move again derives the same key: 409 with the existing address
        admin().body(with(with(departure("x", "y"), "person", Map.of("slug", person)), "company", company))
                .post("/api/events").then().statusCode(409)
                .contentType("application/problem+json")
                .header("Location", endsWith("/api/events/" + id));
    }

    @Test
    void anExistingKeyIsAConflictPointingAtTheRecordedEvent() {
        Map<String, Object> body = departure(unique("Key Person"), unique("Key Co"));
        String key = "custom-key-" + System.nanoTime();
        body.put("key", key);
        int id = post(body);
        int events = eventCount();
        admin().body(with(departure(unique("Other"), unique("Other Co")), "key", key)).post("/api/events").then()
                .statusCode(409).header("Location", endsWith("/api/events/" + id));
        assertEquals(events, eventCount());
    }

    @Test
    void everyKindOfBadBodyIsA400NamingTheField() {
        Map<String, Object> ok = departure(unique("Bad Person"), unique("Bad Co"));
        refused(with(ok, "sources", null), "sources");
        refused(with(ok, "sources", List.of()), "sources");
        refused(with(ok, "date", "2026-02-30"), "date");
        refused(with(ok, "date", "9 Feb 2026"), "date");
        refused(with(ok, "date", 2026), "date");
        refused(with(ok, "announcedDate", "2026-13"), "announcedDate");
        refused(with(ok, "type", null), "type");
        refused(with(ok, "type", "RESIGNATION"), "type");
        refused(with(ok, "person", null), "person");
        refused(with(ok, "person", 42), "person");
        refused(with(ok, "person", Map.of("nickname", "x")), "person.nickname");
        refused(with(ok, "person", "no-such-person-slug"), "person");
        refused(with(ok, "company", Map.of("slug", "no-such-company-slug")), "company");
        refused(with(ok, "role", null), "role");
        refused(with(ok, "role", Map.of("title", "x", "category", "SAFETEY")), "role.category");
        refused(with(ok, "role", Map.of("title", "x")), "role.category");
        refused(with(ok, "role", Map.of("title", "x", "category", "SAFETY", "founder", "yes")), "role.founder");
        refused(with(ok, "version", "3"), "version");
        refused(with(ok, "confidence", "SURE"), "confidence");
        refused(with(ok, "unexpected", true), "unexpected");
        refused(with(ok, "context", List.of("no-such-context-key")), "context[0]");
        refused(with(ok, "sources", List.of(Map.of("url", "ftp://example.com/x", "title", "t"))), "sources[0].url");
        refused(with(ok, "sources", List.of(Map.of("url", "javascript:alert(1)"))), "sources[0].url");
        refused(with(ok, "sources", List.of(Map.of("title", "No address"))), "sources[0].url");
        refused(with(ok, "sources", List.of(Map.of("url", "https://example.com/a", "publishedDate", "2026-02-30"))),
                "sources[0].publishedDate");
        refused(with(ok, "sources", List.of(Map.of("url", "https://example.com/a", "quote", 7))), "sources[0].quote");
        refused(with(ok, "sources", List.of(Map.of("url", "https://example.com/dup"), Map.of("url", "http://www.example.com/dup/"))),
                "sources[1]");
        refused(with(ok, "summary", "x".repeat(4001)), "summary");
        refused(with(ok, "sources", List.of(Map.of("url", "https://example.com/a"),
                Map.of("url", "https://example.com/b", "quote", "q".repeat(4001)))), "sources[1].quote");
        refused(with(ok, "role", Map.of("title", "t".repeat(301), "category", "SAFETY")), "role.title");
    }

    @Test
    void fieldsThatDoNotApplyToTheTypeAreRefused() {
        Map<String, Object> hire = departure(unique("Hire Person"), unique("Hire Co"));
        hire.put("type", "HIRE");
        refused(hire, "circumstance");
        hire.remove("circumstance");
        String other = createCompany(unique("Other Co"));
        refused(with(hire, "destination", other), "destination");
        Map<String, Object> dep = departure(unique("Dep Person"), unique("Dep Co"));
        refused(with(dep, "origin", other), "origin");
        refused(with(dep, "previousRole", Map.of("category", "RESEARCH")), "previousRole");
    }

    @Test
    void malformedJsonIsAProblemNotAServerError() {
        for (String raw : List.of("{", "{\"type\": }", "[]", "\"text\"", "null", "{} {}", "")) {
            admin().body(raw).post("/api/events").then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.XML).body("<a/>")
                .post("/api/events").then().statusCode(415);
    }

    @Test
    void putReplacesTheEventAndAStaleVersionChangesNothing() {
        Map<String, Object> body = departure(unique("Put Person"), unique("Put Co"));
        int id = post(body);
        Map<String, Object> read = anonymous().get("/api/events/" + id).then().extract().as(Map.class);
        // GET, change a field, PUT the body back: read-only fields are accepted and ignored
        Map<String, Object> changed = new LinkedHashMap<>(read);
        changed.put("summary", "Corrected summary.");
        changed.put("date", "2026-02");
        admin().body(changed).put("/api/events/" + id).then().statusCode(200)
                .body("summary", is("Corrected summary.")).body("date", is("2026-02"))
                .body("datePrecision", is("MONTH")).body("version", is(1))
                .body("key", is(read.get("key")));
        // the stale version 0 again: 409, and the stored event stays as it is
        Map<String, Object> stale = new LinkedHashMap<>(read);
        stale.put("summary", "Lost update");
        admin().body(stale).put("/api/events/" + id).then().statusCode(409).contentType("application/problem+json");
        anonymous().get("/api/events/" + id).then().body("summary", is("Corrected summary.")).body("version", is(1));
        admin().body(with(changed, "version", null)).put("/api/events/" + id).then().statusCode(400)
                .body("violations.field", hasItem("version"));
        admin().body(with(changed, "version", 1)).put("/api/events/999999999").then().statusCode(404);
    }

    @Test
    void putKeepsSourcesAndContextAsSent() {
        String company = createCompany(unique("Ctx Co"));
        String launch = postContextEvent(contextEvent(company, "PRODUCT_LAUNCH", "Model Five", "2026-02-05"));
        Map<String, Object> body = departure(unique("Ctx Person"), "unused");
        body.put("company", company);
        body.put("date", "2026-02-12");
        body.put("key", "test-ctx-" + System.nanoTime());
        body.put("context", List.of(launch));
        int id = post(body);
        Map<String, Object> read = anonymous().get("/api/events/" + id).then()
                .body("context[0].key", is(launch))
                .body("context[0].type", is("PRODUCT_LAUNCH"))
                .extract().as(Map.class);
        List<Object> sources = new ArrayList<>((List<?>) read.get("sources"));
        sources.add(Map.of("url", "https://example.net/second-" + System.nanoTime(), "quote", "second"));
        Map<String, Object> changed = new LinkedHashMap<>(read);
        changed.put("sources", sources);
        changed.put("context", List.of());
        admin().body(changed).put("/api/events/" + id).then().statusCode(200)
                .body("sources", hasSize(2)).body("sources[1].quote", is("second")).body("context", hasSize(0));
    }

    @Test
    void writesNeedAnEditorAndDeletesAnAdmin() {
        int id = post(departure(unique("Auth Person"), unique("Auth Co")));
        anonymous().body(departure(unique("Anon"), unique("Anon Co"))).post("/api/events").then()
                .statusCode(401).header("WWW-Authenticate", containsStringIgnoringCase("basic")).header("Location", nullValue());
        anonymous().delete("/api/events/" + id).then().statusCode(401);
        String editor = "editor" + System.nanoTime();
        admin().body(Map.of("username", editor, "password", "editor-password", "role", "editor"))
                .post("/api/users").then().statusCode(201);
        given().auth().preemptive().basic(editor, "editor-password").contentType(ContentType.JSON)
                .body(departure(unique("Ed Person"), unique("Ed Co"))).post("/api/events").then().statusCode(201);
        given().auth().preemptive().basic(editor, "editor-password").delete("/api/events/" + id).then().statusCode(403);
        given().auth().preemptive().basic("admin", "wrong-password").delete("/api/events/" + id).then().statusCode(401);
        admin().delete("/api/events/" + id).then().statusCode(204);
        anonymous().get("/api/events/" + id).then().statusCode(404).contentType("application/problem+json");
        admin().delete("/api/events/" + id).then().statusCode(404);
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() {
        anonymous().get("/api/events/999999999").then().statusCode(404).body("status", is(404));
        anonymous().get("/api/events/abc").then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/api/events/-1").then().statusCode(404);
    }

    @Test
    void anOversizedBodyIsA413() {
        Map<String, Object> body = departure(unique("Big"), unique("Big Co"));
        body.put("summary", "x".repeat(1_200_000));
        int events = eventCount();
        admin().body(body).post("/api/events").then().statusCode(413);
        assertEquals(events, eventCount());
    }

    @Test
    void aNewPersonWithADuplicateNameGetsTheNextSlug() {
        String name = unique("Dup Name");
        admin().body(Map.of("name", name)).post("/api/people").then().statusCode(201).body("slug", is(Slugs.slugify(name)));
        admin().body(Map.of("name", name)).post("/api/people").then().statusCode(201).body("slug", is(Slugs.slugify(name) + "-2"));
    }
}
