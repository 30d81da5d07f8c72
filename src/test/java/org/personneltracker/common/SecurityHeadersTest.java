package org.personneltracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Pages;

/** Issue 10, item 5: security headers on every answer, no inline code, no-store for signed-in users, Secure cookies. */
@QuarkusTest
class SecurityHeadersTest {

    private static void hasSecurityHeaders(Response r, String what) {
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, what);
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
                what + ": " + csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("same-origin", r.header("Referrer-Policy"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
    }

    @Test
    void everyKindOfAnswerCarriesTheHeaders() {
        hasSecurityHeaders(given().get("/"), "page");
        hasSecurityHeaders(given().get("/login"), "login");
        hasSecurityHeaders(given().get("/api/events?limit=1"), "API");
        hasSecurityHeaders(given().get("/app.js"), "script");
        hasSecurityHeaders(given().get("/companies/no-such-company"), "404 page");
        hasSecurityHeaders(anonymous().body("{}").post("/api/companies"), "401 problem");
        hasSecurityHeaders(given().get("/api/events?limit=9999"), "400 problem");
        hasSecurityHeaders(given().redirects().follow(false).get("/events/new"), "redirect");
        String swagger = given().get("/q/swagger-ui/").header("Content-Security-Policy");
        assertTrue(swagger.contains("frame-ancestors 'none'"), swagger);
    }

    @Test
    void whatASignedInUserSeesIsNotStored() {
        Pages p = Pages.admin();
        assertEquals("no-store", p.request().get("/").header("Cache-Control"));
        assertEquals("no-store", p.request().get("/events/new").header("Cache-Control"));
        assertEquals("no-store", admin().get("/api/events?limit=1").header("Cache-Control"));
        assertEquals("no-store", given().get("/login").header("Cache-Control"), "the login form holds a token");
        assertNotEquals("no-store", p.request().get("/app.css").header("Cache-Control"), "static files stay cacheable");
        // public reads may be cached, and are revalidated (ETag, HttpCachingTest) rather than reused on a guess
        assertEquals("no-cache", given().get("/api/events?limit=1").header("Cache-Control"), "public reads may be cached");
    }

    @Test
    void redirectsAreNeverBuiltFromTheHostHeader() {
        given().redirects().follow(false).header("Host", "evil.example").get("/events/new").then().statusCode(302)
                .header("Location", startsWith("/login?next="));
        Pages p = Pages.admin();
        p.form().header("Host", "evil.example").post("/logout").then().statusCode(303)
                .header("Location", is("/login?signed-out=1"));
        admin().header("Host", "evil.example").body(java.util.Map.of("name", unique("Host Header AI")))
                .post("/api/companies").then().statusCode(201).header("Location", startsWith("/api/companies/"));
    }

    @Test
    void cookiesAreSecureBehindATlsProxy() {
        Pages v = Pages.visitor();
        Response r = v.request().header("X-Forwarded-Proto", "https").formParam("csrf-token", v.token)
                .formParam("username", "admin").formParam("password", ADMIN_PASSWORD).post("/login");
        String cookie = r.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("tracker-session="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
    }

    /** Every template, so a page added later (or merged from another branch) cannot bring inline code back. */
    @Test
    void noTemplateHoldsInlineScriptStyleOrEventHandlers() throws IOException {
        Pattern inlineScript = Pattern.compile(
                // a JSON-LD data block is never run, so the policy does not apply to it
                "<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/ld\\+json\")[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern styleAttribute = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern styleElement = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern jsUrl = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
        List<Path> templates;
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources/templates"))) {
            templates = s.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertTrue(templates.size() > 15, templates.toString());
        for (Path t : templates) {
            String html = Files.readString(t);
            for (Pattern p : List.of(inlineScript, styleAttribute, styleElement, handler, jsUrl)) {
                Matcher m = p.matcher(html);
                assertFalse(m.find(), t + " holds inline code the Content-Security-Policy blocks: " + (m.hitEnd() ? ""
                        : html.substring(Math.max(0, m.start() - 40), Math.min(html.length(), m.end() + 40))));
            }
        }
    }
}
