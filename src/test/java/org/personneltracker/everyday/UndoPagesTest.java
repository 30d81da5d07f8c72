package org.personneltracker.everyday;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Pages;

/** The pages that correct the record: edit, merge, retract, delete, add a company event; sharing tags. */
@QuarkusTest
class UndoPagesTest {

    @Test
    void editAPersonShowingEveryProblemAtOnceByLabelThenSave() {
        String slug = createPerson(unique("Edna Editable"));
        Pages a = Pages.admin();
        String form = a.request().get("/people/" + slug + "/edit").then().statusCode(200).extract().asString();
        assertTrue(form.contains("Name <span class=\"required\">(required)</span>"), "required fields are marked");
        int version = given().get("/api/people/" + slug).then().extract().path("version");

        String refused = a.form().formParams(Map.of("name", " ", "linkLines", "ftp://nowhere.example\nhttps://ok.example",
                "version", Integer.toString(version))).post("/people/" + slug + "/edit").then().statusCode(400)
                .extract().asString();
        assertTrue(refused.contains("2 problems to fix"), refused);
        assertTrue(refused.contains(">Name</a>: fill this in"), refused);
        assertTrue(refused.contains(">Link 1</a>"), refused);
        assertFalse(refused.contains("links[0]</a>"), "labels, not codes");

        a.form().formParams(Map.of("name", "Edna Edited " + slug, "aliasLines", "E. Edited\n\nEdna E.", "bio", "Writes.",
                "version", Integer.toString(version))).post("/people/" + slug + "/edit").then().statusCode(303)
                .header("Location", endsWith("/people/" + slug + "?saved=1"));
        given().get("/api/people/" + slug).then().body("name", is("Edna Edited " + slug))
                .body("aliases", contains("E. Edited", "Edna E.")).body("bio", is("Writes."));
        // a stale version is a conflict, not an overwrite
        a.form().formParams(Map.of("name", "Overwritten", "version", Integer.toString(version)))
                .post("/people/" + slug + "/edit").then().statusCode(409);
        given().get("/api/people/" + slug).then().body("name", is("Edna Edited " + slug));
    }

    @Test
    void editACompanyRefusesAnUnknownParentAndABadYearTogether() {
        String slug = createCompany(unique("Editco"));
        Pages a = Pages.admin();
        a.request().get("/companies/" + slug + "/edit").then().statusCode(200);
        String refused = a.form().formParams(Map.of("name", "Editco", "foundedYear", "twenty", "parent",
                "No Such Parent " + slug, "website", "javascript:alert(1)", "version", "0"))
                .post("/companies/" + slug + "/edit").then().statusCode(400).extract().asString();
        assertTrue(refused.contains(">Founded (year)</a>"), refused);
        assertTrue(refused.contains(">Parent company</a>"), refused);
        assertTrue(refused.contains(">Website</a>"), refused);
        a.form().formParams(Map.of("name", "Editco Renamed", "foundedYear", "2020", "version", "0"))
                .post("/companies/" + slug + "/edit").then().statusCode(303);
        given().get("/api/companies/" + slug).then().body("name", is("Editco Renamed")).body("foundedYear", is(2020));
    }

    @Test
    void mergeTwoCompaniesFromThePageAndFollowTheOldAddress() {
        String token = unique("m").replace(" ", "");
        String kept = createCompany("Mergewell " + token);
        String typo = createCompany("Mergewel " + token);
        String person = createPerson(unique("Gil Merge"));
        postEvent(event("HIRE", "2025-02", person, typo, "Engineer", "ENGINEERING"));
        Pages a = Pages.admin();
        String form = a.request().get("/companies/" + typo + "/merge").then().statusCode(200).extract().asString();
        assertTrue(form.contains("value=\"" + kept + "\""), "the close name is offered: " + form);
        a.form().formParams(Map.of("into", "")).post("/companies/" + typo + "/merge").then().statusCode(400)
                .body(containsString("Merge into"));
        a.form().formParams(Map.of("into", kept)).post("/companies/" + typo + "/merge").then().statusCode(303)
                .header("Location", containsString("/companies/" + kept));
        given().redirects().follow(false).get("/companies/" + typo).then().statusCode(301)
                .header("Location", is("/companies/" + kept));
        given().get("/companies/" + typo).then().statusCode(200).body(containsString(person.replace('-', ' ').substring(0, 3)));
    }

