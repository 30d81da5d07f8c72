package org.personneltracker.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed data as a first-time user sees it: the resignation of Mrinank Sharma with its context, through the API
 * and the pages. Read-only: the other tests build the records they need and never touch the seed's.
 */
@QuarkusTest
class SeedDataTest {

    static final String LAUNCH = "anthropic-2026-02-05-product-launch-claude-opus-4-6";
    static final String SHARMA = "anthropic-2026-02-09-departure-mrinank-sharma";

    private static String html(String path) {
        return given().get(path).then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    @Test
    void theSeedCaseIsLoadedWithItsContext() {
        anonymous().get("/api/events?person=mrinank-sharma").then().statusCode(200)
                .body("items[0].key", is(SHARMA))
                .body("items[0].type", is("DEPARTURE"))
                .body("items[0].date", is("2026-02-09"))
                .body("items[0].company.slug", is("anthropic"))
                .body("items[0].role.team", is("Safeguards Research"))
                .body("items[0].role.category", is("SAFETY"))
                .body("items[0].role.seniority", is("HEAD"))
                .body("items[0].destination", nullValue())
                .body("items[0].context.key", hasItem(LAUNCH))
                .body("items[0].context.type", hasItems("PRODUCT_LAUNCH", "FUNDING_ROUND", "HEADCOUNT"))
                .body("items[0].sources.tier", hasItem("PRIMARY"));
    }

    @Test
    void theSeedHasAnthropicsFundingTalksAndHeadcount() {
        anonymous().queryParam("company", "anthropic").queryParam("type", "FUNDING_ROUND")
                .queryParam("from", "2026-02").queryParam("to", "2026-02").get("/api/context-events")
                .then().statusCode(200)
                .body("items.find { it.status == 'IN_TALKS' }.valuation", is(350_000_000_000L))
                .body("items.find { it.status == 'IN_TALKS' }.currency", is("USD"));
        anonymous().queryParam("company", "anthropic").queryParam("type", "HEADCOUNT").get("/api/context-events")
                .then().statusCode(200)
                .body("items.amount", hasItem(2000))
                .body("items.find { it.amount == 2000 }.currency", nullValue());
    }

    @Test
    void theSeedTimelinePutsTheLaunchBeforeTheDeparture() {
        List<String> keys = anonymous().queryParam("limit", 500).get("/api/companies/anthropic/timeline").then()
                .statusCode(200).extract().path("items.key");
        assertTrue(keys.indexOf(LAUNCH) >= 0 && keys.indexOf(LAUNCH) < keys.indexOf(SHARMA), keys.toString());
    }

    @Test
    void googleDeepMindIsAlsoCalledDeepMind() {
        anonymous().queryParam("q", "deepmind").get("/api/companies")
                .then().statusCode(200).body("items.slug", hasItem("google-deepmind"));
    }

    @Test
    void theSeedCaseReadsOnThePages() {
        String timeline = html("/companies/anthropic");
        assertTrue(timeline.contains("Mrinank Sharma"));
        assertTrue(timeline.contains("Claude Opus 4.6"));
        assertTrue(timeline.contains("Lead, Safeguards Research Team"));
        assertTrue(html("/companies").contains("href=\"/companies/anthropic\""));
        String person = html("/people/mrinank-sharma");
        assertTrue(person.contains("Positions"));
        assertTrue(person.contains("Today is my last day at Anthropic"));
        int id = anonymous().get("/api/events?person=mrinank-sharma").then().statusCode(200).extract().path("items[0].id");
        String event = html("/events/" + id);
        assertTrue(event.contains("Lead, Safeguards Research Team"));
        assertTrue(event.contains("Claude Opus 4.6"), "linked context events");
        assertTrue(event.contains("9 Feb 2026"));
        String explorer = html("/events?category=SAFETY&company=anthropic");
        assertTrue(explorer.contains("Mrinank Sharma"));
        assertFalse(explorer.contains("Sam Altman"));
    }
}
