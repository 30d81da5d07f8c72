package org.personneltracker.everyday;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mistakes that can be undone: merging people and companies, retracting events, deleting. */
@QuarkusTest
class UndoApiTest {

    // ---------------------------------------------------------------- merging people

    @Test
    void mergingAPersonMovesTheirEventsKeepsTheNameAsAliasAndRedirectsTheOldAddress() {
        String company = createCompany(unique("Merge Co"));
        String kept = createPerson(unique("Ada Keptson"));
        String typo = createPerson(unique("Ada Keptsen"), unique("A. Keptsen"));
        int id = postEvent(event("HIRE", "2025-03", typo, company, "Researcher", "RESEARCH"));
        String typoName = anonymous().get("/api/people/" + typo).then().extract().path("name");

        JsonPath merged = editor().body(Map.of("into", kept)).post("/api/people/" + typo + "/merge")
                .then().statusCode(200).body("slug", is(kept)).extract().jsonPath();
        assertTrue(merged.getList("aliases").contains(typoName), "the merged name is an alias now");
        assertEquals(1, merged.getList("career").size());

        anonymous().get("/api/events/" + id).then().statusCode(200).body("person.slug", is(kept));
        // the old addresses redirect, the API's with 308 and the page's with 301, to the same place under the new slug
        anonymous().redirects().follow(false).get("/api/people/" + typo)
                .then().statusCode(308).header("Location", is("/api/people/" + kept));
        anonymous().redirects().follow(false).get("/people/" + typo + "?x=1")
                .then().statusCode(301).header("Location", is("/people/" + kept + "?x=1"));
        anonymous().get("/api/people/" + typo).then().statusCode(200).body("slug", is(kept));
        // a body may still name the old slug
        postEvent(event("DEPARTURE", "2025-09", typo, company, "Researcher", "RESEARCH"));
        anonymous().get("/api/people/" + kept).then().body("career", hasSize(2));

        // the history (shown on the event's page) records the merge with its note
        String page = anonymous().get("/events/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("merged person &#39;" + typo + "&#39;") || page.contains("merged person '" + typo + "'"),
                page);
    }

    @Test
    void mergeRefusesBadBodiesWithoutChangingAnything() {
        String a = createPerson(unique("Bo Merge"));
        editor().body(Map.of()).post("/api/people/" + a + "/merge").then().spec(badRequest("into"));
        editor().body(Map.of("into", a)).post("/api/people/" + a + "/merge").then().spec(badRequest("into"));
        editor().body(Map.of("into", "no-such-person-anywhere")).post("/api/people/" + a + "/merge")
                .then().spec(badRequest("into"));
        editor().body(Map.of("into", 3)).post("/api/people/" + a + "/merge").then().statusCode(400);
        editor().body(Map.of("into", a, "extra", true)).post("/api/people/" + a + "/merge").then().statusCode(400);
        editor().body(Map.of("into", a)).post("/api/people/no-such-person-here/merge").then().spec(problem(404));
        anonymous().body(Map.of("into", a)).post("/api/people/" + a + "/merge").then().statusCode(401);
        viewer().body(Map.of("into", a)).post("/api/people/" + a + "/merge").then().statusCode(403);
        anonymous().get("/api/people/" + a).then().statusCode(200);
    }

    @Test
    void restoringAPersonOrCompanyMergedAwayIsRefusedAndChangesNothing() {
        String company = createCompany(unique("Unmerge Co"));
        String kept = createPerson(unique("Eve Kept"));
        String gone = createPerson(unique("Eve Gone"));
        int id = postEvent(event("HIRE", "2025-02", gone, company, "Researcher", "RESEARCH"));
        editor().body(Map.of("into", kept)).post("/api/people/" + gone + "/merge").then().statusCode(200);
        long created = admin().get("/api/people/" + gone + "/history").then().statusCode(200)
                .extract().jsonPath().getLong("[0].revision");

        admin().post("/api/people/" + gone + "/history/" + created + "/restore").then().spec(problem(409))
                .body("detail", containsString("was merged into '" + kept + "'"))
                .body("detail", containsString("no unmerge"));
        // nothing changed: the address still redirects, the event stays with the person kept
        anonymous().redirects().follow(false).get("/api/people/" + gone).then().statusCode(308);
        anonymous().get("/api/events/" + id).then().body("person.slug", is(kept));

        String keptCompany = createCompany(unique("Unmerge Kept"));
        editor().body(Map.of("into", keptCompany)).post("/api/companies/" + company + "/merge").then().statusCode(200);
        long companyCreated = admin().get("/api/companies/" + company + "/history").then().statusCode(200)
                .extract().jsonPath().getLong("[0].revision");
        admin().post("/api/companies/" + company + "/history/" + companyCreated + "/restore").then().spec(problem(409))
                .body("detail", containsString("was merged into '" + keptCompany + "'"));
        anonymous().get("/api/events/" + id).then().body("company.slug", is(keptCompany));

        // a deleted (not merged) person still comes back
        String deleted = createPerson(unique("Eve Deleted"));
        long deletedCreated = admin().get("/api/people/" + deleted + "/history").then()
                .extract().jsonPath().getLong("[0].revision");
        admin().delete("/api/people/" + deleted).then().statusCode(204);
        admin().post("/api/people/" + deleted + "/history/" + deletedCreated + "/restore").then().statusCode(201);
    }

