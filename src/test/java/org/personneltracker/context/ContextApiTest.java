package org.personneltracker.context;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.Slugs;

@QuarkusTest
class ContextApiTest {

    private static Map<String, Object> fundingRound(String company, String title, String date) {
        Map<String, Object> body = contextEvent(company, "FUNDING_ROUND", title, date);
        body.put("amount", 13_000_000_000L);
        body.put("currency", "USD");
        body.put("valuation", 183_000_000_000L);
        body.put("round", "Series F");
        body.put("status", "IN_TALKS");
        return body;
    }

    private static int create(Map<String, Object> body) {
        return admin().body(body).post("/api/context-events").then().statusCode(201).extract().path("id");
    }

    // ---------------------------------------------------------------- create

    @Test
    void aFundingRoundIsStoredWithADerivedKey() {
        String company = createCompany(unique("Funded AI"));
        int id = admin().body(fundingRound(company, "Series F led by Iconiq", "2025-09-02"))
                .post("/api/context-events")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/context-events/[0-9]+$"))
                .body("key", is(company + "-2025-09-02-funding-round-series-f-led-by-iconiq"))
                .body("company.slug", is(company))
                .body("type", is("FUNDING_ROUND"))
                .body("date", is("2025-09-02"))
                .body("datePrecision", is("DAY"))
                .body("amount", is(13_000_000_000L))
                .body("currency", is("USD"))
                .body("valuation", is(183_000_000_000L))
                .body("round", is("Series F"))
                .body("status", is("IN_TALKS"))
                .body("sources[0].quote", is("As reported."))
                .body("version", is(0))
                .extract().path("id");
        anonymous().get("/api/context-events/" + id).then().statusCode(200).body("round", is("Series F"));
    }

    @Test
    void anExplicitKeyIsKeptAndADuplicateKeyIsA409PointingAtTheStoredEvent() {
        String company = createCompany(unique("Keyed AI"));
        String key = Slugs.slugify(unique("keyed-launch"));
        Map<String, Object> body = contextEvent(company, "PRODUCT_LAUNCH", "Model 1", "2025-01");
        body.put("key", key);
        int id = admin().body(body).post("/api/context-events").then().statusCode(201)
                .body("key", is(key)).body("datePrecision", is("MONTH")).extract().path("id");
        Map<String, Object> again = contextEvent(company, "PRODUCT_LAUNCH", "Model 1 again", "2025-01");
        again.put("key", key);
        admin().body(again).post("/api/context-events").then().spec(problem(409))
                .header("Location", endsWith("/api/context-events/" + id));
        // the same derived key twice is a 409 too
        create(contextEvent(company, "PRODUCT_LAUNCH", "Model 2", "2025-02-03"));
        admin().body(contextEvent(company, "PRODUCT_LAUNCH", "Model 2", "2025-02-03")).post("/api/context-events")
                .then().spec(problem(409));
        Map<String, Object> bad = contextEvent(company, "PRODUCT_LAUNCH", "Model 3", "2025-03");
        bad.put("key", "Not a Key");
        admin().body(bad).post("/api/context-events").then().spec(badRequest("key"));
    }

    @Test
    void aHeadcountTakesAnAmountWithoutCurrency() {
        String company = createCompany(unique("Counted Heads AI"));
        Map<String, Object> body = contextEvent(company, "HEADCOUNT", "About 500 staff", "2025");
        body.put("amount", 500);
        admin().body(body).post("/api/context-events").then().statusCode(201)
                .body("amount", is(500)).body("currency", nullValue()).body("datePrecision", is("YEAR"));
        Map<String, Object> withCurrency = contextEvent(company, "HEADCOUNT", "About 600 staff", "2025-06");
        withCurrency.put("amount", 600);
        withCurrency.put("currency", "USD");
        admin().body(withCurrency).post("/api/context-events").then().spec(badRequest("currency"));
    }

