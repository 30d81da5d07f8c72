package org.personneltracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Pages;
import org.personneltracker.support.RawHttp;

/**
 * Issue 10, item 1: a page accepts a state change only as a form from this site carrying the token of the visitor's
 * own session.
 */
@QuarkusTest
class CsrfTest {

    private static Map<String, String> event(String person) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", "DEPARTURE");
        f.put("date", "2026-02");
        f.put("person", person);
        f.put("company", unique("Csrf Co"));
        f.put("role.category", "SAFETY");
        f.put("sources[0].url", uniqueUrl());
        f.put("action", "save");
        return f;
    }

    /** The form's fields with its new person and company confirmed (the typo guard asks first). */
    private static Map<String, Object> confirmed(Map<String, String> f) {
        Map<String, Object> out = new LinkedHashMap<>(f);
        out.put("confirmNew", List.of("person:" + f.get("person"), "company:" + f.get("company")));
        return out;
    }

    private static void nothingLogged(String person) {
        given().queryParam("q", person).get("/api/events").then().body("total", is(0));
    }

    private static String body(Map<String, String> form, String token) {
        StringBuilder sb = new StringBuilder("csrf-token=" + token);
        form.forEach((k, v) -> sb.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v,
                java.nio.charset.StandardCharsets.UTF_8)));
        return sb.toString();
    }

    /** The request a browser's no-cors fetch makes: the session cookie, a form body, no Content-Type at all. */
    private static RawHttp.Answer postWithoutType(Pages p, String path, String body) throws IOException {
        String cookies = p.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookies
                + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
    }

    @Test
    void aFormPostWithoutContentTypeIsRefusedAndNotReadAsAForm() throws IOException {
        Pages victim = Pages.admin();
        String person = unique("No Type Person");
        // the body is a valid form with the right token, but no Content-Type says so
        assertEquals(415, postWithoutType(victim, "/events/new", body(event(person), victim.token)).status());
        nothingLogged(person);
        int id = postEvent(with(departure(unique("Edit Target"), unique("Edit Co")), "summary", "as it was"));
        assertEquals(415, postWithoutType(victim, "/events/" + id + "/edit", "csrf-token=" + victim.token
                + "&summary=changed").status());
        given().get("/api/events/" + id).then().body("summary", is("as it was"));
        assertEquals(415, postWithoutType(victim, "/logout", "csrf-token=" + victim.token).status());
        victim.request().get("/events/new").then().statusCode(200);
        victim.request().contentType("text/plain").body(body(event(person), victim.token)).post("/events/new")
                .then().statusCode(415);
        nothingLogged(person);
    }

    @Test
    void anAttackersOwnCookieAndTokenPairFailsWithTheVictimsSession() {
        Pages victim = Pages.admin();
        Pages attacker = Pages.admin();
        Pages anonymous = Pages.visitor();
        String person = unique("Forged Person");
        for (Pages forger : new Pages[] {attacker, anonymous}) {
            Map<String, String> cookies = new LinkedHashMap<>(victim.cookies);
            cookies.put(Pages.CSRF_COOKIE, forger.cookies.getOrDefault(Pages.CSRF_COOKIE, "x".repeat(30)));
            given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", forger.token).formParams(event(person)).post("/events/new").then()
                    .statusCode(400).body(containsString("expired"));
            given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", forger.token).post("/logout").then().statusCode(400);
        }
        nothingLogged(person);
        victim.request().get("/events/new").then().statusCode(200);
    }

    @Test
    void aMissingTokenIsRefused() {
        Pages victim = Pages.admin();
        String person = unique("Tokenless Person");
        victim.request().contentType("application/x-www-form-urlencoded").formParams(event(person))
                .post("/events/new").then().statusCode(400);
        victim.request().contentType("multipart/form-data").multiPart("text", "Someone resigned.")
                .post("/ingest").then().statusCode(400);
        nothingLogged(person);
    }

    @Test
    void theTokenOfTheSessionWorks() {
        Pages p = Pages.admin();
        String person = unique("Proper Person");
        p.form().formParams(confirmed(event(person))).post("/events/new").then().statusCode(303);
        given().queryParam("q", person).get("/api/events").then().body("total", is(1));
    }

    @Test
    void aFormFromAnotherSiteIsRefused() {
        Pages p = Pages.admin();
        String person = unique("Cross Site Person");
        p.form().header("Sec-Fetch-Site", "cross-site").formParams(event(person)).post("/events/new").then()
                .statusCode(403);
        nothingLogged(person);
    }

    @Test
    void controlCharactersInAFormAreRefused() {
        Pages p = Pages.admin();
        String person = unique("Control") + "\u0007";
        p.form().formParams(event(person)).post("/events/new").then().statusCode(400)
                .body(containsString("control character"));
        nothingLogged(person.substring(0, person.length() - 1));
    }
}