    // ---------------------------------------------------------------- merging companies

    @Test
    void mergingACompanyMovesEventsDestinationsContextAndSubsidiaries() {
        String kept = createCompany(unique("Anthropos"));
        String typo = createCompany(unique("Antropos"));
        String other = createCompany(unique("Elsewhere"));
        String person = createPerson(unique("Cy Mover"));
        int own = postEvent(event("HIRE", "2025-01", person, typo, "Engineer", "ENGINEERING"));
        Map<String, Object> departure = event("DEPARTURE", "2025-06", person, other, "Engineer", "ENGINEERING");
        departure.put("destination", typo);
        int leaving = postEvent(departure);
        String context = postContextEvent(contextEvent(typo, "PRODUCT_LAUNCH", "A launch", "2025-02-01"));
        admin().body(Map.of("name", unique("Antropos Labs"), "parent", typo)).post("/api/companies")
                .then().statusCode(201);
        String childSlug = admin().queryParam("q", "Antropos Labs").get("/api/companies").then().extract()
                .path("items[0].slug");

        editor().body(Map.of("into", kept)).post("/api/companies/" + typo + "/merge").then().statusCode(200)
                // IN moves as the timeline counts them (API.md "direction"): the hire, and the arrival recorded at
                // Elsewhere five months later (not the same move: further apart than SameMove's window)
                .body("slug", is(kept)).body("counts.hires", is(2));

        anonymous().get("/api/events/" + own).then().body("company.slug", is(kept));
        anonymous().get("/api/events/" + leaving).then().body("destination.slug", is(kept));
        anonymous().queryParam("company", kept).get("/api/context-events").then()
                .body("items.key", hasItem(context));
        anonymous().get("/api/companies/" + childSlug).then().body("parent.slug", is(kept));
        anonymous().redirects().follow(false).get("/api/companies/" + typo + "/timeline?limit=5")
                .then().statusCode(308).header("Location", is("/api/companies/" + kept + "/timeline?limit=5"));
        anonymous().redirects().follow(false).get("/companies/" + typo)
                .then().statusCode(301).header("Location", is("/companies/" + kept));
        // merged again: the first redirect follows along, no chain
        String third = createCompany(unique("Anthropos Group"));
        editor().body(Map.of("into", third)).post("/api/companies/" + kept + "/merge").then().statusCode(200);
        anonymous().redirects().follow(false).get("/api/companies/" + typo)
                .then().statusCode(308).header("Location", is("/api/companies/" + third));
    }

    // ---------------------------------------------------------------- retracting

