package org.personneltracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.Slugs;
import org.personneltracker.support.Pages;

@QuarkusTest
class PagesTest {

    private static String html(String path) {
        return given().get(path).then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    @Test
    void homeShowsLatestEventsSearchAndEntryPoints() {
        String page = html("/");
        assertTrue(page.contains("<title>"), page);
        assertTrue(page.contains("Latest events"));
        assertTrue(page.contains("action=\"/events\""), "search box posts to the explorer");
        assertTrue(page.contains("href=\"/companies\""));
        assertTrue(page.contains("rel=\"icon\""));
        assertTrue(page.contains("<main id=\"main\""));
    }

    /** A company with a launch and, four days later, a safety lead's departure citing a quote (like the seed's case). */
    private static Case safetyLeadLeaves() {
        String company = createCompany(unique("Pages Labs"));
        String person = unique("Pages Lead");
        String launch = postContextEvent(contextEvent(company, "PRODUCT_LAUNCH", "Model Five", "2026-02-05"));
        Map<String, Object> body = departure(person, "unused");
        body.put("company", company);
        body.put("context", List.of(launch));
        int id = postEvent(body);
        return new Case(company, person, Slugs.slugify(person), id);
    }

    record Case(String company, String person, String personSlug, int event) {
    }

    @Test
    void companyTimelineShowsEventsWithContextAndChart() {
        Case c = safetyLeadLeaves();
        String page = html("/companies/" + c.company());
        assertTrue(page.contains(c.person()));
        assertTrue(page.contains("Model Five"));
        assertTrue(page.contains("Lead, Safety Research"));
        assertTrue(page.contains("entry context"), "context entries are styled apart");
        assertTrue(page.contains("<svg class=\"chart"), "the chart is server-rendered SVG");
        assertTrue(page.contains("Departures") && page.contains("Quarter"), "axes are labelled");
        assertTrue(page.contains("class=\"legend\""));
        assertTrue(page.contains("February 2026"), "entries are grouped by month");
    }

    @Test
    void companiesListLinksToTimelines() {
        String company = createCompany(unique("Listed Labs"));
        String page = html("/companies");
        assertTrue(page.contains("href=\"/companies/" + company + "\""));
        assertTrue(html("/companies?q=zzzz-no-such").contains("No companies match"));
    }

    @Test
    void monthPrecisionDatesAreShownAsMonths() {
        String company = unique("Monthly AI");
        String person = unique("Month Person");
        Map<String, Object> body = with(departure(person, company), "date", "2026-02");
        admin().body(body).post("/api/events").then().statusCode(201);
        String page = html("/companies/" + Slugs.slugify(company));
        assertTrue(page.contains(">Feb 2026<"), "month precision as 'Feb 2026'");
        assertFalse(page.contains("1 Feb 2026"), "never as the first of the month");
    }

    @Test
    void timelineFiltersAreQueryParameters() {
        String company = unique("Filter Labs");
        String safety = unique("Safety Person");
        String research = unique("Research Person");
        admin().body(departure(safety, company)).post("/api/events").then().statusCode(201);
        Map<String, Object> r = departure(research, company);
        ((Map<String, Object>) r.get("role")).put("category", "RESEARCH");
        r.put("company", Map.of("slug", Slugs.slugify(company)));
        admin().body(r).post("/api/events").then().statusCode(201);
        String slug = Slugs.slugify(company);
        String all = html("/companies/" + slug);
        assertTrue(all.contains(safety) && all.contains(research));
        String filtered = html("/companies/" + slug + "?category=SAFETY&from=&to=");
        assertTrue(filtered.contains(safety));
        assertFalse(filtered.contains(research));
        assertTrue(filtered.contains("<option value=\"SAFETY\" selected>"));
    }

    @Test
    void explorerFiltersByCategoryWithFacetCountsAndAJsonLink() {
        String company = unique("Explorer AI");
        String slug = Slugs.slugify(company);
        String safety = unique("Explorer Safety");
        String research = unique("Explorer Research");
        admin().body(departure(safety, company)).post("/api/events").then().statusCode(201);
        Map<String, Object> r = departure(research, slug);
        r.put("company", slug);
        ((Map<String, Object>) r.get("role")).put("category", "RESEARCH");
        admin().body(r).post("/api/events").then().statusCode(201);

        String page = html("/events?company=" + slug + "&category=SAFETY");
        assertTrue(page.contains(safety));
        assertFalse(page.contains(research));
        assertTrue(page.contains("1 event<"), page);
        // the category facet still counts the other categories
        assertTrue(page.matches("(?s).*value=\"RESEARCH\" *>.*?Research</span>\\s*<span class=\"count\">1<.*"), "facet count");
        assertTrue(page.contains("href=\"/api/events?company=" + slug + "&amp;category=SAFETY"));
    }

    @Test
    void explorerShowsBadFiltersAsMessages() {
        String page = given().get("/events?category=NOPE").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Some filters could not be used"));
    }

    @Test
    void personPageShowsCareerWithSources() {
        Case c = safetyLeadLeaves();
        String page = html("/people/" + c.personSlug());
        assertTrue(page.contains(c.person()));
        assertTrue(page.contains("Positions"));
        assertTrue(page.contains("I resigned."));
    }

    @Test
    void eventPageShowsRoleSourcesQuotesAndContext() {
        Case c = safetyLeadLeaves();
        String page = html("/events/" + c.event());
        assertTrue(page.contains("Lead, Safety Research"));
        assertTrue(page.contains("Model Five"), "linked context events");
        assertTrue(page.contains("<blockquote>"));
        assertTrue(page.contains("9 Feb 2026"));
    }

    @Test
    void unknownRecordsAreHtml404s() {
        given().get("/companies/no-such-company").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Not found"));
        given().get("/people/no-such-person").then().statusCode(404);
        given().get("/events/999999999").then().statusCode(404);
        given().get("/events/abc").then().statusCode(anyOf(is(400), is(404)));
    }

    @Test
    void anonymousVisitorsOfTheFormAreSentToLoginWhileTheApiAnswers401() {
        given().redirects().follow(false).get("/events/new").then().statusCode(302)
                .header("Location", containsString("/login"));
        given().redirects().follow(false).get("/events/1/edit").then().statusCode(302)
                .header("Location", containsString("/login"));
        anonymous().body(departure(unique("A"), unique("B"))).post("/api/events").then().statusCode(401);
    }

    @Test
    void signingInWithAWrongPasswordShowsTheFormAgain() {
        Pages v = Pages.visitor();
        v.form().formParam("username", "admin").formParam("password", "wrong-password").post("/login").then()
                .statusCode(401).body(containsString("do not match")).body(containsString("value=\"admin\""));
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRejected() {
        Pages v = Pages.visitor();
        // login form without the token
        v.request().contentType("application/x-www-form-urlencoded").formParam("username", "admin")
                .formParam("password", ADMIN_PASSWORD).post("/login").then().statusCode(400);
        // the event form, signed in, without the token
        Pages a = Pages.admin();
        a.request().contentType("application/x-www-form-urlencoded").formParam("type", "DEPARTURE")
                .post("/events/new").then().statusCode(400);
        // a token that does not match the cookie
        a.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", "x" + a.token)
                .post("/logout").then().statusCode(400);
        // Quarkus' own form login route is closed (it is out of reach of the CSRF filter)
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", ADMIN_PASSWORD)
                .post("/j_security_check").then().statusCode(404);
    }

    @Test
    void jsonPostsToTheApiStillWorkWithBasicAuth() {
        // even when the client also holds a CSRF cookie, a JSON request is not a form and needs no token
        Pages v = Pages.visitor();
        admin().cookies(v.cookies).body(departure(unique("Json Person"), unique("Json Co"))).post("/api/events")
                .then().statusCode(201);
    }

    @Test
    void loggingAnEventThroughTheFormShowsErrorsThenSaves() {
        Pages a = Pages.admin();
        String person = unique("Form Person");
        String company = unique("Form Co");
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of(
                "type", "DEPARTURE", "date", "2026-02-30", "person", person, "company", company,
                "role.title", "Head of Alignment", "role.category", "SAFETY", "role.seniority", "HEAD",
                "sources[0].url", "https://example.com/form/" + System.nanoTime(), "sources[0].quote", "I left.",
                "action", "save"));
        String refused = a.form().formParams(fields).post("/events/new").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("is not a real date"), refused);
        assertTrue(refused.contains("value=\"" + person + "\""), "typed values are kept");
        assertTrue(refused.contains("value=\"2026-02-30\""));
        assertTrue(refused.contains("class=\"field invalid\""));

        fields.put("date", "2026-02");
        // new names are created only once confirmed: the form asks first, and saves nothing
        String asked = a.form().formParams(fields).post("/events/new").then().statusCode(200).extract().asString();
        assertTrue(asked.contains("New person “" + person + "”"), asked);
        assertTrue(asked.contains("New company “" + company + "”"), asked);
        given().queryParam("q", person).get("/api/events").then().body("total", is(0));
        Map<String, Object> confirmed = new java.util.LinkedHashMap<>(fields);
        confirmed.put("confirmNew", List.of("person:" + person, "company:" + company));
        String location = a.form().formParams(confirmed).post("/events/new").then().statusCode(303).extract()
                .header("Location");
        assertTrue(location.matches(".*/events/\\d+\\?saved=1"), location);
        String id = location.replaceAll(".*/events/(\\d+).*", "$1");
        given().get("/api/events/" + id).then().statusCode(200).body("person.name", is(person))
                .body("date", is("2026-02")).body("role.category", is("SAFETY"))
                .body("sources[0].quote", is("I left."));
        assertTrue(html("/companies/" + Slugs.slugify(company)).contains(person));
    }