    @Test
    void retractFromThePageThenSeeTheReasonAndWithdrawIt() {
        String company = createCompany(unique("Pageretract"));
        int id = postEvent(event("DEPARTURE", "2025-07-01", createPerson(unique("Hal Retract")), company, "Lead",
                "SAFETY"));
        String editor = createUser("editor");
        Pages e = Pages.signedIn(editor, USER_PASSWORD);
        String detail = e.request().get("/events/" + id).then().statusCode(200).extract().asString();
        assertTrue(detail.contains("/events/" + id + "/retract"), "editors see Retract");
        assertFalse(detail.contains("/events/" + id + "/delete"), "only admins see Delete");
        String refused = e.form().formParams(Map.of("reason", "")).post("/events/" + id + "/retract").then()
                .statusCode(400).extract().asString();
        assertTrue(refused.contains(">Reason</a>"), refused);
        e.form().formParams(Map.of("reason", "Misread the source.")).post("/events/" + id + "/retract").then()
                .statusCode(303);
        String page = given().get("/events/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("retracted: Misread the source."), page);
        assertTrue(page.contains("<title>Retracted: "), page);
        assertFalse(given().get("/companies/" + company).then().extract().asString().contains("/events/" + id + "\""),
                "the timeline leaves it out");
        e.form().post("/events/" + id + "/reinstate").then().statusCode(303);
        given().get("/api/events/" + id).then().body("$", not(hasKey("retracted")));
    }

    @Test
    void deleteNeedsAnAdminAndExplainsWhyAReferencedPersonStays() {
        String company = createCompany(unique("Deleteco"));
        String person = createPerson(unique("Ida Delete"));
        int id = postEvent(event("HIRE", "2025-01", person, company, "IC", "OTHER"));
        Pages editor = Pages.signedIn(createUser("editor"), USER_PASSWORD);
        editor.request().redirects().follow(false).get("/events/" + id + "/delete").then().statusCode(403);
        editor.request().redirects().follow(false).get("/people/" + person + "/delete").then().statusCode(403);
        editor.form().post("/companies/" + company + "/delete").then().statusCode(403);
        given().redirects().follow(false).get("/companies/" + company + "/merge").then().statusCode(anyOf(is(302),
                is(303), is(401)));
        given().get("/api/companies/" + company).then().statusCode(200);
        Pages a = Pages.admin();
        String confirm = a.request().get("/people/" + person + "/delete").then().statusCode(200).extract().asString();
        assertTrue(confirm.contains("cannot be deleted yet"), confirm);
        a.form().post("/people/" + person + "/delete").then().statusCode(409).body(containsString("Merge this person"));
        a.form().post("/events/" + id + "/delete").then().statusCode(303);
        given().get("/api/events/" + id).then().statusCode(404);
        a.form().post("/people/" + person + "/delete").then().statusCode(303);
        given().get("/api/people/" + person).then().statusCode(404);
        a.form().post("/companies/" + company + "/delete").then().statusCode(303);
        given().get("/api/companies/" + company).then().statusCode(404);
    }

    @Test
    void addAFundingRoundByHandWithEveryProblemShownTogether() {
        String company = createCompany(unique("Roundco"));
        Pages a = Pages.admin();
        String form = a.request().get("/context-events/new?company=" + company).then().statusCode(200).extract()
                .asString();
        assertTrue(form.contains("Title <span class=\"required\">(required)</span>"), form);
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("company", company, "type", "FUNDING_ROUND",
                "title", "", "date", "2025-02-30", "amount", "lots", "sources[0].url", "ftp://x.example/a",
                "action", "save"));
        String refused = a.form().formParams(fields).post("/context-events/new").then().statusCode(400).extract()
                .asString();
        assertTrue(refused.contains(">Title</a>"), refused);
        assertTrue(refused.contains(">Date</a>"), refused);
        assertTrue(refused.contains(">Amount</a>"), refused);
        fields.putAll(Map.of("title", "Series C", "date", "2025-02", "amount", "1,500,000,000", "currency", "usd",
                "status", "ANNOUNCED", "sources[0].url", uniqueUrl(), "sources[0].publisher", "Example Wire"));
        a.form().formParams(fields).post("/context-events/new").then().statusCode(303)
                .header("Location", containsString("/companies/" + company));
        long id = given().queryParam("company", company).get("/api/context-events").then().body("total", is(1))
                .body("items[0].amount", is(1500000000)).body("items[0].currency", is("USD"))
                .extract().jsonPath().getLong("items[0].id");
        String edit = a.request().get("/context-events/" + id + "/edit").then().statusCode(200).extract().asString();
        assertTrue(edit.contains("value=\"Series C\""), edit);
    }

