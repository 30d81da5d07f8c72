package org.personneltracker.history;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET .../history and POST .../history/{revision}/restore for every kind of record, and corrections. */
@QuarkusTest
class HistoryApiTest {

    @Inject
    EntityManager em;

    private static JsonPath history(String path) {
        return anonymous().get(path + "/history").then().statusCode(200).contentType(containsString("json"))
                .extract().jsonPath();
    }

    private static Map<String, Object> read(String path) {
        return new LinkedHashMap<>(anonymous().get(path).then().statusCode(200).extract().as(Map.class));
    }

    /** An event of a person and company of its own, logged by an editor. */
    private static int loggedByEditor(String editor, String company) {
        Map<String, Object> body = event("HIRE", "2025-03", createPerson(unique("History Person")), company,
                "Research Engineer", "ENGINEERING");
        return as(editor).body(body).post("/api/events").then().statusCode(201).extract().path("id");
    }

    @Test
    void anEventsHistoryShowsWhoChangedWhatWhenWithValuesBeforeAndAfterDeletesIncluded() {
        String editor = createUser("editor");
        String company = createCompany(unique("History Labs"));
        int id = loggedByEditor(editor, company);
        String path = "/api/events/" + id;

        Map<String, Object> body = read(path);
        @SuppressWarnings("unchecked")
        Map<String, Object> role = new LinkedHashMap<>((Map<String, Object>) body.get("role"));
        role.put("title", "Research Lead");
        body.put("role", role);
        body.put("date", "2025-03-14");
        body.put("summary", "Joined to lead research.");
        admin().body(body).put(path).then().statusCode(200);

        JsonPath h = history(path);
        assertEquals(2, h.getList("").size(), h.prettify());
        assertEquals("CREATE", h.getString("[0].action"));
        assertEquals(editor, h.getString("[0].user"));
        assertEquals("Research Engineer", h.getString("[0].changes.'role.title'.to"));
        assertEquals("2025-03", h.getString("[0].changes.date.to"));
        assertEquals(null, h.getString("[0].changes.date.from"));
        assertEquals(company, h.getString("[0].changes.company.to"));
        assertEquals("UPDATE", h.getString("[1].action"));
        assertEquals("admin", h.getString("[1].user"));
        assertEquals(Map.of("from", "Research Engineer", "to", "Research Lead"), h.getMap("[1].changes.'role.title'"));
        assertEquals(Map.of("from", "2025-03", "to", "2025-03-14"), h.getMap("[1].changes.date"));
        assertEquals("Joined to lead research.", h.getString("[1].changes.summary.to"));
        assertEquals(List.of("role.title", "date", "summary").stream().sorted().toList(),
                h.getMap("[1].changes").keySet().stream().sorted().toList(), "only what changed");
        assertFalse(h.getMap("[1].changes").containsKey("sources"), "the unchanged source is not a change");
        long first = h.getLong("[0].revision");
        long second = h.getLong("[1].revision");
        assertEquals(true, second > first, "revisions grow");

        admin().delete(path).then().statusCode(204);
        anonymous().get(path).then().statusCode(404);
        h = history(path);
        assertEquals(3, h.getList("").size(), "a delete is a revision too");
        assertEquals("DELETE", h.getString("[2].action"));
        assertEquals("admin", h.getString("[2].user"));
        assertEquals("Research Lead", h.getString("[2].changes.'role.title'.from"));
        assertEquals(null, h.getString("[2].changes.'role.title'.to"));
        anonymous().get("/api/events/999999999/history").then().spec(problem(404));
    }

    @Test
    void aDeletedEventIsRestoredUnderItsOwnIdWithItsSourcesAndContext() {
        String company = createCompany(unique("Restore Labs"));
        String launch = postContextEvent(contextEvent(company, "PRODUCT_LAUNCH", "Model Nine", "2025-03-01"));
        Map<String, Object> body = event("DEPARTURE", "2025-03-10", createPerson(unique("Restore Person")), company,
                "Safety Lead", "SAFETY");
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) ((List<Object>) body.get("sources")).get(0);
        source.put("quote", "I am leaving.");
        body.put("context", List.of(launch));
        int id = postEvent(body);
        String path = "/api/events/" + id;
        Map<String, Object> before = read(path);
        long created = history(path).getLong("[0].revision");
        admin().delete(path).then().statusCode(204);
        long deleted = history(path).getLong("[1].revision");