    @Test
    void aRetractedEventKeepsItsAddressAndLeavesListsTimelinesAndCounts() {
        String company = createCompany(unique("Retract Co"));
        String person = createPerson(unique("Di Retracted"));
        int id = postEvent(event("DEPARTURE", "2025-04-02", person, company, "Lead", "SAFETY"));
        anonymous().get("/api/companies/" + company).then().body("counts.departures", is(1));

        editor().body(Map.of("reason", "The report was withdrawn by its publisher.")).post("/api/events/" + id + "/retraction")
                .then().statusCode(200).body("retracted.reason", is("The report was withdrawn by its publisher."))
                .body("retracted.at", notNullValue());

        anonymous().get("/api/events/" + id).then().statusCode(200)
                .body("retracted.reason", is("The report was withdrawn by its publisher."));
        anonymous().queryParam("company", company).get("/api/events").then().body("total", is(0));
        anonymous().get("/api/companies/" + company + "/timeline").then().body("total", is(0));
        anonymous().get("/api/companies/" + company).then().body("counts.departures", is(0));
        anonymous().get("/api/people/" + person).then().body("career", hasSize(0));
        String feed = anonymous().queryParam("company", company).get("/feeds/events.atom").then().statusCode(200)
                .extract().asString();
        assertTrue(!feed.contains("/events/" + id + "<") && !feed.contains("/events/" + id + "\""), feed);
        // still refers to the person and company: deleting them is refused
        admin().delete("/api/people/" + person).then().spec(problem(409));
        admin().delete("/api/companies/" + company).then().spec(problem(409));
        // its key stays taken
        Map<String, Object> again = event("DEPARTURE", "2025-04-02", person, company, "Lead", "SAFETY");
        again.put("key", anonymous().get("/api/events/" + id).then().extract().path("key"));
        admin().body(again).post("/api/events").then().spec(problem(409));
        // its page says so, and the history beside it records it with the reason
        String page = anonymous().get("/events/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Retracted"), page);
        assertTrue(page.contains("retracted: The report was withdrawn by its publisher."), page);

        editor().body(Map.of("reason", "twice")).post("/api/events/" + id + "/retraction").then().spec(problem(409));
        editor().delete("/api/events/" + id + "/retraction").then().statusCode(204);
        anonymous().queryParam("company", company).get("/api/events").then().body("total", is(1));
        anonymous().get("/api/events/" + id).then().body("$", not(hasKey("retracted")));
        editor().delete("/api/events/" + id + "/retraction").then().spec(problem(409));
    }

    @Test
    void retractionNeedsAReasonAndAnEditor() {
        String company = createCompany(unique("Reason Co"));
        int id = postEvent(event("HIRE", "2025-05", createPerson(unique("Ed Reason")), company, "IC", "OTHER"));
        editor().body(Map.of()).post("/api/events/" + id + "/retraction").then().spec(badRequest("reason"));
        editor().body(Map.of("reason", "  ")).post("/api/events/" + id + "/retraction").then().spec(badRequest("reason"));
        editor().body(Map.of("reason", "x".repeat(1001))).post("/api/events/" + id + "/retraction")
                .then().spec(badRequest("reason"));
        editor().body(Map.of("reason", 5)).post("/api/events/" + id + "/retraction").then().statusCode(400);
        editor().body(Map.of("reason", "ok")).post("/api/events/999999999/retraction").then().spec(problem(404));
        editor().body(Map.of("reason", "ok")).post("/api/events/abc/retraction").then().spec(problem(404));
        viewer().body(Map.of("reason", "ok")).post("/api/events/" + id + "/retraction").then().statusCode(403);
        anonymous().get("/api/events/" + id).then().body("$", not(hasKey("retracted")));
    }

    // ---------------------------------------------------------------- suggestions

    @Test
    void suggestionsForgiveTyposAndFindAliases() {
        String token = unique("Zq").replace(" ", "").toLowerCase();
        String slug = createCompany("Quillopic " + token, "QLP " + token);
        anonymous().queryParam("q", "Quilopic " + token).get("/api/suggestions/companies").then().statusCode(200)
                .body("items.slug", hasItem(slug));
        anonymous().queryParam("q", "qlp " + token).get("/api/suggestions/companies").then().statusCode(200)
                .body("items.find { it.slug == '" + slug + "' }.alias", is("QLP " + token));
        anonymous().queryParam("q", "").get("/api/suggestions/people").then().spec(badRequest("q"));
        anonymous().get("/api/suggestions/people").then().spec(badRequest("q"));
    }

    private static io.restassured.specification.RequestSpecification editor() {
        return as(EDITOR.get());
    }

    private static io.restassured.specification.RequestSpecification viewer() {
        return as(VIEWER.get());
    }

    private static final java.util.function.Supplier<String> EDITOR = memo("editor");
    private static final java.util.function.Supplier<String> VIEWER = memo("viewer");

    private static java.util.function.Supplier<String> memo(String role) {
        String[] name = new String[1];
        return () -> {
            synchronized (name) {
                if (name[0] == null) {
                    name[0] = createUser(role);
                }
                return name[0];
            }
        };
    }
}