    @Test
    void theEventFormNamesProblemsByTheirLabelsAllAtOnce() {
        Pages a = Pages.admin();
        String refused = a.form().formParams(Map.of("type", "DEPARTURE", "date", "2026-02-30", "action", "save",
                "sources[0].url", "ftp://x.example/b")).post("/events/new").then().statusCode(400).extract().asString();
        for (String label : List.of(">Date</a>", ">Person</a>", ">Company</a>", ">Category</a>", ">Source 1 address</a>")) {
            assertTrue(refused.contains(label), label + " in " + refused);
        }
        assertFalse(refused.contains(">role.category</a>"), "no codes");
        assertFalse(refused.contains("must not be null"), "no terse messages");
    }

    @Test
    void theTypoGuardOffersTheCloseNameAndUsesIt() {
        String token = unique("Tg").replace(" ", "").toLowerCase();
        String kept = createCompany("Anthropolis " + token);
        String person = createPerson(unique("Jo Guarded"));
        Pages a = Pages.admin();
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("type", "HIRE", "date", "2025-03", "person", person,
                "company", "Antropolis " + token, "role.category", "RESEARCH", "sources[0].url", uniqueUrl(),
                "action", "save"));
        String asked = a.form().formParams(fields).post("/events/new").then().statusCode(200).extract().asString();
        assertTrue(asked.contains("New company “Antropolis " + token + "”"), asked);
        assertTrue(asked.contains("did you mean"), asked);
        assertTrue(asked.contains("value=\"company=" + kept + "\""), asked);
        given().queryParam("person", person).get("/api/events").then().body("total", is(0));
        fields.put("use", "company=" + kept);
        a.form().formParams(fields).post("/events/new").then().statusCode(303);
        given().queryParam("person", person).get("/api/events").then().body("total", is(1))
                .body("items[0].company.slug", is(kept));
        given().queryParam("q", "Antropolis " + token).get("/api/companies").then().body("total", is(0));
    }

    @Test
    void sharedPagesCarryOpenGraphTagsAndACitation() {
        String company = createCompany(unique("Shareco"));
        String person = createPerson(unique("Kim Share"));
        int id = postEvent(event("DEPARTURE", "2025-08-04", person, company, "Head of Policy", "POLICY"));
        String page = given().get("/events/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<meta property=\"og:title\" content=\""), page);
        assertTrue(page.contains("og:description"), page);
        assertTrue(page.contains("twitter:card"), page);
        assertTrue(page.contains("id=\"share-cite\""), page);
        assertTrue(page.contains("Personnel Tracker, event " + id), page);
        for (String path : List.of("/people/" + person, "/companies/" + company)) {
            String other = given().get(path).then().statusCode(200).extract().asString();
            assertTrue(other.contains("og:title") && other.contains("og:description"), path);
        }
    }

    @Test
    void pastedArticleTextAsksForTitleAndPublisherAndCarriesThemIntoTheReview() {
        Pages a = Pages.admin();
        a.token = Pages.tokenIn(a.request().get("/ingest").then().extract().asString());
        String article = "Jane Roe resigned from Anthropic on Monday, the company said.";
        String without = a.request().get(a.request().multiPart("csrf-token", a.token).multiPart("text", article)
                .multiPart("publishedDate", "2026-02-10").post("/ingest").then().statusCode(303).extract()
                .header("Location")).then().statusCode(200).extract().asString();
        assertTrue(without.contains("The article gives no title or publisher"), without);
        String with = a.request().get(a.request().multiPart("csrf-token", a.token).multiPart("text", article)
                .multiPart("publishedDate", "2026-02-10").multiPart("title", "Safety lead resigns")
                .multiPart("publisher", "Example Wire").post("/ingest").then().statusCode(303).extract()
                .header("Location")).then().statusCode(200).extract().asString();
        assertFalse(with.contains("The article gives no title"), with);
        assertTrue(with.contains("name=\"sources[0].title\" value=\"Safety lead resigns\""), with);
        assertTrue(with.contains("name=\"sources[0].publisher\" value=\"Example Wire\""), with);
    }
}