    @Test
    void moneyNeedsAValidCurrency() {
        String company = createCompany(unique("Moneyed AI"));
        Map<String, Object> noCurrency = fundingRound(company, "Seed", "2025-02");
        noCurrency.remove("currency");
        admin().body(noCurrency).post("/api/context-events").then().spec(badRequest("currency"));
        Map<String, Object> lower = fundingRound(company, "Seed", "2025-02");
        lower.put("currency", "usd");
        admin().body(lower).post("/api/context-events").then().spec(badRequest("currency"));
        Map<String, Object> negative = fundingRound(company, "Seed", "2025-02");
        negative.put("amount", -5);
        admin().body(negative).post("/api/context-events").then().spec(badRequest("amount"));
        anonymous().queryParam("company", company).get("/api/context-events").then().body("total", is(0));
    }

    @Test
    void badBodiesAre400sNamingTheField() {
        String company = createCompany(unique("Strict AI"));
        Map<String, Object> badDate = contextEvent(company, "OTHER", "x", "2025-02-30");
        admin().body(badDate).post("/api/context-events").then().spec(badRequest("date"));
        Map<String, Object> badType = contextEvent(company, "PARTY", "x", "2025");
        admin().body(badType).post("/api/context-events").then().spec(badRequest("type"));
        Map<String, Object> dateNumber = contextEvent(company, "OTHER", "x", "2025");
        dateNumber.put("date", 2025);
        admin().body(dateNumber).post("/api/context-events").then().spec(badRequest("date"));
        Map<String, Object> unknownCompany = contextEvent("no-such-company-at-all", "OTHER", "x", "2025");
        admin().body(unknownCompany).post("/api/context-events").then().spec(badRequest("company"));
        Map<String, Object> statusOnLaunch = contextEvent(company, "PRODUCT_LAUNCH", "x", "2025");
        statusOnLaunch.put("status", "CLOSED");
        admin().body(statusOnLaunch).post("/api/context-events").then().spec(badRequest("status"));
        Map<String, Object> badSource = contextEvent(company, "OTHER", "x", "2025");
        badSource.put("sources", List.of(Map.of("url", "ftp://example.com/x")));
        admin().body(badSource).post("/api/context-events").then().spec(badRequest("sources[0].url"));
        Map<String, Object> noTitle = contextEvent(company, "OTHER", "x", "2025");
        noTitle.remove("title");
        admin().body(noTitle).post("/api/context-events").then().spec(badRequest("title"));
        anonymous().queryParam("company", company).get("/api/context-events").then().body("total", is(0));
    }

    // ---------------------------------------------------------------- list

    @Test
    void listFiltersByCompanyTypeAndDateOverlap() {
        String company = createCompany(unique("Filtered AI"));
        int march = create(contextEvent(company, "PRODUCT_LAUNCH", "March launch", "2025-03"));
        int april = create(contextEvent(company, "PRODUCT_LAUNCH", "April launch", "2025-04-15"));
        Map<String, Object> hc = contextEvent(company, "HEADCOUNT", "Staff", "2025-05-01");
        hc.put("amount", 120);
        int headcount = create(hc);

        anonymous().queryParam("company", company).get("/api/context-events").then().statusCode(200)
                .body("total", is(3)).body("items.id", contains(headcount, april, march))
                .body("next", nullValue());
        anonymous().queryParam("company", company).queryParam("type", "HEADCOUNT").get("/api/context-events")
                .then().body("total", is(1)).body("items.id", contains(headcount));
        anonymous().queryParam("company", company).queryParam("type", "HEADCOUNT,PRODUCT_LAUNCH")
                .get("/api/context-events").then().body("total", is(3));
        // a month-precision event overlaps any day of its month
        anonymous().queryParam("company", company).queryParam("from", "2025-03-20").get("/api/context-events")
                .then().body("items.id", contains(headcount, april, march));
        anonymous().queryParam("company", company).queryParam("to", "2025-03-05").get("/api/context-events")
                .then().body("items.id", contains(march));
        anonymous().queryParam("company", company).queryParam("from", "2025-04").queryParam("to", "2025-04")
                .get("/api/context-events").then().body("items.id", contains(april));
        anonymous().queryParam("company", company).queryParam("from", "2025-04-16").get("/api/context-events")
                .then().body("items.id", contains(headcount));
    }

