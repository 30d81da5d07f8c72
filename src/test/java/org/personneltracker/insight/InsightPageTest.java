package org.personneltracker.insight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Api;
import org.personneltracker.support.Fixtures;
import org.personneltracker.support.Pages;

/** The pages that show insights, on the hand-computed world of {@link InsightData}. */
@QuarkusTest
class InsightPageTest {

    /** The page as UTF-8 text (dashes and arrows included). */
    private static String html(String path) {
        return new String(given().get(path).then().statusCode(200).contentType(containsString("text/html")).extract()
                .asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertBefore(String page, String first, String second) {
        int a = page.indexOf(first);
        int b = page.indexOf(second);
        assertTrue(a >= 0 && b >= 0 && a < b, "'" + first + "' before '" + second + "'");
    }

    @Test
    void theInsightsPageShowsEverySectionForTheFiltersInItsAddress() {
        InsightData d = InsightData.get();
        String page = html("/insights?company=" + d.alpha + "&interval=QUARTER&by=category");
        assertTrue(page.contains("href=\"/insights\" aria-current=\"page\""), "linked from the navigation");
        assertTrue(page.contains("<option value=\"" + d.alpha + "\" selected>"), "the filters are the address");
        // waves: the March run, its people and its context
        assertTrue(page.contains(d.alphaName + "</a>: 3 departures, 3 Mar 2025 – Mar 2025"), page);
        assertTrue(page.contains("Alpha One <span class=\"muted\">(1 Mar 2025, 2 days before the first departure)"));
        // flows: the matrix (SVG with a text alternative) and the table, each cell a link to its moves
        assertTrue(page.contains("<svg class=\"chart matrix\""));
        assertTrue(page.contains("<desc id=\"matrix-desc\">4 moves between 2 pairs of companies."));
        assertTrue(page.contains("href=\"/insights/flow?origin=" + d.alpha + "&amp;destination=" + d.gamma + "\""));
        // series: chart with axes, legend with patterns, the numbers, CSV and JSON
        assertTrue(page.contains("▼ Departures") && page.contains("Arrivals ▲") && page.contains("Quarter (date of the move)"));
        assertTrue(page.contains("fill=\"url(#fill-stripes)\""), "keys differ by pattern, not colour alone");
        assertTrue(page.contains("<th scope=\"row\">2025-Q1</th><td class=\"text\">Safety</td><td>2</td><td>0</td>"));
        assertTrue(page.contains("href=\"/api/insights/series?company=" + d.alpha + "&amp;interval=QUARTER&amp;by=category&amp;format=csv\""));
        assertTrue(page.contains("href=\"/api/insights/waves?company=" + d.alpha + "&amp;days=30&amp;minSize=3\""));
        // after launches: the counts and the plain words
        assertTrue(page.contains("data-label=\"Per 30 days after\">1.6</td>"));
        assertTrue(page.contains("4 of 6 departures fell in the 30 days after 3 launches or funding events"));
        assertTrue(page.contains("1 departure is dated only to a year"));
    }

    @Test
    void badFiltersOnThePageAreExplainedAndEverythingIsShown() {
        String page = html("/insights?days=0&interval=WEEK&company=no-such-company-xyz");
        assertTrue(page.contains("Some filters could not be used"));
        assertTrue(page.contains("<strong>days</strong>"));
        assertTrue(page.contains("<strong>interval</strong>"));
        assertTrue(page.contains("Waves of departures"));
    }

    @Test
    void aFlowCellListsTheMovesBehindIt() {
        InsightData d = InsightData.get();
        String page = html("/insights/flow?origin=" + d.alpha + "&destination=" + d.gamma);
        assertTrue(page.contains("3 moves for these filters"));
        for (int id : List.of(d.dep3, d.hir10, d.hir6, d.dep7)) {
            assertTrue(page.contains("href=\"/events/" + id + "\""), "event " + id + " is listed");
        }
        assertFalse(page.contains("href=\"/events/" + d.dep1 + "\""), "a move to Beta is not");
        given().get("/insights/flow?origin=" + d.alpha).then().statusCode(400).contentType(containsString("text/html"));
    }

    @Test
    void anEventPageShowsWhatHappenedAroundIt() {
        InsightData d = InsightData.get();
        String page = html("/events/" + d.dep3);
        assertTrue(page.contains("Around this event"));
        assertTrue(page.contains("9 days after the Alpha One launch"));
        assertTrue(page.contains("During talks at a $10B valuation"));
        assertTrue(page.contains("2 other departures from the same team that month"));
        assertTrue(page.contains("<span class=\"phrase\">7 days earlier</span> <span class=\"badge\">same team</span>"));
        assertTrue(page.contains("href=\"/api/insights/around/" + d.dep3 + "\""));
    }

    @Test
    void theCompanyTimelineAndItsChartMarkEachWave() {
        InsightData d = InsightData.get();
        String page = html("/companies/" + d.alpha);
        assertTrue(page.contains("<p class=\"wave-band\">Wave of departures: 3 from 3 Mar 2025 – Mar 2025 (about)</p>"));
        assertTrue(page.contains("class=\"month in-wave\""));
        assertTrue(page.contains("class=\"wave-rect\""), "a band on the chart");
        assertTrue(page.contains("<li>Wave of departures: 3 from 3 Mar 2025 – Mar 2025 (about)</li>"), "and in words");
        assertFalse(html("/companies/" + d.beta).contains("wave-band"));
    }

    @Test
    void theLoggingFormSuggestsCompanyEventsNearTheDateInDateOrder() {
        // a company of its own, so the shared world stays as the other tests computed it
        String company = Fixtures.createCompany(Api.unique("Form Insight Labs"));
        String talks = InsightData.context(company, "FUNDING_ROUND", "Talks", "2025-03", 5_000_000_000L, "IN_TALKS");
        String launch = InsightData.context(company, "PRODUCT_LAUNCH", "Form One", "2025-03-01", null, null);
        String later = InsightData.context(company, "PRODUCT_LAUNCH", "Form Two", "2025-08-25", null, null);
        String year = InsightData.headcount(company, "2025", 40);
        Map<String, Object> body = Fixtures.event("DEPARTURE", "2025-03-05",
                Fixtures.createPerson(Api.unique("Form Person")), company, "Engineer", "ENGINEERING");
        body.put("context", List.of(talks));
        int id = Fixtures.postEvent(body);
        Pages a = Pages.admin();
        String form = a.request().get("/events/" + id + "/edit").then().statusCode(200).extract().asString();
        // in date order (issue 13): the launch on 1 March before the linked March talks (a month stands at its middle);
        // August and the year-only headcount not offered
        assertBefore(form, "value=\"" + launch + "\"", "value=\"" + talks + "\" checked");
        assertTrue(form.contains("4 days before this date"));
        assertTrue(form.contains("around this date (its period covers it)"));
        assertFalse(form.contains("value=\"" + later + "\""));
        assertFalse(form.contains("value=\"" + year + "\""));
        // the fragment the form's script swaps in, for another date: Form Two is 5 days before 30 Aug
        String fragment = a.request().get("/events/context-options?company=" + company + "&date=2025-08-30")
                .then().statusCode(200).extract().asString();
        assertTrue(fragment.contains("value=\"" + later + "\""));
        assertTrue(fragment.contains("5 days before this date"));
        assertFalse(fragment.contains("value=\"" + launch + "\""));
    }

    @Test
    void articleAssistedLoggingSuggestsTheCompanysEventsNearTheDate() {
        Pages a = Pages.admin();
        a.token = Pages.tokenIn(a.request().get("/ingest").then().extract().asString());
        String page = a.request().get(a.request().multiPart("csrf-token", a.token).multiPart("text", ARTICLE)
                .multiPart("publishedDate", "2026-02-10").post("/ingest").then().statusCode(303).extract()
                .header("Location")).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Link to company events"), page);
        // the launch the article mentions comes ticked and first; Sonnet 4.6 (17 Feb) is offered unticked
        assertTrue(page.contains("value=\"anthropic-2026-02-05-product-launch-claude-opus-4-6\" checked"));
        assertTrue(page.contains("value=\"anthropic-2026-02-17-product-launch-claude-sonnet-4-6\" >")
                || page.contains("value=\"anthropic-2026-02-17-product-launch-claude-sonnet-4-6\">"));
        assertBefore(page, "claude-opus-4-6\" checked", "claude-sonnet-4-6\"");
        assertTrue(page.contains("4 days before this date"));
    }

    private static final String ARTICLE = "Mrinank Sharma, who led Anthropic's Safeguards Research team, resigned on"
            + " Monday, February 9, days after Anthropic launched Claude Opus 4.6. \"Today is my last day at Anthropic."
            + " I resigned,\" he wrote.";
}
