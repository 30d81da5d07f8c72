package org.personneltracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 8: only web addresses as a company's website; no control characters, NUL or lone surrogates in any
 * text of any body; nothing visible is blank.
 */
@QuarkusTest
class TextHygieneTest {

    private static void noCompanyNamed(String name) {
        given().queryParam("q", name).get("/api/companies").then().body("total", is(0));
    }

    @Test
    void aWebsiteIsAnHttpOrHttpsAddress() {
        for (String bad : List.of("javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
                "JaVaScRiPt:alert(1)", "ftp://example.com", "//evil.example")) {
            String name = unique("Website Co");
            admin().body(Map.of("name", name, "website", bad)).post("/api/companies").then().spec(badRequest("website"));
            noCompanyNamed(name);
        }
        admin().body(Map.of("name", unique("Good Website Co"), "website", "https://example.com/about"))
                .post("/api/companies").then().statusCode(201).body("website", is("https://example.com/about"));
    }

    @Test
    void controlCharactersNulAndLoneSurrogatesAreRefusedWherever() {
        String base = unique("Hygiene Co");
        // JSON escapes, as a client would send them (a lone surrogate cannot even be encoded as UTF-8 otherwise)
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("\\u0000", "NUL");
        bad.put("\\u0001", "control character");
        bad.put("\\u007f", "control character");
        bad.put("\\u009b", "control character");
        bad.put("\\ud800", "surrogate");
        bad.put("\\udc00x", "surrogate");
        bad.forEach((escape, message) -> {
            admin().body("{\"name\": \"" + base + escape + "\"}").post("/api/companies").then()
                    .spec(badRequest("name")).body("violations[0].message", containsString(message));
            admin().body("{\"name\": \"" + base + "\", \"description\": \"text " + escape + "\"}")
                    .post("/api/companies").then().spec(badRequest("description"));
        });
        admin().body(Map.of("name", base, "aliases", List.of("ok", "bad\u0002"))).post("/api/companies").then()
                .spec(badRequest("aliases[1]"));
        noCompanyNamed(base);
        Map<String, Object> event = departure(unique("Ref Person"), base);
        event.put("person", Map.of("name", "Ref\u0001Person"));
        admin().body(event).post("/api/events").then().spec(badRequest("person.name"));
        event.put("person", "slug\u0007");
        admin().body(event).post("/api/events").then().statusCode(400);
        noCompanyNamed(base);
    }

    @Test
    void lineBreaksAndTabsOnlyInLongText() {
        String name = unique("Lines Co");
        admin().body(Map.of("name", name + "\nsecond line")).post("/api/companies").then().spec(badRequest("name"))
                .body("violations[0].message", containsString("single line"));
        admin().body(Map.of("name", name, "headquarters", "San\tFrancisco")).post("/api/companies").then()
                .spec(badRequest("headquarters"));
        admin().body(Map.of("name", name, "description", "First paragraph.\n\n\tSecond, indented.\r\nThird."))
                .post("/api/companies").then().statusCode(201)
                .body("description", is("First paragraph.\n\n\tSecond, indented.\r\nThird."));
        Map<String, Object> event = departure(unique("Quote Person"), unique("Quote Co"));
        event.put("summary", "Line one.\nLine two.");
        admin().body(event).post("/api/events").then().statusCode(201);
    }

    @Test
    void namesWithNothingVisibleAreBlank() {
        for (String invisible : List.of("\u200b", "\u200b\u200d\ufeff", "\u00a0\u00a0", "\u2028", "\u3164")) {
            String bad = invisible;
            if (bad.equals("\u2028")) {
                // U+2028 is a separator, not a control character: still nothing a reader sees
                bad = "\u2028\u2029";
            }
            admin().body(Map.of("name", bad)).post("/api/companies").then().spec(badRequest("name"));
            admin().body(Map.of("name", bad)).post("/api/people").then().spec(badRequest("name"));
            Map<String, Object> event = departure("unused", unique("Invisible Co"));
            event.put("person", Map.of("name", bad));
            admin().body(event).post("/api/events").then().statusCode(400);
        }
        // letters joined by a zero-width joiner are a name
        admin().body(Map.of("name", unique("Zwj") + "\u200dCo")).post("/api/companies").then().statusCode(201);
    }

    @Test
    void theRulesAreOnePlace() {
        assertNull(TextRules.problem("Ilya Sutskever", false));
        assertNull(TextRules.problem("emoji \ud83d\ude00 pairs", false));
        assertNotNull(TextRules.problem("a\u0000b", true));
        assertNotNull(TextRules.problem("a\rb", true), "a lone CR is not a line break");
        assertNull(TextRules.problem("a\r\nb\tc", true));
        assertTrue(TextRules.multiLine("sources[0].quote"));
        assertFalse(TextRules.multiLine("role.title"));
        assertTrue(TextRules.blank("\u200b \u00a0"));
        assertFalse(TextRules.blank("\u200bA"));
    }
}
