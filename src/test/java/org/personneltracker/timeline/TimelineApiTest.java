package org.personneltracker.timeline;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineApiTest {

    /**
     * A company of this class's own, built once and only read: a safety lead's departure four days after a launch,
     * during funding talks, beside other moves at year, month and day precision (the shape of the seed's case).
     */
    record World(String company, String path, String leaver, String launch, String departure) {
    }

    private static World world;

    private static synchronized World world() {
        if (world == null) {
            String company = createCompany(unique("Timeline Labs"));
            String leaver = createPerson(unique("Safety Lead"));
            postEvent(withSeniority(event("ROLE_CHANGE", "2025-03", leaver, company, "Lead, Safeguards", "SAFETY"),
                    "HEAD"));
            String departure = admin().body(withSeniority(event("DEPARTURE", "2026-02-09", leaver, company,
                    "Lead, Safeguards Research Team", "SAFETY"), "HEAD")).post("/api/events").then().statusCode(201)
                    .extract().path("key");
            postEvent(event("HIRE", "2026-02-05", createPerson(unique("Safety Hire")), company, "Researcher", "SAFETY"));
            postEvent(event("HIRE", "2025-06", createPerson(unique("Research Hire")), company, "Researcher", "RESEARCH"));
            postEvent(event("DEPARTURE", "2024", createPerson(unique("Research Leaver")), company, "Scientist",
                    "RESEARCH"));
            String launch = postContextEvent(contextEvent(company, "PRODUCT_LAUNCH", "Model Five", "2026-02-05"));
            Map<String, Object> talks = contextEvent(company, "FUNDING_ROUND", "Series C talks", "2026-02");
            talks.put("valuation", 350_000_000_000L);
            talks.put("currency", "USD");
            talks.put("status", "IN_TALKS");
            postContextEvent(talks);
            Map<String, Object> headcount = contextEvent(company, "HEADCOUNT", "Headcount", "2026-01");
            headcount.put("amount", 2000);
            postContextEvent(headcount);
            world = new World(company, "/api/companies/" + company + "/timeline", leaver, launch, departure);
        }
        return world;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withSeniority(Map<String, Object> body, String seniority) {
        ((Map<String, Object>) body.get("role")).put("seniority", seniority);
        return body;
    }

    /** All entries of a timeline in one request (limit 500), with extra query parameters. */
    private static List<Map<String, Object>> all(String path, Object... params) {
        var spec = anonymous().queryParam("limit", 500);
        for (int i = 0; i < params.length; i += 2) {
            spec.queryParam((String) params[i], params[i + 1]);
        }
        JsonPath page = spec.get(path).then().statusCode(200).body("next", nullValue()).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(page.getInt("total"), items.size(), "total counts every entry");
        return items;
    }

    /** The same timeline followed page by page with a small limit. */
    private static List<Map<String, Object>> paged(String path, int limit, Object... params) {
        List<Map<String, Object>> out = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = anonymous().queryParam("limit", limit);
            for (int i = 0; i < params.length; i += 2) {
                spec.queryParam((String) params[i], params[i + 1]);
            }
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertTrue(items.size() <= limit);
            out.addAll(items);
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 1000);
        return out;
    }

    private static List<String> ids(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> e.get("kind") + "#" + e.get("id")).toList();
    }

    private static int indexOfKey(List<Map<String, Object>> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (key.equals(entries.get(i).get("key"))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> entry(List<Map<String, Object>> entries, String key) {
        int i = indexOfKey(entries, key);
        return i < 0 ? null : entries.get(i);
    }

    /** The first day of a partial date, for ordering checks. */
    private static String start(Object date) {
        String d = (String) date;
        return d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d;
    }

    /** The last day of a partial date. */
    private static String end(Object date) {
        String d = (String) date;
        if (d.length() == 4) {
            return d + "-12-31";
        }
        if (d.length() == 7) {
            return java.time.YearMonth.parse(d).atEndOfMonth().toString();
        }
        return d;
    }

    // ---------------------------------------------------------------- a timeline of this test's own company

    @Test
    void theTimelineMergesPersonnelAndContextOldestFirst() {
        World w = world();
        List<Map<String, Object>> items = all(w.path());
        assertFalse(items.isEmpty());
        for (int i = 1; i < items.size(); i++) {
            assertTrue(start(items.get(i - 1).get("date")).compareTo(start(items.get(i).get("date"))) <= 0,
                    "oldest first at " + i);
        }
        for (Map<String, Object> e : items) {
            assertTrue(List.of("PERSONNEL", "CONTEXT").contains(e.get("kind")), "kind of " + e);
            assertNotNull(e.get("date"));
            assertTrue(List.of("YEAR", "MONTH", "DAY").contains(e.get("datePrecision")));
        }
        int launch = indexOfKey(items, w.launch());
        int departure = indexOfKey(items, w.departure());
        assertTrue(launch >= 0 && departure >= 0, "both events are on the timeline");
        assertTrue(launch < departure, "the launch comes before the departure four days later");
        Map<String, Object> l = items.get(launch);
        assertEquals("CONTEXT", l.get("kind"));
        assertEquals("PRODUCT_LAUNCH", l.get("type"));
        assertEquals("2026-02-05", l.get("date"));
        assertEquals("DAY", l.get("datePrecision"));
        Map<String, Object> s = items.get(departure);
        assertEquals("PERSONNEL", s.get("kind"));
        assertEquals("DEPARTURE", s.get("type"));
        assertEquals("2026-02-09", s.get("date"));
        assertNull(s.get("relation"), "no relation on the company's own events");
        assertTrue(items.stream().anyMatch(e -> "CONTEXT".equals(e.get("kind"))));
        assertTrue(items.stream().anyMatch(e -> "PERSONNEL".equals(e.get("kind"))));
    }

    @Test
    void orderDescReversesTheTimeline() {
        World w = world();
        List<String> asc = ids(all(w.path()));
        List<String> desc = ids(all(w.path(), "order", "desc"));
        List<String> reversed = new ArrayList<>(asc);
        Collections.reverse(reversed);
        assertEquals(reversed, desc);
        assertEquals(asc, ids(all(w.path(), "order", "asc")));
    }

    @Test
    void contextFalseLeavesContextOut() {
        World w = world();
        List<Map<String, Object>> full = all(w.path());
        List<Map<String, Object>> people = all(w.path(), "context", "false");
        assertTrue(people.stream().allMatch(e -> "PERSONNEL".equals(e.get("kind"))));
        assertEquals(full.stream().filter(e -> "PERSONNEL".equals(e.get("kind"))).map(e -> e.get("id")).toList(),
                people.stream().map(e -> e.get("id")).toList());
    }

    @Test
    void aCategoryNarrowsPersonnelAndKeepsContext() {
        World w = world();
        List<Map<String, Object>> full = all(w.path());
        List<Map<String, Object>> safety = all(w.path(), "category", "SAFETY");
        List<Map<String, Object>> personnel = safety.stream().filter(e -> "PERSONNEL".equals(e.get("kind"))).toList();
        assertFalse(personnel.isEmpty());
        assertTrue(personnel.stream().allMatch(e -> "SAFETY".equals(((Map<?, ?>) e.get("role")).get("category"))));
        assertNotNull(entry(safety, w.departure()));
        assertTrue(personnel.size() < full.stream().filter(e -> "PERSONNEL".equals(e.get("kind"))).count(),
                "some events are not about safety");
        assertEquals(full.stream().filter(e -> "CONTEXT".equals(e.get("kind"))).map(e -> e.get("id")).toList(),
                safety.stream().filter(e -> "CONTEXT".equals(e.get("kind"))).map(e -> e.get("id")).toList());
    }

    @Test
    void aPersonFilterNarrowsPersonnelAndKeepsContext() {
        World w = world();
        List<Map<String, Object>> full = all(w.path());
        List<Map<String, Object>> leaver = all(w.path(), "person", w.leaver());
        List<Map<String, Object>> personnel = leaver.stream().filter(e -> "PERSONNEL".equals(e.get("kind"))).toList();
        assertFalse(personnel.isEmpty());
        assertTrue(personnel.stream().allMatch(e -> w.leaver().equals(((Map<?, ?>) e.get("person")).get("slug"))));
        assertEquals(full.stream().filter(e -> "CONTEXT".equals(e.get("kind"))).map(e -> e.get("id")).toList(),
                leaver.stream().filter(e -> "CONTEXT".equals(e.get("kind"))).map(e -> e.get("id")).toList());
    }

    @Test
    void typeFiltersTakePersonnelAndContextTypes() {
        World w = world();
        List<Map<String, Object>> launches = all(w.path(), "type", "PRODUCT_LAUNCH");
        assertFalse(launches.isEmpty());
        assertTrue(launches.stream().allMatch(e -> "CONTEXT".equals(e.get("kind")) && "PRODUCT_LAUNCH".equals(e.get("type"))));
        assertNotNull(entry(launches, w.launch()));

        List<Map<String, Object>> departures = all(w.path(), "type", "DEPARTURE");
        assertFalse(departures.isEmpty());
        assertTrue(departures.stream().allMatch(e -> "PERSONNEL".equals(e.get("kind")) && "DEPARTURE".equals(e.get("type"))));
        assertNotNull(entry(departures, w.departure()));

        List<Map<String, Object>> both = all(w.path(), "type", "DEPARTURE,PRODUCT_LAUNCH");
        assertEquals(launches.size() + departures.size(), both.size());
    }

    @Test
    void fromAndToMatchByOverlap() {
        World w = world();
        List<Map<String, Object>> feb = all(w.path(), "from", "2026-02-05", "to", "2026-02-09");
        assertNotNull(entry(feb, w.launch()));
        assertNotNull(entry(feb, w.departure()));
        for (Map<String, Object> e : feb) {
            String s = start(e.get("date"));
            assertTrue(s.compareTo("2026-02-09") <= 0, "starts on or before the end of to: " + e.get("date"));
            assertTrue(end(e.get("date")).compareTo("2026-02-05") >= 0,
                    "ends on or after the start of from: " + e.get("date"));
        }
        List<Map<String, Object>> after = all(w.path(), "from", "2026-02-06");
        assertNull(entry(after, w.launch()));
        assertNotNull(entry(after, w.departure()));
        List<Map<String, Object>> before = all(w.path(), "to", "2026-02-08");
        assertNotNull(entry(before, w.launch()));
        assertNull(entry(before, w.departure()));
    }

    @Test
    void pagingWithASmallLimitReproducesTheFullListInBothOrders() {
        World w = world();
        assertEquals(ids(all(w.path())), ids(paged(w.path(), 3)));
        assertEquals(ids(all(w.path(), "order", "desc")), ids(paged(w.path(), 3, "order", "desc")));
        assertEquals(ids(all(w.path(), "category", "SAFETY")), ids(paged(w.path(), 2, "category", "SAFETY")));
        anonymous().queryParam("limit", 2).get(w.path()).then().statusCode(200)
                .body("items", hasSize(2)).body("next", notNullValue()).body("total", greaterThan(2));
    }

    @Test
    void pagingAcrossSameDayPersonnelAndContextEntriesLosesNothing() {
        String company = createCompany(unique("Same Day AI"));
        for (int i = 0; i < 3; i++) {
            postEvent(event("HIRE", "2025-03-03", createPerson(unique("Same Day Hire")), company, "Eng", "ENGINEERING"));
            admin().body(Map.of("company", company, "type", "OTHER", "title", "Note " + i, "date", "2025-03-03",
                    "sources", List.of(Map.of("url", uniqueUrl())))).post("/api/context-events")
                    .then().statusCode(201);
        }
        postEvent(event("HIRE", "2025-03", createPerson(unique("Month Hire")), company, "Eng", "ENGINEERING"));
        String path = "/api/companies/" + company + "/timeline";
        List<Map<String, Object>> full = all(path);
        assertEquals(7, full.size());
        for (int limit = 1; limit <= 4; limit++) {
            assertEquals(ids(full), ids(paged(path, limit)), "asc, limit " + limit);
            assertEquals(ids(all(path, "order", "desc")), ids(paged(path, limit, "order", "desc")), "desc, limit " + limit);
        }
    }

    // ---------------------------------------------------------------- arrivals and losses

    @Test
    void aDepartureToThisCompanyIsAnArrivalAndAHireFromItIsALoss() {
        String a = createCompany(unique("Origin Labs"));
        String b = createCompany(unique("Destination Labs"));
        String leaver = createPerson(unique("Moving Person"));
        Map<String, Object> departure = event("DEPARTURE", "2024-03-01", leaver, a, "Researcher", "RESEARCH");
        departure.put("destination", b);
        int departureId = postEvent(departure);

        String hired = createPerson(unique("Poached Person"));
        Map<String, Object> hire = event("HIRE", "2024-05", hired, b, "Lead", "RESEARCH");
        hire.put("origin", a);
        int hireId = postEvent(hire);

        List<Map<String, Object>> atA = all("/api/companies/" + a + "/timeline");
        List<Map<String, Object>> atB = all("/api/companies/" + b + "/timeline");

        Map<String, Object> ownDeparture = byId(atA, departureId);
        assertNotNull(ownDeparture);
        assertNull(ownDeparture.get("relation"));
        assertEquals("ARRIVAL", byId(atB, departureId).get("relation"));
        assertEquals("LOSS", byId(atA, hireId).get("relation"));
        assertNull(byId(atB, hireId).get("relation"));
        assertEquals(2, atA.size());
        assertEquals(2, atB.size());

        // relation entries are personnel entries: context=false keeps them, and people filters apply
        assertEquals(2, all("/api/companies/" + b + "/timeline", "context", "false").size());
        assertEquals(List.of("PERSONNEL#" + departureId),
                ids(all("/api/companies/" + b + "/timeline", "type", "DEPARTURE")));
    }

    @Test
    void aMoveRecordedAtBothCompaniesAppearsOnceAsTheCompanysOwnEvent() {
        String a = createCompany(unique("Old Employer"));
        String b = createCompany(unique("New Employer"));
        String p = createPerson(unique("Twice Recorded"));
        Map<String, Object> departure = event("DEPARTURE", "2024-07-10", p, a, "Researcher", "RESEARCH");
        departure.put("destination", b);
        int departureId = postEvent(departure);
        Map<String, Object> hire = event("HIRE", "2024-07", p, b, "Researcher", "RESEARCH");
        hire.put("origin", a);
        int hireId = postEvent(hire);

        List<Map<String, Object>> atB = all("/api/companies/" + b + "/timeline");
        assertEquals(List.of("PERSONNEL#" + hireId), ids(atB));
        assertNull(atB.get(0).get("relation"));
        List<Map<String, Object>> atA = all("/api/companies/" + a + "/timeline");
        assertEquals(List.of("PERSONNEL#" + departureId), ids(atA));
        assertNull(atA.get(0).get("relation"));
    }

    private static Map<String, Object> byId(List<Map<String, Object>> entries, int id) {
        return entries.stream().filter(e -> "PERSONNEL".equals(e.get("kind")) && Integer.valueOf(id).equals(e.get("id")))
                .findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- errors

    @Test
    void anUnknownCompanyIsA404() {
        anonymous().get("/api/companies/no-such-company-anywhere/timeline").then().spec(problem(404));
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        String timeline = world().path();
        anonymous().queryParam("order", "sideways").get(timeline).then().spec(badRequest("order"));
        anonymous().queryParam("limit", 0).get(timeline).then().spec(badRequest("limit"));
        anonymous().queryParam("limit", 501).get(timeline).then().spec(badRequest("limit"));
        anonymous().queryParam("cursor", "junk").get(timeline).then().spec(badRequest("cursor"));
        anonymous().queryParam("company", "x").get(timeline).then().spec(badRequest("company"));
        anonymous().queryParam("context", "maybe").get(timeline).then().spec(badRequest("context"));
        anonymous().queryParam("type", "PARTY").get(timeline).then().spec(badRequest("type"));
        anonymous().queryParam("category", "SAFETYY").get(timeline).then().spec(badRequest("category"));
        anonymous().queryParam("from", "2026-02-30").get(timeline).then().spec(badRequest("from"));
        anonymous().queryParam("person", "no-such-person-anywhere").get(timeline).then().spec(badRequest("person"));
        // a cursor of another list is not accepted either
        String eventsCursor = anonymous().queryParam("limit", 1).get("/api/events").then().extract().path("next");
        anonymous().queryParam("cursor", eventsCursor).get(timeline).then().spec(badRequest("cursor"));
    }

    @Test
    void entriesCarryTheEventFields() {
        World w = world();
        Map<String, Object> s = entry(all(w.path(), "type", "DEPARTURE"), w.departure());
        assertNotNull(s);
        assertEquals(w.leaver(), ((Map<?, ?>) s.get("person")).get("slug"));
        assertEquals(w.company(), ((Map<?, ?>) s.get("company")).get("slug"));
        assertEquals("SAFETY", ((Map<?, ?>) s.get("role")).get("category"));
        assertEquals("HEAD", ((Map<?, ?>) s.get("role")).get("seniority"));
        assertFalse(((List<?>) s.get("sources")).isEmpty());
        Map<String, Object> l = entry(all(w.path(), "type", "PRODUCT_LAUNCH"), w.launch());
        assertNotNull(l);
        assertEquals(w.company(), ((Map<?, ?>) l.get("company")).get("slug"));
        assertNotNull(l.get("title"));
    }
}
