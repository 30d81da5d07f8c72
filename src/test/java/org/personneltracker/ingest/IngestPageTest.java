package org.personneltracker.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Pages;

/** The ingest page; the article read is the seed's case, so the findings link to the seed's records (read-only). */
@QuarkusTest
class IngestPageTest {

    @Test
    void anArticleIsShownWithItsFindingsAndADraftToReview() {
        Pages a = Pages.admin();
        String html = a.request().get("/ingest").then().statusCode(200)
                .body(containsString("Log from an article")).extract().asString();
        a.token = Pages.tokenIn(html);
        String page = a.request().multiPart("csrf-token", a.token).multiPart("text", IngestApiTest.SHARMA)
                .multiPart("url", "https://example.com/sharma").multiPart("publishedDate", "2026-02-10")
                .post("/ingest").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("mrinank-sharma"), page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("class=\"span-person\""));
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<dt>Confidence</dt>"), "each candidate shows its confidence");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("name=\"action\" value=\"review\""));
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("matches anthropic-2026-02-05-product-launch-claude-opus-4-6"));

        // "review and log" opens the logging form filled in, and stores nothing
        int before = given().get("/api/events?limit=1").then().extract().path("total");
        String form = a.form().formParam("action", "review").formParam("type", "DEPARTURE")
                .formParam("person", "mrinank-sharma").formParam("company", "anthropic").formParam("date", "2026-02-09")
                .formParam("role.category", "SAFETY").formParam("sources[0].url", "https://example.com/sharma")
                .formParam("sources[0].text", IngestApiTest.SHARMA)
                .post("/events/new").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(form.contains("value=\"2026-02-09\""));
        org.junit.jupiter.api.Assertions.assertTrue(form.contains("name=\"sources[0].text\""));
        given().get("/api/events?limit=1").then().body("total", is(before));
    }

    @Test
    void userTextIsEscapedAndBadInputExplained() {
        Pages a = Pages.admin();
        a.token = Pages.tokenIn(a.request().get("/ingest").then().extract().asString());
        a.request().multiPart("csrf-token", a.token).multiPart("text", "   ").post("/ingest").then().statusCode(200)
                .body(containsString("could not be read"));
        a.request().multiPart("csrf-token", a.token)
                .multiPart("text", "<script>alert(1)</script> Jane Roe resigned from Anthropic on Monday.")
                .multiPart("publishedDate", "2026-02-10").post("/ingest").then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void onlyEditorsMayUseIt() {
        given().redirects().follow(false).get("/ingest").then().statusCode(302).header("Location", containsString("/login"));
    }
}