    @Test
    void sourceViolationsAreShownBesideTheirRow() {
        Pages a = Pages.admin();
        String page = a.form().formParams(Map.of("type", "DEPARTURE", "date", "2026-01-01", "person", unique("P"),
                "company", unique("C"), "role.category", "SAFETY", "sources[1].url", "ftp://example.com/x",
                "action", "save")).post("/events/new").then().statusCode(400).extract().asString();
        assertTrue(page.contains("only http and https"), page);
        assertTrue(page.contains("value=\"ftp://example.com/x\""));
        // the violation about request source 0 is shown on form row 1 (row 0 was blank)
        assertTrue(page.matches("(?s).*id=\"sources\\[1\\]\\.url\"[^>]*aria-invalid=\"true\".*"), "row 1 is marked");
    }

    @Test
    void aConcurrentEditIsReportedNotOverwritten() {
        Pages a = Pages.admin();
        int id = admin().body(departure(unique("Edit Person"), unique("Edit Co"))).post("/api/events").then()
                .statusCode(201).extract().path("id");
        String form = a.request().get("/events/" + id + "/edit").then().statusCode(200).extract().asString();
        assertTrue(form.contains("name=\"version\" value=\"0\""));
        // someone else saves first
        Map<String, Object> current = given().get("/api/events/" + id).then().extract().as(Map.class);
        current.put("summary", "changed elsewhere");
        admin().body(current).put("/api/events/" + id).then().statusCode(200);

        String page = a.form().formParams(Map.of("type", "DEPARTURE", "date", "2026-02-09", "person",
                (String) ((Map<?, ?>) current.get("person")).get("slug"), "company",
                (String) ((Map<?, ?>) current.get("company")).get("slug"), "role.category", "SAFETY",
                "summary", "my edit", "sources[0].url", (String) ((Map<?, ?>) ((List<?>) current.get("sources")).get(0)).get("url"),
                "version", "0", "action", "save")).post("/events/" + id + "/edit").then().statusCode(409).extract().asString();
        assertTrue(page.contains("changed this event after you opened the form"));
        assertTrue(page.contains("href=\"/events/" + id + "/edit\""), "a link to reload");
        assertTrue(page.contains("my edit"), "the user's text is kept");
        given().get("/api/events/" + id).then().body("summary", is("changed elsewhere"));
    }

    @Test
    void htmlInNamesIsShownAsText() {
        String evil = "<script>alert(1)</script>";
        String company = unique("Injection Co");
        admin().body(departure(evil, company)).post("/api/events").then().statusCode(201);
        String page = html("/companies/" + Slugs.slugify(company));
        assertFalse(page.contains(evil), "never rendered as markup");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void contextOptionsFollowCompanyAndDate() {
        String company = createCompany(unique("Options Labs"));
        postContextEvent(contextEvent(company, "PRODUCT_LAUNCH", "Model Five", "2026-02-05"));
        Pages a = Pages.admin();
        String page = a.request().get("/events/context-options?company=" + company + "&date=2026-02-09").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Model Five"), page);
        String noJs = a.form().formParams(Map.of("company", company, "date", "2026-02-09", "action",
                "find-context")).post("/events/new").then().statusCode(200).extract().asString();
        assertTrue(noJs.contains("name=\"context\""));
    }

    @Test
    void signingOutClearsTheSession() {
        Pages a = Pages.admin();
        a.request().get("/events/new").then().statusCode(200);
        io.restassured.response.Response out = a.form().post("/logout");
        out.then().statusCode(303);
        assertEquals("", out.getCookie(Pages.SESSION_COOKIE));
    }
}