        admin().post(path + "/history/" + deleted + "/restore").then().spec(problem(409));
        as(createUser("editor")).post(path + "/history/" + created + "/restore").then().spec(problem(403));
        anonymous().post(path + "/history/" + created + "/restore").then().spec(problem(401));
        admin().post(path + "/history/" + created + "/restore").then().statusCode(201)
                .header("Location", endsWith(path))
                .body("id", is(id))
                .body("key", is(before.get("key")))
                .body("sources[0].quote", is("I am leaving."))
                .body("context[0].key", is(launch));
        Map<String, Object> after = read(path);
        assertEquals(before.get("sources"), after.get("sources"));
        assertEquals(before.get("context"), after.get("context"));
        assertEquals(before.get("role"), after.get("role"));
        JsonPath h = history(path);
        assertEquals(List.of("CREATE", "DELETE", "CREATE"), h.getList("action"));
        assertEquals("restored revision " + created, h.getString("[2].note"));
        assertEquals("admin", h.getString("[2].user"));
    }

    @Test
    void restoringAnOlderRevisionUndoesALaterChangeAsANewRevision() {
        String company = createCompany(unique("Undo Labs"));
        int id = postEvent(event("HIRE", "2024-05", createPerson(unique("Undo Person")), company, "Engineer",
                "ENGINEERING"));
        String path = "/api/events/" + id;
        Map<String, Object> body = read(path);
        String other = createCompany(unique("Wrong Labs"));
        body.put("company", other);
        body.put("summary", "A wrong edit.");
        admin().body(body).put(path).then().statusCode(200).body("corrected.fields", contains("company"));
        long first = history(path).getLong("[0].revision");

        admin().post(path + "/history/" + first + "/restore").then().statusCode(200)
                .body("company.slug", is(company)).body("summary", nullValue()).body("version", is(2));
        JsonPath h = history(path);
        assertEquals(3, h.getList("").size());
        assertEquals(Map.of("from", other, "to", company), h.getMap("[2].changes.company"));
        assertEquals("restored revision " + first, h.getString("[2].note"));
        admin().post(path + "/history/999999999/restore").then().spec(problem(404));
        long otherEventsRevision = history("/api/events/" + postEvent(event("HIRE", "2024", createPerson(
                unique("Else")), company, "Engineer", "ENGINEERING"))).getLong("[0].revision");
        admin().post(path + "/history/" + otherEventsRevision + "/restore").then().spec(problem(404));
    }

    @Test
    void restoringWhatWouldBreakAReferenceOrAUniqueSlugIsA409() {
        String person = createPerson(unique("Gone Person"));
        String company = createCompany(unique("Gone Labs"));
        int id = postEvent(event("HIRE", "2024", person, company, "Engineer", "ENGINEERING"));
        long created = history("/api/events/" + id).getLong("[0].revision");
        admin().delete("/api/events/" + id).then().statusCode(204);
        admin().delete("/api/people/" + person).then().statusCode(204);
        admin().post("/api/events/" + id + "/history/" + created + "/restore").then().spec(problem(409))
                .body("detail", containsString("person"));
        anonymous().get("/api/events/" + id).then().statusCode(404);

        // a deleted company whose slug another company took since
        String name = unique("Taken Labs");
        String slug = createCompany(name);
        long companyCreated = history("/api/companies/" + slug).getLong("[0].revision");
        admin().delete("/api/companies/" + slug).then().statusCode(204);
        admin().body(Map.of("name", name)).post("/api/companies").then().statusCode(201).body("slug", is(slug));
        admin().post("/api/companies/" + slug + "/history/" + companyCreated + "/restore").then().spec(problem(409))
                .body("detail", containsString(slug));
    }

    @Test
    void aCompanysHistoryNamesFieldsAsTheJsonDoesAndADeletedCompanyComesBack() {
        String parent = createCompany(unique("Parent Co"));
        String slug = createCompany(unique("Child Co"), "Child");
        Map<String, Object> body = read("/api/companies/" + slug);
        body.put("aliases", List.of("Child", "The Child"));
        body.put("website", "https://child.example");
        body.put("parent", parent);
        admin().body(body).put("/api/companies/" + slug).then().statusCode(200);
        JsonPath h = history("/api/companies/" + slug);
        assertEquals(List.of("CREATE", "UPDATE"), h.getList("action"));
        assertEquals(List.of("Child"), h.getList("[1].changes.aliases.from"));
        assertEquals(List.of("Child", "The Child"), h.getList("[1].changes.aliases.to"));
        assertEquals(parent, h.getString("[1].changes.parent.to"));
        assertEquals("https://child.example", h.getString("[1].changes.website.to"));
        long changed = h.getLong("[1].revision");

        admin().delete("/api/companies/" + slug).then().statusCode(204);
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), history("/api/companies/" + slug).getList("action"));
        admin().post("/api/companies/" + slug + "/history/" + changed + "/restore").then().statusCode(201)
                .header("Location", endsWith("/api/companies/" + slug))
                .body("aliases", contains("Child", "The Child")).body("parent.slug", is(parent));
        anonymous().get("/api/companies/" + slug).then().statusCode(200).body("website", is("https://child.example"));
    }

    @Test
    void aPersonsHistoryAndRestore() {
        String slug = createPerson(unique("Person History"), "P. History");
        Map<String, Object> body = read("/api/people/" + slug);
        body.put("bio", "Researcher.");
        body.put("links", List.of("https://people.example/" + slug));
        admin().body(body).put("/api/people/" + slug).then().statusCode(200);
        JsonPath h = history("/api/people/" + slug);
        assertEquals("Researcher.", h.getString("[1].changes.bio.to"));
        assertEquals(List.of("https://people.example/" + slug), h.getList("[1].changes.links.to"));
        admin().post("/api/people/" + slug + "/history/" + h.getLong("[0].revision") + "/restore").then()
                .statusCode(200).body("bio", nullValue()).body("links", hasSize(0));
        assertEquals(3, history("/api/people/" + slug).getList("").size());
        anonymous().get("/api/people/no-such-person-ever/history").then().spec(problem(404));
    }

    @Test
    void aSourcesHistoryShowsItsTierChangeAndAContextEventsItsSources() {
        String company = createCompany(unique("Source History Co"));
        Map<String, Object> ctx = contextEvent(company, "FUNDING_ROUND", "Series A", "2025-01");
        ctx.put("amount", 10_000_000L);
        ctx.put("currency", "USD");
        int ctxId = admin().body(ctx).post("/api/context-events").then().statusCode(201).extract().path("id");
        Map<String, Object> stored = read("/api/context-events/" + ctxId);
        @SuppressWarnings("unchecked")
        int sourceId = (Integer) ((List<Map<String, Object>>) stored.get("sources")).get(0).get("id");

        Map<String, Object> source = read("/api/sources/" + sourceId);
        source.remove("citedBy");
        source.put("tier", "TRADE");
        admin().body(source).put("/api/sources/" + sourceId).then().statusCode(200);
        JsonPath h = history("/api/sources/" + sourceId);
        assertEquals(Map.of("from", "MAJOR", "to", "TRADE"), h.getMap("[1].changes.tier"));

        List<Object> sources = new ArrayList<>((List<?>) stored.get("sources"));
        sources.add(Map.of("url", uniqueUrl(), "publisher", "Second Wire", "quote", "Confirmed."));
        stored.put("sources", sources);
        stored.put("amount", 12_000_000L);
        admin().body(stored).put("/api/context-events/" + ctxId).then().statusCode(200);
        h = history("/api/context-events/" + ctxId);
        assertEquals(List.of("CREATE", "UPDATE"), h.getList("action"));
        assertEquals(1, h.getList("[1].changes.sources.from").size());
        assertEquals(2, h.getList("[1].changes.sources.to").size());
        assertEquals("Confirmed.", h.getString("[1].changes.sources.to[1].quote"));
        assertEquals(12_000_000, h.getInt("[1].changes.amount.to"));
    }

    @Test
    void correctionsOfDatePersonCompanyTypeOrRoleAreMarkedAndOtherEditsAreNot() {
        String company = createCompany(unique("Correct Labs"));
        int id = postEvent(event("HIRE", "2024-02", createPerson(unique("Correct Person")), company, "Engineer",
                "ENGINEERING"));
        String path = "/api/events/" + id;
        Map<String, Object> body = read(path);
        body.put("summary", "A better summary.");
        admin().body(body).put(path).then().statusCode(200).body("$", not(hasKey("corrected")));
        body = read(path);
        body.put("date", "2024-03");
        @SuppressWarnings("unchecked")
        Map<String, Object> role = new LinkedHashMap<>((Map<String, Object>) body.get("role"));
        role.put("seniority", "HEAD");
        body.put("role", role);
        admin().body(body).put(path).then().statusCode(200)
                .body("corrected.fields", containsInAnyOrder("date", "role.seniority"))
                .body("corrected.at", notNullValue());
        anonymous().queryParam("company", company).get("/api/events").then()
                .body("items[0].corrected.fields", hasItem("date"));
    }

    @Test
    void anEventReadWithItsContextLinksCanBePutBackUnchanged() {
        String company = createCompany(unique("Roundtrip Labs"));
        String launch = postContextEvent(contextEvent(company, "PRODUCT_LAUNCH", "Model Ten", "2025-06-01"));
        Map<String, Object> body = event("DEPARTURE", "2025-06-05", createPerson(unique("Roundtrip Person")), company,
                "Lead", "RESEARCH");
        body.put("context", List.of(launch));
        int id = postEvent(body);
        Map<String, Object> read = read("/api/events/" + id);
        admin().body(read).put("/api/events/" + id).then().statusCode(200)
                .body("context[0].key", is(launch)).body("version", is(1));
        // an object with the key only, and one with the id only
        Map<String, Object> again = read("/api/events/" + id);
        @SuppressWarnings("unchecked")
        Map<String, Object> link = ((List<Map<String, Object>>) again.get("context")).get(0);
        again.put("context", List.of(Map.of("key", launch)));
        admin().body(again).put("/api/events/" + id).then().statusCode(200).body("context[0].key", is(launch));
        again = read("/api/events/" + id);
        again.put("context", List.of(Map.of("id", link.get("id"))));
        admin().body(again).put("/api/events/" + id).then().statusCode(200).body("context[0].key", is(launch));
    }

    private long count(String sql, long id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void auditWritesAreOneRevisionPerWriteAndOneRowPerRowWritten() {
        String company = createCompany(unique("Audit Cost Labs"));
        String launch = postContextEvent(contextEvent(company, "PRODUCT_LAUNCH", "Model Eleven", "2025-09-01"));
        Map<String, Object> body = event("HIRE", "2025-09-02", createPerson(unique("Audit Person")), company,
                "Engineer", "ENGINEERING");
        @SuppressWarnings("unchecked")
        List<Object> sources = (List<Object>) body.get("sources");
        sources.add(new LinkedHashMap<>(Map.of("url", uniqueUrl(), "publisher", "Second Wire")));
        body.put("context", List.of(launch));
        long revisionsBefore = count("select count(*) from revinfo where id > ?", 0);
        int id = postEvent(body);
        assertEquals(revisionsBefore + 1, count("select count(*) from revinfo where id > ?", 0), "one revision");
        assertEquals(1, count("select count(*) from personnel_event_aud where id = ?", id));
        assertEquals(2, count("select count(*) from event_source_aud where event_id = ?", id));
        assertEquals(1, count("select count(*) from event_context_aud where event_id = ?", id));

        Map<String, Object> read = read("/api/events/" + id);
        read.put("summary", "Only the summary changes.");
        admin().body(read).put("/api/events/" + id).then().statusCode(200);
        assertEquals(2, count("select count(*) from personnel_event_aud where id = ?", id));
        assertEquals(2, count("select count(*) from event_source_aud where event_id = ?", id),
                "unchanged citations write no rows");
        assertEquals(1, count("select count(*) from event_context_aud where event_id = ?", id));

        read = read("/api/events/" + id);
        @SuppressWarnings("unchecked")
        Map<String, Object> second = (Map<String, Object>) ((List<Object>) read.get("sources")).get(1);
        second.put("quote", "A quote added later.");
        admin().body(read).put("/api/events/" + id).then().statusCode(200);
        assertEquals(3, count("select count(*) from event_source_aud where event_id = ?", id), "one citation changed");
        JsonPath h = history("/api/events/" + id);
        assertEquals("A quote added later.", h.getString("[2].changes.sources.to[1].quote"));
        assertEquals(List.of(0, 1, 2), h.getList("version"));
    }

    @Test
    void passwordHashesAreNotRecorded() {
        createUser("viewer");
        @SuppressWarnings("unchecked")
        List<Object> columns = em.createNativeQuery("select lower(column_name) from information_schema.columns"
                + " where lower(table_name) = 'app_user_aud'").getResultList();
        assertEquals(true, columns.contains("username"), columns.toString());
        assertFalse(columns.stream().anyMatch(c -> c.toString().contains("password")), columns.toString());
    }
}
