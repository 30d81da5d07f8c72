package org.personneltracker.person;

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
class PersonApiTest {

    // ---------------------------------------------------------------- create and list

    @Test
    void createAnswers201WithLocationAndASlugWithAccentsFolded() {
        String token = unique("p");
        String name = "Karén Simonyan " + token;
        String expected = "karen-simonyan-" + Slugs.slugify(token);
        admin().body(Map.of("name", name, "bio", "Researcher.", "links", List.of("https://example.com/karen")))
                .post("/api/people")
                .then().statusCode(201)
                .header("Location", endsWith("/api/people/" + expected))
                .body("slug", is(expected))
                .body("name", is(name))
                .body("bio", is("Researcher."))
                .body("links", contains("https://example.com/karen"))
                .body("version", is(0));
        anonymous().get("/api/people/" + expected).then().statusCode(200).body("name", is(name));
    }

    @Test
    void aSecondPersonWithTheSameNameGetsANumberedSlug() {
        String name = unique("Jane Doe");
        String first = createPerson(name);
        String second = createPerson(name);
        assertEquals(Slugs.slugify(name), first);
        assertEquals(first + "-2", second);
    }

    @Test
    void aNameWithoutLatinLettersGetsAPersonNumberSlug() {
        admin().body(Map.of("name", "李飞飞")).post("/api/people")
                .then().statusCode(201).body("slug", matchesPattern("person-[0-9]+"));
    }

    @Test
    void anExplicitSlugIsValidatedAndMustBeUnique() {
        String slug = Slugs.slugify(unique("chosen person"));
        admin().body(Map.of("name", "Chosen", "slug", "-bad--slug")).post("/api/people").then().spec(badRequest("slug"));
        admin().body(Map.of("name", "Chosen", "slug", slug)).post("/api/people")
                .then().statusCode(201).body("slug", is(slug));
        admin().body(Map.of("name", "Chosen again", "slug", slug)).post("/api/people").then().spec(problem(409));
    }

    @Test
    void listQueryMatchesNameAndAlias() {
        String token = unique("Pq").replace(" ", "");
        String slug = createPerson("Mirabel " + token, "M. " + token);
        anonymous().queryParam("q", "MIRABEL " + token).get("/api/people")
                .then().statusCode(200).body("total", is(1)).body("items.slug", contains(slug));
        anonymous().queryParam("q", "m. " + token.toLowerCase()).get("/api/people")
                .then().statusCode(200).body("total", is(1)).body("items.slug", contains(slug));
    }