    @Test
    void listPagesThroughAllMatchesWithoutDuplicates() {
        String company = createCompany(unique("Paged Context AI"));
        List<Integer> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(create(contextEvent(company, "OTHER", "Item " + i, "2024-0" + i)));
        }
        create(contextEvent(company, "OTHER", "Same month", "2024-05"));
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = anonymous().queryParam("company", company).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/context-events").then().statusCode(200).body("total", is(6))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id", Integer.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(6, seen.size());
        assertEquals(6, new HashSet<>(seen).size());
        org.junit.jupiter.api.Assertions.assertTrue(seen.containsAll(created));
    }

    @Test
    void badListParametersAre400sNamingTheParameter() {
        anonymous().queryParam("type", "PARTY").get("/api/context-events").then().spec(badRequest("type"));
        anonymous().queryParam("from", "2025-13").get("/api/context-events").then().spec(badRequest("from"));
        anonymous().queryParam("to", "soon").get("/api/context-events").then().spec(badRequest("to"));
        anonymous().queryParam("company", "no-such-company-at-all").get("/api/context-events")
                .then().spec(badRequest("company"));
        anonymous().queryParam("limit", 0).get("/api/context-events").then().spec(badRequest("limit"));
        anonymous().queryParam("cursor", "junk").get("/api/context-events").then().spec(badRequest("cursor"));
    }

    // ---------------------------------------------------------------- read, update, delete

    @Test
    void putWithVersionUpdatesAndAStaleVersionIsA409() {
        String company = createCompany(unique("Updated Context AI"));
        Map<String, Object> body = fundingRound(company, "Series A", "2025-05");
        int id = create(body);
        Map<String, Object> read = anonymous().get("/api/context-events/" + id).then().statusCode(200)
                .extract().as(Map.class);
        read.put("status", "CLOSED");
        read.put("amount", 14_000_000_000L);
        admin().body(read).put("/api/context-events/" + id).then().statusCode(200)
                .body("status", is("CLOSED")).body("amount", is(14_000_000_000L)).body("version", is(1))
                .body("key", is(read.get("key")));
        read.put("status", "ANNOUNCED");
        admin().body(read).put("/api/context-events/" + id).then().spec(problem(409));
        read.remove("version");
        admin().body(read).put("/api/context-events/" + id).then().spec(badRequest("version"));
        anonymous().get("/api/context-events/" + id).then().body("status", is("CLOSED")).body("version", is(1));
    }

    @Test
    void deleteIsForAdmins() {
        String company = createCompany(unique("Deleted Context AI"));
        int id = create(contextEvent(company, "OTHER", "Gone soon", "2025"));
        anonymous().redirects().follow(false).delete("/api/context-events/" + id).then().spec(problem(401))
                .header("WWW-Authenticate", BASIC_CHALLENGE);
        as(createUser("editor")).delete("/api/context-events/" + id).then().spec(problem(403));
        admin().delete("/api/context-events/" + id).then().statusCode(204);
        anonymous().get("/api/context-events/" + id).then().spec(problem(404));
        admin().delete("/api/context-events/" + id).then().spec(problem(404));
    }

    @Test
    void deletingAContextEventThatEventsLinkToUnlinksIt() {
        String company = createCompany(unique("Linked Context AI"));
        int id = create(contextEvent(company, "PRODUCT_LAUNCH", "Linked launch", "2025-06-01"));
        String key = anonymous().get("/api/context-events/" + id).then().extract().path("key");
        Map<String, Object> e = event("DEPARTURE", "2025-06-05", createPerson(unique("Linked Leaver")), company,
                "Engineer", "ENGINEERING");
        e.put("context", List.of(key));
        int eventId = postEvent(e);
        anonymous().get("/api/events/" + eventId).then().body("context.key", contains(key));
        admin().delete("/api/context-events/" + id).then().statusCode(204);
        anonymous().get("/api/events/" + eventId).then().statusCode(200).body("context", empty());
    }

    @Test
    void unknownIdIsA404() {
        anonymous().get("/api/context-events/999999999").then().spec(problem(404));
        anonymous().get("/api/context-events/not-a-number").then().spec(problem(404));
    }
}
