package org.personneltracker.timeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** schema.org JSON-LD in person and company pages, parsed back from the page as a crawler would. */
@QuarkusTest
class JsonLdTest {

    private static JsonNode jsonLd(String path) throws Exception {
        Document page = Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
        assertEquals(1, page.select("script[type=application/ld+json]").size(), path);
        assertNotNull(page.selectFirst("link[rel=alternate][type=application/atom+xml]"), "feed autodiscovery");
        return new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void aPersonIsAPersonWithCurrentAndFormerOrganizationRoles() throws Exception {
        String name = unique("Ada </script><script>alert(1)</script> & Co");
        String person = createPerson(name);
        String former = createCompany(unique("Former Labs"));
        String current = createCompany(unique("Current Labs"));
        postEvent(event("HIRE", "2021-03", person, former, "Researcher", "RESEARCH"));
        postEvent(event("DEPARTURE", "2024-06-02", person, former, "Researcher", "RESEARCH"));
        postEvent(event("HIRE", "2024-07", person, current, "Head of Alignment", "SAFETY"));

        JsonNode ld = jsonLd("/people/" + person);
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("Person", ld.get("@type").asText());
        assertEquals(name, ld.get("name").asText(), "the name survives the escaping");
        JsonNode now = ld.get("worksFor").get(0);
        assertEquals("OrganizationRole", now.get("@type").asText());
        assertEquals("Head of Alignment", now.get("roleName").asText());
        assertEquals("2024-07", now.get("startDate").asText());
        assertEquals("Organization", now.get("worksFor").get("@type").asText());
        JsonNode past = ld.get("alumniOf").get(0);
        assertEquals("OrganizationRole", past.get("@type").asText());
        assertEquals("2021-03", past.get("startDate").asText());
        assertEquals("2024-06-02", past.get("endDate").asText());
        assertTrue(past.get("alumniOf").get("url").asText().endsWith("/companies/" + former));
        String html = given().get("/people/" + person).then().extract().asString();
        assertFalse(html.contains("<script>alert(1)"), "no markup escapes from the data");
    }

    @Test
    void aCompanyIsAnOrganizationWithItsParent() throws Exception {
        String parent = createCompany(unique("Parent Holdings"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", unique("Child AI"));
        body.put("parent", parent);
        body.put("foundedYear", 2021);
        body.put("headquarters", "London");
        String child = admin().body(body).post("/api/companies").then().statusCode(201).extract().path("slug");
        JsonNode ld = jsonLd("/companies/" + child);
        assertEquals("Organization", ld.get("@type").asText());
        assertEquals("2021", ld.get("foundingDate").asText());
        assertEquals("London", ld.get("location").get("name").asText());
        assertTrue(ld.get("parentOrganization").get("url").asText().endsWith("/companies/" + parent));
    }
}
