package org.personneltracker.event;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventQueryTest {

    String company;
    String companySlug;
    String dest;

    /** Five events at a company of this test's own, so counts are exact whatever else is stored. */
    @BeforeEach
    void createEvents() {
        company = unique("Query Co");
        dest = unique("Dest Co");
        companySlug = post(event("DEPARTURE", "2024-05-14", "SAFETY", "HEAD", "Superalignment", "Co-lead, Superalignment", dest, null, "CONFIRMED"));
        post(event("DEPARTURE", "2024", "RESEARCH", "C_LEVEL", null, "Chief Scientist", null, null, "REPORTED"));
        post(event("HIRE", "2025-03", "SAFETY", "IC", "Safeguards", "Researcher", null, dest, "REPORTED"));
        post(event("ROLE_CHANGE", "2026-01-14", "PRODUCT", "VP", "Labs", "VP of Product", null, null, "RUMOURED"));
        post(event("DEPARTURE", "2026-02-09", "SAFETY", "SENIOR_IC", "Safeguards Research", "Staff researcher", null, null, "CONFIRMED"));
    }

    private Map<String, Object> event(String type, String date, String category, String seniority, String team,
            String title, String destination, String origin, String confidence) {
        Map<String, Object> body = departure(unique("Person"), company);
        body.put("type", type);
        body.put("date", date);
        body.put("role", team == null ? Map.of("title", title, "category", category, "seniority", seniority)
                : Map.of("title", title, "team", team, "category", category, "seniority", seniority));
        body.put("confidence", confidence);
        if (!type.equals("DEPARTURE")) {
            body.remove("circumstance");
        }
        if (destination != null) {
            body.put("destination", Map.of("name", destination));
        }
        if (origin != null) {
            body.put("origin", Map.of("name", origin));
        }
        return body;
    }

    private String post(Map<String, Object> body) {
        return admin().body(body).post("/api/events").then().statusCode(201).extract().path("company.slug");
    }

    private JsonPath query(String params) {
        return anonymous().get("/api/events?company=" + companySlug + (params.isEmpty() ? "" : "&" + params))
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void listsNewestFirstWithTheTotal() {
        JsonPath all = query("");
        assertEquals(5, all.getInt("total"));
        assertEquals(List.of("2026-02-09", "2026-01-14", "2025-03", "2024-05-14", "2024"), all.getList("items.date"));
        assertNull(all.get("next"));
        assertNull(all.get("facets"));
    }

    @Test
    void filtersByRoleTypeAndConfidenceWithOrInsideAParameter() {
        assertEquals(3, query("category=SAFETY").getInt("total"));
        assertEquals(4, query("category=SAFETY,RESEARCH").getInt("total"));
        assertEquals(4, query("category=SAFETY&category=RESEARCH").getInt("total"));
        assertEquals(1, query("category=SAFETY&seniority=HEAD").getInt("total"));
        assertEquals(2, query("seniority=HEAD,C_LEVEL").getInt("total"));
        assertEquals(3, query("type=DEPARTURE").getInt("total"));
        assertEquals(2, query("type=DEPARTURE&category=SAFETY").getInt("total"));
        assertEquals(2, query("confidence=CONFIRMED").getInt("total"));
        assertEquals(1, query("confidence=RUMOURED").getList("items").size());
    }

    @Test
    void filtersTeamAndTitleBySubstringIgnoringCase() {
        assertEquals(2, query("team=safeguards").getInt("total"));
        assertEquals(1, query("team=SUPERALIGN").getInt("total"));
        assertEquals(1, query("title=chief").getInt("total"));
        assertEquals(0, query("title=50%25").getInt("total"));
    }

    @Test
    void dateRangesMatchByOverlap() {
        // the event dated "2024" overlaps June 2024; the one on 2024-05-14 does not
        assertEquals(List.of("2024"), query("from=2024-06&to=2024-12").getList("items.date"));
        assertEquals(3, query("from=2025").getInt("total"));
        assertEquals(List.of("2025-03"), query("from=2025-03-31&to=2025-03-31").getList("items.date"));
        assertEquals(2, query("to=2024-05-14").getInt("total"));
    }

    @Test
    void filtersByDestinationOriginPersonAndText() {
        String destSlug = anonymous().get("/api/companies?q=" + dest).then().extract().path("items[0].slug");
        assertEquals(List.of("2024-05-14"), query("destination=" + destSlug).getList("items.date"));
        assertEquals(List.of("2025-03"), query("origin=" + destSlug).getList("items.date"));
        JsonPath one = query("q=vp of product");
        assertEquals(1, one.getInt("total"));
        String person = one.getString("items[0].person.slug");
        assertEquals(1, anonymous().get("/api/events?person=" + person).then().extract().jsonPath().getInt("total"));
        assertEquals(1, query("q=" + one.getString("items[0].person.name").toUpperCase()).getInt("total"));
    }

    @Test
    void facetsCountTheMatchesOfTheOtherFilters() {
        Map<String, Object> elsewhere = departure(unique("Elsewhere Person"), unique("Elsewhere Co"));
        String elsewhereSlug = post(elsewhere);
        JsonPath p = query("category=SAFETY&facets=true");
        assertEquals(3, p.getInt("total"));
        // the category facet ignores category=SAFETY, so RESEARCH and PRODUCT still show
        assertEquals(Map.of("SAFETY", 3, "RESEARCH", 1, "PRODUCT", 1), p.getMap("facets.category"));
        assertEquals(Map.of("DEPARTURE", 2, "HIRE", 1), p.getMap("facets.type"));
        assertEquals(Map.of("HEAD", 1, "IC", 1, "SENIOR_IC", 1), p.getMap("facets.seniority"));
        // the company facet ignores company=..., so it counts SAFETY events at every company
        assertEquals(3, p.getInt("facets.company['" + companySlug + "']"));
        assertEquals(1, p.getInt("facets.company['" + elsewhereSlug + "']"));
    }

    @Test
    void cursorsPageThroughEveryMatchOnce() {
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath p = query("limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(5, p.getInt("total"));
            seen.addAll(p.getList("items.id"));
            cursor = p.getString("next");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(5, seen.size());
        assertEquals(5, new HashSet<>(seen).size());
        assertEquals(query("").getList("items.id"), seen);
    }

    @Test
    void theWholeListPagesOverTheSeedToo() {
        int total = anonymous().get("/api/events?limit=1").then().extract().path("total");
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath p = anonymous().get("/api/events?limit=40" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(p.getList("items.id"));
            cursor = p.getString("next");
        } while (cursor != null);
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size());
    }

    @Test
    void badQueryParametersAreA400NamingTheParameter() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("limit=0", "limit"), Map.entry("limit=501", "limit"), Map.entry("limit=ten", "limit"),
                Map.entry("cursor=not-a-cursor", "cursor"), Map.entry("type=RESIGNED", "type"),
                Map.entry("category=safety", "category"), Map.entry("seniority=BOSS", "seniority"),
                Map.entry("from=2026-02-30", "from"), Map.entry("to=yesterday", "to"),
                Map.entry("from=2026&to=2025", "to"), Map.entry("confidence=SURE", "confidence"),
                Map.entry("company=no-such-company", "company"), Map.entry("person=no-such-person", "person"),
                Map.entry("destination=no-such-company", "destination"), Map.entry("facets=yes", "facets"));
        bad.forEach((params, field) -> anonymous().get("/api/events?" + params).then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field)));
        // a cursor of another list is refused, not silently misread
        String companyCursor = anonymous().get("/api/companies?limit=1").then().extract().path("next");
        anonymous().get("/api/events?cursor=" + companyCursor).then().statusCode(400);
        anonymous().get("/api/people?cursor=" + companyCursor).then().statusCode(400)
                .body("violations.field", hasItem("cursor"));
        anonymous().get("/api/companies?cursor=" + companyCursor).then().statusCode(200);
    }
}