    @Test
    void listPagesWithLimitAndNextCursorToTheEnd() {
        String token = unique("Pp").replace(" ", "");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createPerson("Paged " + token + " " + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = anonymous().queryParam("q", token).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/people").then().statusCode(200).body("total", is(5)).extract().jsonPath();
            seen.addAll(page.getList("items.slug"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(5, new HashSet<>(seen).size());
        assertEquals(5, seen.size());
        assertEquals(new HashSet<>(created), new HashSet<>(seen));
        anonymous().queryParam("cursor", "junk").get("/api/people").then().spec(badRequest("cursor"));
        anonymous().queryParam("limit", 0).get("/api/people").then().spec(badRequest("limit"));
    }

    // ---------------------------------------------------------------- update

    @Test
    void putWithVersionReplacesKeepsTheSlugAndIncrementsTheVersion() {
        String name = unique("Editable Person");
        String slug = createPerson(name);
        admin().body(Map.of("name", name + " Renamed", "bio", "New bio.", "version", 0)).put("/api/people/" + slug)
                .then().statusCode(200).body("slug", is(slug)).body("name", is(name + " Renamed"))
                .body("bio", is("New bio.")).body("version", is(1));
        admin().body(Map.of("name", name + " lost", "version", 0)).put("/api/people/" + slug).then().spec(problem(409));
        admin().body(Map.of("name", name + " lost")).put("/api/people/" + slug).then().spec(badRequest("version"));
        anonymous().get("/api/people/" + slug).then()
                .body("name", is(name + " Renamed")).body("bio", is("New bio.")).body("version", is(1));
    }

    @Test
    void theBodyOfAGetWithCareerCanBePutBackUnchanged() {
        String name = unique("Roundtrip Person");
        String slug = admin().body(Map.of("name", name, "aliases", List.of("R. Person"),
                "links", List.of("https://example.com/rp"))).post("/api/people")
                .then().statusCode(201).extract().path("slug");
        String company = createCompany(unique("Roundtrip Employer"));
        postEvent(event("HIRE", "2024-01", slug, company, "Engineer", "ENGINEERING"));
        Map<String, Object> read = anonymous().get("/api/people/" + slug).then().statusCode(200)
                .body("career", hasSize(1)).body("positions", hasSize(1)).extract().as(Map.class);
        admin().body(read).put("/api/people/" + slug).then().statusCode(200)
                .body("name", is(name)).body("aliases", contains("R. Person"))
                .body("links", contains("https://example.com/rp")).body("career", hasSize(1));
    }

    // ---------------------------------------------------------------- links

    @Test
    void linksMustBeHttpOrHttps() {
        String name = unique("Linked Person");
        admin().body(Map.of("name", name, "links", List.of("ftp://example.com/cv.pdf"))).post("/api/people")
                .then().spec(badRequest("links[0]"));
        admin().body(Map.of("name", name, "links", List.of("https://example.com", "javascript:alert(1)")))
                .post("/api/people").then().spec(badRequest("links[1]"));
        admin().body(Map.of("name", name, "links", List.of("not a url at all"))).post("/api/people")
                .then().spec(badRequest("links[0]"));
        anonymous().queryParam("q", name).get("/api/people").then().body("total", is(0));
        admin().body(Map.of("name", name, "links", List.of("http://www.Example.com/me/"))).post("/api/people")
                .then().statusCode(201).body("links", contains("https://example.com/me"));
    }

    // ---------------------------------------------------------------- aliases

    @Test
    void aNameReferenceMatchingAnAliasInAnotherCaseLinksToTheExistingPerson() {
        String token = unique("al").replace(" ", "");
        String name = "Rosalind Aliased " + token;
        String alias = "R. Aliased " + token;
        String slug = createPerson(name, alias);
        String company = createCompany(unique("Alias Employer"));
        Map<String, Object> body = event("HIRE", "2024-04", slug, company, "Researcher", "RESEARCH");
        body.put("person", Map.of("name", alias.toUpperCase()));
        admin().body(body).post("/api/events").then().statusCode(201).body("person.slug", is(slug));
        anonymous().queryParam("q", token).get("/api/people").then().body("total", is(1));
        anonymous().get("/api/people/" + slug).then().body("career", hasSize(1));
    }

    @Test
    void aNameSharedAsAliasByTwoPeopleIsA400AskingForASlug() {
        String shared = unique("J. Shared");
        String first = createPerson(unique("Jo Shared"), shared);
        String second = createPerson(unique("Jack Shared"), shared);
        String companyName = unique("Ambiguity Inc");
        Map<String, Object> body = event("HIRE", "2024-04", first, "x", "Researcher", "RESEARCH");
        body.put("person", Map.of("name", shared.toLowerCase()));
        body.put("company", Map.of("name", companyName));
        admin().body(body).post("/api/events").then().spec(badRequest("person"))
                .body("violations.message", hasItem(allOf(containsString("slug"), containsString(first),
                        containsString(second))));
        // nothing stored: the company the body named is not created either
        anonymous().queryParam("q", companyName).get("/api/companies").then().body("total", is(0));
        anonymous().get("/api/people/" + first).then().body("career", empty());
    }

    // ---------------------------------------------------------------- career and positions

    @Test
    void careerIsOldestFirstAndPositionsAreDerivedFromIt() {
        String a = createCompany(unique("Career Alpha"));
        String b = createCompany(unique("Career Beta"));
        String c = createCompany(unique("Career Gamma"));
        String p = createPerson(unique("Career Person"));

        postEvent(event("HIRE", "2020", p, a, "Research Engineer", "ENGINEERING"));
        Map<String, Object> change = event("ROLE_CHANGE", "2022", p, a, "Research Lead", "RESEARCH");
        change.put("previousRole", Map.of("title", "Research Engineer", "category", "ENGINEERING"));
        postEvent(change);
        Map<String, Object> leave = event("DEPARTURE", "2023-05", p, a, "Research Lead", "RESEARCH");
        leave.put("destination", b);
        postEvent(leave);
        postEvent(event("HIRE", "2023-06", p, b, "Head of Research", "RESEARCH"));

        anonymous().get("/api/people/" + p).then().statusCode(200)
                .body("career.type", contains("HIRE", "ROLE_CHANGE", "DEPARTURE", "HIRE"))
                .body("career.date", contains("2020", "2022", "2023-05", "2023-06"))
                .body("career[0].datePrecision", is("YEAR"))
                .body("career[0].company.slug", is(a))
                .body("career[0].person.slug", is(p))
                .body("career[0].sources", hasSize(1))
                .body("career[2].destination.slug", is(b))
                .body("positions", hasSize(3))
                .body("positions.company.slug", contains(a, a, b))
                .body("positions.title", contains("Research Engineer", "Research Lead", "Head of Research"))
                .body("positions.from", contains("2020", "2022", "2023-06"))
                .body("positions.to", contains("2022", "2023-05", "PRESENT"));

        // seen later at another company without a recorded departure: the end at B is unknown
        postEvent(event("HIRE", "2025", p, c, "Chief Scientist", "EXECUTIVE"));
        anonymous().get("/api/people/" + p).then().statusCode(200)
                .body("career.date", contains("2020", "2022", "2023-05", "2023-06", "2025"))
                .body("positions", hasSize(4))
                .body("positions.company.slug", contains(a, a, b, c))
                .body("positions[2].to", nullValue())
                .body("positions[3].to", is("PRESENT"));
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteIsForAdminsOnly() {
        String slug = createPerson(unique("Deletable Person"));
        String editor = createUser("editor");
        as(editor).delete("/api/people/" + slug).then().spec(problem(403));
        anonymous().redirects().follow(false).delete("/api/people/" + slug).then().spec(problem(401))
                .header("WWW-Authenticate", BASIC_CHALLENGE).header("Location", nullValue());
        admin().delete("/api/people/" + slug).then().statusCode(204);
        anonymous().get("/api/people/" + slug).then().spec(problem(404));
    }

    @Test
    void deletingAPersonThatEventsReferToIsA409() {
        String person = createPerson(unique("Referenced Person"));
        postEvent(event("HIRE", "2024", person, createCompany(unique("Employer")), "Engineer", "ENGINEERING"));
        admin().delete("/api/people/" + person).then().spec(problem(409));
        anonymous().get("/api/people/" + person).then().statusCode(200);
    }

    @Test
    void unknownSlugIsA404Problem() {
        anonymous().get("/api/people/no-such-person-anywhere").then().spec(problem(404));
        admin().body(Map.of("name", "x", "version", 0)).put("/api/people/no-such-person-anywhere")
                .then().spec(problem(404));
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badBodiesAre400sNamingTheFieldAndStoreNothing() {
        String name = unique("Bad Body Person");
        admin().body("{\"name\": ").post("/api/people").then().spec(badRequest("body"));
        admin().body(Map.of("name", name, "twitter", "@x")).post("/api/people").then().spec(badRequest("twitter"));
        admin().body(Map.of("name", name, "aliases", "one")).post("/api/people").then().spec(badRequest("aliases"));
        admin().body(Map.of("name", name, "bio", 42)).post("/api/people").then().spec(badRequest("bio"));
        Map<String, Object> noName = new LinkedHashMap<>();
        noName.put("bio", name);
        admin().body(noName).post("/api/people").then().spec(badRequest("name"));
        anonymous().queryParam("q", name).get("/api/people").then().body("total", is(0));
    }
}
