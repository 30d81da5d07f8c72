package org.personneltracker.company;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.Slugs;

@QuarkusTest
class CompanyApiTest {

    // ---------------------------------------------------------------- list

    @Test
    void listQueryMatchesNameAndAliasCaseInsensitively() {
        String token = unique("Zq").replace(" ", "");
        String slug = createCompany("Quillfeather " + token, "QF-" + token);

        anonymous().queryParam("q", "quillfeather " + token.toUpperCase()).get("/api/companies")
                .then().statusCode(200).body("total", is(1)).body("items.slug", contains(slug));
        anonymous().queryParam("q", "qf-" + token).get("/api/companies")
                .then().statusCode(200).body("total", is(1)).body("items.slug", contains(slug))
                .body("items[0].aliases", contains("QF-" + token));
    }

    @Test
    void listPagesWithLimitAndNextCursorToTheEnd() {
        String token = unique("Pg").replace(" ", "");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createCompany("Pager " + token + " " + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = anonymous().queryParam("q", token).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/companies").then().statusCode(200)
                    .body("total", is(5)).body("items.size()", lessThanOrEqualTo(2)).extract().jsonPath();
            seen.addAll(page.getList("items.slug"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(5, seen.size());
        assertEquals(5, new HashSet<>(seen).size(), "no company twice");
        assertEquals(new HashSet<>(created), new HashSet<>(seen));
    }

    @Test
    void listRefusesBadLimitAndCursor() {
        anonymous().queryParam("limit", 0).get("/api/companies").then().spec(badRequest("limit"));
        anonymous().queryParam("limit", 501).get("/api/companies").then().spec(badRequest("limit"));
        anonymous().queryParam("limit", "ten").get("/api/companies").then().spec(badRequest("limit"));
        anonymous().queryParam("cursor", "junk").get("/api/companies").then().spec(badRequest("cursor"));
    }

    // ---------------------------------------------------------------- create

    @Test
    void createAnswers201WithLocationAndASlugDerivedFromTheName() {
        String token = unique("c");
        String name = "Société Générale Ætherial AI " + token;
        String expected = "societe-generale-aetherial-ai-" + Slugs.slugify(token);
        admin().body(Map.of("name", name, "foundedYear", 2023, "website", "https://example.com"))
                .post("/api/companies")
                .then().statusCode(201)
                .header("Location", endsWith("/api/companies/" + expected))
                .body("slug", is(expected))
                .body("name", is(name))
                .body("foundedYear", is(2023))
                .body("version", is(0));
        anonymous().get("/api/companies/" + expected).then().statusCode(200).body("name", is(name));
    }

    @Test
    void aSecondCompanyWithTheSameNameGetsANumberedSlug() {
        String name = unique("Twin Labs");
        String first = createCompany(name);
        String second = createCompany(name);
        assertEquals(Slugs.slugify(name), first);
        assertEquals(first + "-2", second);
    }

    @Test
    void aNameWithoutLatinLettersGetsACompanyNumberSlug() {
        admin().body(Map.of("name", "深度求索人工智能")).post("/api/companies")
                .then().statusCode(201).body("slug", matchesPattern("company-[0-9]+"));
    }

    @Test
    void anExplicitSlugIsValidatedAndMustBeUnique() {
        String slug = Slugs.slugify(unique("chosen"));
        admin().body(Map.of("name", "Chosen", "slug", "Not A Slug!")).post("/api/companies")
                .then().spec(badRequest("slug"));
        admin().body(Map.of("name", "Chosen", "slug", slug)).post("/api/companies")
                .then().statusCode(201).body("slug", is(slug));
        admin().body(Map.of("name", "Chosen again", "slug", slug)).post("/api/companies")
                .then().spec(problem(409));
    }

    // ---------------------------------------------------------------- read

    @Test
    void getReturnsCountsOfDeparturesHiresAndPeople() {
        String company = createCompany(unique("Counted AI"));
        String alice = createPerson(unique("Alice Count"));
        String bob = createPerson(unique("Bob Count"));
        postEvent(event("HIRE", "2021-03", alice, company, "Researcher", "RESEARCH"));
        postEvent(event("DEPARTURE", "2024-01-10", alice, company, "Researcher", "RESEARCH"));
        postEvent(event("DEPARTURE", "2024-02", bob, company, "Engineer", "ENGINEERING"));
        anonymous().get("/api/companies/" + company).then().statusCode(200)
                .body("counts.departures", is(2))
                .body("counts.hires", is(1))
                .body("counts.people", is(2));
    }

    @Test
    void unknownSlugIsA404Problem() {
        anonymous().get("/api/companies/no-such-company-anywhere").then().spec(problem(404));
        admin().body(Map.of("name", "x", "version", 0)).put("/api/companies/no-such-company-anywhere")
                .then().spec(problem(404));
        admin().delete("/api/companies/no-such-company-anywhere").then().spec(problem(404));
    }

    // ---------------------------------------------------------------- parent

    @Test
    void parentIsReferencedBySlugOrByName() {
        String parentName = unique("Holding Corp");
        String parent = createCompany(parentName);
        admin().body(Map.of("name", unique("Sub One"), "parent", parent)).post("/api/companies")
                .then().statusCode(201).body("parent.slug", is(parent)).body("parent.name", is(parentName));
        admin().body(Map.of("name", unique("Sub Two"), "parent", Map.of("slug", parent))).post("/api/companies")
                .then().statusCode(201).body("parent.slug", is(parent));
        admin().body(Map.of("name", unique("Sub Three"), "parent", Map.of("name", parentName.toLowerCase())))
                .post("/api/companies")
                .then().statusCode(201).body("parent.slug", is(parent));
        anonymous().queryParam("q", parentName).get("/api/companies").then().body("total", is(1));
    }

    @Test
    void aNameReferenceInAnEventLinksByAliasAndAnAmbiguousOneIsA400() {
        String token = unique("ar").replace(" ", "");
        String slug = createCompany("Aliased Robotics " + token, "AR-" + token);
        String person = createPerson(unique("Alias Hire"));
        Map<String, Object> body = event("HIRE", "2025-01", person, "x", "Engineer", "ENGINEERING");
        body.put("company", Map.of("name", "ar-" + token.toLowerCase()));
        admin().body(body).post("/api/events").then().statusCode(201).body("company.slug", is(slug));
        anonymous().queryParam("q", token).get("/api/companies").then().body("total", is(1));

        String shared = unique("Shared Alias");
        String first = createCompany(unique("First Holder"), shared);
        String second = createCompany(unique("Second Holder"), shared);
        body.put("company", Map.of("name", shared.toUpperCase()));
        body.put("date", "2025-02");
        admin().body(body).post("/api/events").then().spec(badRequest("company"))
                .body("violations.message", hasItem(allOf(containsString("slug"), containsString(first),
                        containsString(second))));
        anonymous().get("/api/companies/" + first).then().body("counts.hires", is(0));
    }

    @Test
    void anUnknownParentSlugIsA400AndNothingIsStored() {
        String name = unique("Orphan");
        admin().body(Map.of("name", name, "parent", "no-such-parent-company")).post("/api/companies")
                .then().spec(badRequest("parent"));
        anonymous().queryParam("q", name).get("/api/companies").then().body("total", is(0));
    }

    @Test
    void aCompanyCannotBeItsOwnAncestor() {
        String top = createCompany(unique("Top Co"));
        String sub = admin().body(Map.of("name", unique("Sub Co"), "parent", top)).post("/api/companies")
                .then().statusCode(201).extract().path("slug");
        Map<String, Object> read = anonymous().get("/api/companies/" + top).then().extract().as(Map.class);
        read.put("parent", sub);
        admin().body(read).put("/api/companies/" + top).then().spec(badRequest("parent"));
        read.put("parent", top);
        admin().body(read).put("/api/companies/" + top).then().spec(badRequest("parent"));
        anonymous().get("/api/companies/" + top).then().body("parent", nullValue()).body("version", is(0));
        // a parent with children is still referred to
        admin().delete("/api/companies/" + top).then().spec(problem(409));
    }

    // ---------------------------------------------------------------- update

    @Test
    void putWithTheReadVersionReplacesAndIncrementsTheVersion() {
        String name = unique("Editable AI");
        String slug = createCompany(name);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " Renamed");
        body.put("description", "Now described.");
        body.put("aliases", List.of("EAI"));
        body.put("version", 0);
        admin().body(body).put("/api/companies/" + slug).then().statusCode(200)
                .body("slug", is(slug))
                .body("name", is(name + " Renamed"))
                .body("description", is("Now described."))
                .body("aliases", contains("EAI"))
                .body("version", is(1));
        anonymous().get("/api/companies/" + slug).then().statusCode(200)
                .body("name", is(name + " Renamed")).body("slug", is(slug)).body("version", is(1));
    }

    @Test
    void putWithAStaleVersionIsA409AndChangesNothing() {
        String name = unique("Stale AI");
        String slug = createCompany(name);
        admin().body(Map.of("name", name, "description", "first", "version", 0)).put("/api/companies/" + slug)
                .then().statusCode(200).body("version", is(1));
        admin().body(Map.of("name", name + " lost update", "description", "second", "version", 0))
                .put("/api/companies/" + slug)
                .then().spec(problem(409));
        anonymous().get("/api/companies/" + slug).then()
                .body("name", is(name)).body("description", is("first")).body("version", is(1));
    }

    @Test
    void putWithoutVersionIsA400() {
        String name = unique("Versionless AI");
        String slug = createCompany(name);
        admin().body(Map.of("name", name + " changed")).put("/api/companies/" + slug)
                .then().spec(badRequest("version"));
        admin().body(Map.of("name", name + " changed", "version", "0")).put("/api/companies/" + slug)
                .then().spec(badRequest("version"));
        anonymous().get("/api/companies/" + slug).then().body("name", is(name));
    }

    @Test
    void theBodyOfAGetCanBePutBackUnchanged() {
        String parent = createCompany(unique("Parent Co"));
        String name = unique("Roundtrip AI");
        String slug = admin().body(Map.of("name", name, "parent", parent, "aliases", List.of("RT"),
                "foundedYear", 2020, "headquarters", "London")).post("/api/companies")
                .then().statusCode(201).extract().path("slug");
        Map<String, Object> read = anonymous().get("/api/companies/" + slug).then().statusCode(200)
                .body("counts", notNullValue()).extract().as(Map.class);
        admin().body(read).put("/api/companies/" + slug).then().statusCode(200)
                .body("slug", is(slug)).body("name", is(name)).body("parent.slug", is(parent))
                .body("aliases", contains("RT")).body("foundedYear", is(2020)).body("headquarters", is("London"));
    }

    // ---------------------------------------------------------------- delete

    @Test
    void adminDeletesAnUnreferencedCompany() {
        String slug = createCompany(unique("Doomed AI"));
        admin().delete("/api/companies/" + slug).then().statusCode(204);
        anonymous().get("/api/companies/" + slug).then().spec(problem(404));
    }

    @Test
    void anEditorMayNotDelete() {
        String slug = createCompany(unique("Kept AI"));
        String editor = createUser("editor");
        as(editor).delete("/api/companies/" + slug).then().spec(problem(403));
        anonymous().get("/api/companies/" + slug).then().statusCode(200);
    }

    @Test
    void anAnonymousDeleteIsA401ChallengeNotARedirect() {
        String slug = createCompany(unique("Guarded AI"));
        anonymous().redirects().follow(false).delete("/api/companies/" + slug)
                .then().spec(problem(401))
                .header("WWW-Authenticate", BASIC_CHALLENGE)
                .header("Location", nullValue());
        anonymous().get("/api/companies/" + slug).then().statusCode(200);
    }

    @Test
    void deletingACompanyThatEventsReferToIsA409() {
        String company = createCompany(unique("Referenced AI"));
        String destination = createCompany(unique("Destination AI"));
        String person = createPerson(unique("Ref Person"));
        Map<String, Object> body = event("DEPARTURE", "2025-05", person, company, "Researcher", "RESEARCH");
        body.put("destination", destination);
        postEvent(body);
        admin().delete("/api/companies/" + company).then().spec(problem(409));
        admin().delete("/api/companies/" + destination).then().spec(problem(409));
        anonymous().get("/api/companies/" + company).then().statusCode(200);
        anonymous().get("/api/companies/" + destination).then().statusCode(200);
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void malformedJsonIsA400AndStoresNothing() {
        String name = unique("Malformed AI");
        admin().body("{\"name\": \"" + name + "\", ").post("/api/companies").then().spec(badRequest("body"));
        assertNothingStored(name);
    }

    @Test
    void anUnknownPropertyIsA400NamingIt() {
        String name = unique("Unknown Prop AI");
        admin().body(Map.of("name", name, "nickname", "x")).post("/api/companies").then().spec(badRequest("nickname"));
        assertNothingStored(name);
    }

    @Test
    void aStringWhereANumberBelongsIsA400() {
        String name = unique("Typed AI");
        admin().body(Map.of("name", name, "foundedYear", "2023")).post("/api/companies")
                .then().spec(badRequest("foundedYear"));
        assertNothingStored(name);
    }

    @Test
    void aMissingNameIsA400() {
        String website = "https://" + Slugs.slugify(unique("nameless")) + ".example";
        admin().body(Map.of("website", website)).post("/api/companies").then().spec(badRequest("name"));
        admin().body(Map.of("name", "   ")).post("/api/companies").then().spec(badRequest("name"));
    }

    @Test
    void aBadAliasIsA400WithItsIndex() {
        String name = unique("Alias AI");
        admin().body(Map.of("name", name, "aliases", List.of("ok", " "))).post("/api/companies")
                .then().spec(badRequest("aliases[1]"));
        assertNothingStored(name);
    }

    @Test
    void anEmptyBodyIsA400() {
        admin().post("/api/companies").then().spec(problem(400));
    }

    private static void assertNothingStored(String name) {
        anonymous().queryParam("q", name).get("/api/companies").then().statusCode(200).body("total", is(0));
    }

    // ---------------------------------------------------------------- found by the OpenAPI fuzzer

    @Test
    void aNewParentNamedLikeTheCompanyIsA400NotA500() {
        String name = unique("Selfparent");
        admin().body(Map.of("name", name, "parent", Map.of("name", name))).post("/api/companies")
                .then().spec(badRequest("parent"));
        anonymous().queryParam("q", name).get("/api/companies").then().statusCode(200).body("total", is(0));
        String other = unique("Parent Named Apart");
        admin().body(Map.of("name", unique("Child Co"), "parent", Map.of("name", other))).post("/api/companies")
                .then().statusCode(201).body("parent.name", is(other));
    }

    @Test
    void aReferenceObjectWithoutSlugOrNameIsNotCalledANonObject() {
        admin().body(Map.of("name", unique("Odd Parent Co"), "parent", Map.of())).post("/api/companies")
                .then().spec(badRequest("parent"))
                .body("violations[0].message", not(containsString("expected an object")));
    }
}
