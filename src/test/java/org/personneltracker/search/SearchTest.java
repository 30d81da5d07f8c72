package org.personneltracker.search;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** GET /api/search, /search and the /people index (API.md, Search). */
@QuarkusTest
class SearchTest {

    @Test
    void aTypoFindsTheSeedsMrinankSharma() {
        List<String> people = anonymous().queryParam("q", "Mrinak").get("/api/search").then().statusCode(200)
                .extract().jsonPath().getList("people.slug");
        assertEquals("mrinank-sharma", people.get(0));
        assertEquals("mrinank-sharma", slugs("sharma mrinak").get(0), "words in any order, one with a typo");
        assertEquals("mrinank-sharma", slugs("Mrin").get(0), "by prefix");
        anonymous().queryParam("q", "Antropic").get("/api/search").then().statusCode(200)
                .body("companies.slug", hasItem("anthropic"));
        anonymous().queryParam("q", "Mrinank").get("/api/search").then().statusCode(200)
                .body("events.size()", greaterThan(0)).body("events[0].person.slug", equalTo("mrinank-sharma"));
        // no event holds "Mrinak": the events of the person it names instead
        anonymous().queryParam("q", "Mrinak").get("/api/search").then().statusCode(200)
                .body("events.size()", greaterThan(0)).body("events.person.slug", everyItem(equalTo("mrinank-sharma")));
    }

    @Test
    void shortWordsMustBeExactOrAPrefix() {
        String name = uniqueName("Quillon", "Vardet");
        createPerson(name);
        String surname = name.split(" ")[1];
        assertTrue(slugs("Quilon " + surname).size() == 1, "one edit in a word of 7 letters");
        assertTrue(slugs("Quill " + surname).size() == 1, "a prefix");
        // "Qvil" (4 letters, one edit from the prefix "quil") is not forgiven
        assertTrue(slugs("Qvil " + surname).isEmpty());
    }

    @Test
    void theIndexFollowsCreatesRenamesAliasesAndDeletes() {
        String name = uniqueName("Oriel", "Brastow");
        String slug = createPerson(name);
        String surname = name.split(" ")[1];
        assertEquals(List.of(slug), slugs(surname));

        String renamed = uniqueName("Tamsin", "Kellaway");
        admin().body(Map.of("name", renamed, "aliases", List.of("Tam " + surname), "version", 0))
                .put("/api/people/" + slug).then().statusCode(200);
        assertEquals(List.of(slug), slugs(renamed.split(" ")[1]), "found by the new name");
        assertEquals(List.of(slug), slugs("Tam " + surname), "and by the alias");
        assertTrue(slugs("Oriel " + surname).isEmpty(), "not by the old name");

        admin().delete("/api/people/" + slug).then().statusCode(204);
        assertTrue(slugs(renamed).isEmpty(), "gone once deleted");

        String company = createCompany(unique("Zephyrine Robotics"));
        anonymous().queryParam("q", "zephyrin robotcs").get("/api/search").then().statusCode(200)
                .body("companies.slug", hasItem(company));
    }

    @Test
    void badQueriesAre400s() {
        anonymous().get("/api/search").then().spec(badRequest("q"));
        anonymous().queryParam("q", " ").get("/api/search").then().spec(badRequest("q"));
        anonymous().queryParam("q", "x").queryParam("limit", 0).get("/api/search").then().spec(badRequest("limit"));
        anonymous().queryParam("q", "x").queryParam("limit", "many").get("/api/search").then().spec(badRequest("limit"));
    }

    @Test
    void theSearchPageGroupsResultsAndEveryPageHasTheBox() {
        Document d = Jsoup.parse(anonymous().queryParam("q", "Mrinak").get("/search").then().statusCode(200)
                .extract().asString());
        assertEquals("Mrinank Sharma", d.selectFirst("#found-people + ul a").text());
        assertTrue(d.selectFirst("#found-companies") != null && d.selectFirst("#found-events") != null);
        assertEquals("Mrinak", d.selectFirst("#site-q").val(), "the box keeps the words");
        for (String page : List.of("/", "/companies", "/events", "/people", "/companies/anthropic",
                "/people/mrinank-sharma", "/insights")) {
            Document p = Jsoup.parse(anonymous().get(page).then().statusCode(200).extract().asString());
            assertEquals("/search", p.selectFirst("header form[role=search]").attr("action"), page);
            assertFalse(p.select("label[for=site-q]").isEmpty(), page);
        }
    }

    @Test
    void thePeopleIndexIsAPageAndTheCompanyPeopleCountLinksToIt() {
        Document all = Jsoup.parse(anonymous().accept("text/html").get("/people").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString());
        assertFalse(all.select(".people-index a[href^=/people/]").isEmpty());
        long people = anonymous().get("/api/companies/anthropic").then().statusCode(200).extract().jsonPath()
                .getLong("counts.people");
        Document at = Jsoup.parse(anonymous().get("/people?company=anthropic").then().statusCode(200).extract().asString());
        assertEquals(people, at.select(".people-index > li").size());
        Document company = Jsoup.parse(anonymous().get("/companies/anthropic").then().statusCode(200).extract().asString());
        assertEquals(people + " people", company.selectFirst("a[href=/people?company=anthropic]").text());
    }

    @Test
    void thePeopleIndexPagesForwardAndBackWithItsRange() {
        long total = anonymous().get("/api/people?limit=1").then().extract().jsonPath().getLong("total");
        for (long i = total; i < 105; i++) {
            org.personneltracker.support.Fixtures.createPerson(org.personneltracker.support.Api.unique("Paged Person"));
        }
        total = anonymous().get("/api/people?limit=1").then().extract().jsonPath().getLong("total");
        Document first = Jsoup.parse(anonymous().get("/people").then().statusCode(200).extract().asString());
        assertTrue(first.select("a[rel=prev]").isEmpty(), "no page before the first");
        assertEquals("1–100 of " + total, first.selectFirst(".pager .muted").text());
        String next = first.selectFirst("a[rel=next]").attr("href");

        Document second = Jsoup.parse(anonymous().get(next).then().statusCode(200).extract().asString());
        assertEquals("101–" + Math.min(200, total) + " of " + total, second.selectFirst(".pager .muted").text());
        assertEquals("/people", second.selectFirst("a[rel=prev]").attr("href"), "the page before the second is the first");
        assertEquals(first.select(".people-index > li").size(), 100);
        assertFalse(second.select(".people-index > li").text().contains(first.selectFirst(".people-index > li").text()));
    }

    private static List<String> slugs(String q) {
        return anonymous().queryParam("q", q).get("/api/search").then().statusCode(200).extract().jsonPath()
                .getList("people.slug");
    }
}
