package org.personneltracker.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
        String results = a.request().multiPart("csrf-token", a.token).multiPart("text", IngestApiTest.SHARMA)
                .multiPart("url", "https://example.com/sharma").multiPart("publishedDate", "2026-02-10")
                .post("/ingest").then().statusCode(303).header("Location", matchesPattern(".*/ingest/[0-9a-f-]{36}"))
                .extract().header("Location");
        String page = a.request().get(results).then().statusCode(200).extract().asString();
        // the suggested quote is the sentence that names him, not his words "Today is my last day..."
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<q>Mrinank Sharma, who led Anthropic&#39;s Safeguards"
                + " Research team, announced his resignation on Monday, February 9, in a letter posted on X.</q>")
                || page.contains("<q>Mrinank Sharma, who led Anthropic's Safeguards Research team, announced his"
                + " resignation on Monday, February 9, in a letter posted on X.</q>"), page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("mrinank-sharma"), page);
        // readers see names and words, not slugs and codes
        org.jsoup.nodes.Element first = org.jsoup.Jsoup.parse(page).selectFirst("li.candidate");
        org.junit.jupiter.api.Assertions.assertTrue(first.selectFirst("h3").text().startsWith("1. Departure: Mrinank Sharma at Anthropic"),
                first.selectFirst("h3").text());
        String role = first.select("dt:containsOwn(Role) + dd").text();
        org.junit.jupiter.api.Assertions.assertTrue(role.contains("Safety") && !role.contains("SAFETY"), role);
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
    void afterLoggingACandidateTheReaderIsBackOnTheResultsWithItMarkedAndTheNextOneToReview() {
        String companyName = org.personneltracker.support.Api.uniqueName("Corvid", "Lab");
        String company = org.personneltracker.support.Fixtures.createCompany(companyName);
        String leaver = org.personneltracker.support.Api.uniqueName("Quinn", "Mar");
        String joiner = org.personneltracker.support.Api.uniqueName("Robin", "Hale");
        String article = companyName + " loses its safety lead\n\n" + leaver + ", who led the Alignment team at "
                + companyName + ", resigned on Monday, March 2, 2026. \"It was time,\" the researcher wrote.\n\n"
                + joiner + " joined " + companyName + " as head of research on March 3, 2026.";
        Pages a = Pages.admin();
        a.token = Pages.tokenIn(a.request().get("/ingest").then().extract().asString());
        String results = a.request().multiPart("csrf-token", a.token).multiPart("text", article)
                .multiPart("url", "https://example.com/corvid/" + System.nanoTime())
                .multiPart("publishedDate", "2026-03-04").multiPart("title", companyName + " loses its safety lead")
                .multiPart("publisher", "Example News")
                .post("/ingest").then().statusCode(303).extract().header("Location");
        String id = results.substring(results.lastIndexOf('/') + 1);
        Document page = Jsoup.parse(a.request().get(results).then().statusCode(200).extract().asString());
        Elements candidates = page.select("li.candidate");
        org.junit.jupiter.api.Assertions.assertTrue(candidates.size() >= 2, page.text());
        org.junit.jupiter.api.Assertions.assertEquals("next", candidates.get(0).id(), "the first is the one to review");

        // "Review and log" the first, then save it (confirming the new person)
        Element first = candidates.get(0);
        String person = first.select("input[name=person]").val();
        var save = a.form();
        for (Element input : first.select("form input[type=hidden]")) {
            if (!input.attr("name").equals("csrf-token") && !input.attr("name").equals("action")) {
                save.formParam(input.attr("name"), input.val());
            }
        }
        String saved = save.formParam("action", "save").formParam("confirmNew", "person:" + person)
                .post("/events/new").then().statusCode(303).extract().header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(saved.matches(".*/ingest/" + id + "\\?logged=1&event=\\d+#next"),
                saved);
        String event = saved.replaceAll(".*event=(\\d+).*", "$1");
        org.personneltracker.support.Api.anonymous().get("/api/events/" + event).then().statusCode(200)
                .body("company.slug", is(company)).body("sources[0].title", is(companyName + " loses its safety lead"));

        // back on the same results, without pasting again: the first is logged (linking to its event), the second is next
        Document back = Jsoup.parse(a.request().get(saved.replace("#next", "")).then().statusCode(200).extract().asString());
        Elements now = back.select("li.candidate");
        org.junit.jupiter.api.Assertions.assertEquals(candidates.size(), now.size());
        org.junit.jupiter.api.Assertions.assertTrue(now.get(0).select(".badge.ok").text().contains("logged"));
        org.junit.jupiter.api.Assertions.assertEquals("/events/" + event, now.get(0).select(".logged-as a").attr("href"));
        org.junit.jupiter.api.Assertions.assertEquals("next", now.get(1).id());
        org.junit.jupiter.api.Assertions.assertTrue(now.get(0).select("dt:containsOwn(Person) + dd").text().contains("known"),
                "the person the first created is known now");
        org.junit.jupiter.api.Assertions.assertEquals("Review and log", now.get(1).select("button").text());
        org.junit.jupiter.api.Assertions.assertTrue(now.get(1).select("button").hasClass("button")
                && !now.get(1).select("button").hasClass("secondary"), "the next one's button is the main one");
        org.junit.jupiter.api.Assertions.assertTrue(back.select("#logged-note").text().contains("Next:"));
        // and it stays so when opened again
        org.junit.jupiter.api.Assertions.assertTrue(Jsoup.parse(a.request().get(results).then().extract().asString())
                .select("li.candidate").get(0).text().contains("logged"));

        // the results are the reader's own: another editor does not see them, nor an unknown id
        Pages other = Pages.signedIn(org.personneltracker.support.Fixtures.createUser("editor"),
                org.personneltracker.support.Fixtures.USER_PASSWORD);
        other.request().get(results).then().statusCode(404);
        a.request().get("/ingest/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void userTextIsEscapedAndBadInputExplained() {
        Pages a = Pages.admin();
        a.token = Pages.tokenIn(a.request().get("/ingest").then().extract().asString());
        a.request().multiPart("csrf-token", a.token).multiPart("text", "   ").post("/ingest").then().statusCode(200)
                .body(containsString("could not be read"));
        String results = a.request().multiPart("csrf-token", a.token)
                .multiPart("text", "<script>alert(1)</script> Jane Roe resigned from Anthropic on Monday.")
                .multiPart("publishedDate", "2026-02-10").post("/ingest").then().statusCode(303).extract()
                .header("Location");
        a.request().get(results).then().statusCode(200).body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void onlyEditorsMayUseIt() {
        given().redirects().follow(false).get("/ingest").then().statusCode(302).header("Location", containsString("/login"));
    }
}
