package org.personneltracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Pages;
import org.personneltracker.support.TestClock;

/** Issue 10, item 2: a session ends on sign-out, at its absolute lifetime, when idle, and on a password change. */
@QuarkusTest
class SessionTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void clock() {
        TestClock.install();
    }

    private static int status(Pages p, String path) {
        return p.request().get(path).statusCode();
    }

    @Test
    void aCookieCopiedBeforeSignOutNeitherReadsNorWritesAfterIt() {
        Pages browser = Pages.admin();
        Pages copy = Pages.visitor();
        copy.cookies.clear();
        copy.cookies.putAll(browser.cookies);
        copy.token = browser.token;
        assertEquals(200, status(copy, "/events/new"), "the copy works while the session lives");

        browser.form().post("/logout").then().statusCode(303).header("Location", is("/login?signed-out=1"));

        copy.request().get("/events/new").then().statusCode(302).header("Location", startsWith("/login"));
        String person = unique("After Logout");
        copy.form().formParams(Map.of("type", "DEPARTURE", "date", "2026-02", "person", person, "company",
                unique("After Logout Co"), "role.category", "SAFETY", "sources[0].url", uniqueUrl(), "action", "save"))
                .post("/events/new").then().statusCode(anyOf(is(302), is(400)));
        given().queryParam("q", person).get("/api/events").then().body("total", is(0));
        assertFalse(copy.request().get("/").asString().contains("Sign out"), "the copy is anonymous");
    }

    @Test
    void useDoesNotExtendASessionPastItsAbsoluteLifetime() {
        Pages p = Pages.admin();
        for (int hour = 1; hour < 12; hour++) {
            TestClock.advance(Duration.ofHours(1));
            Response r = p.request().get("/events/new");
            assertEquals(200, r.statusCode(), "hour " + hour);
            assertNull(r.getCookie(Pages.SESSION_COOKIE), "the cookie is never renewed");
        }
        TestClock.advance(Duration.ofMinutes(61));
        p.request().get("/events/new").then().statusCode(302).header("Location", startsWith("/login"));
    }

    @Test
    void anIdleSessionEnds() {
        Pages p = Pages.admin();
        TestClock.advance(Duration.ofMinutes(119));
        assertEquals(200, status(p, "/events/new"), "used within the idle timeout");
        TestClock.advance(Duration.ofMinutes(121));
        Response r = p.request().get("/events/new");
        assertEquals(302, r.statusCode());
        assertEquals("", r.getCookie(Pages.SESSION_COOKIE), "the dead cookie is cleared");
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        Pages p = Pages.admin();
        String secret = p.cookies.get(Pages.SESSION_COOKIE);
        Instant first = lastSeen(secret);
        TestClock.advance(Duration.ofSeconds(30));
        p.request().get("/").then().statusCode(200);
        assertEquals(first, lastSeen(secret), "no write within a minute");
        TestClock.advance(Duration.ofSeconds(31));
        p.request().get("/").then().statusCode(200);
        assertTrue(lastSeen(secret).isAfter(first), "written after a minute");
    }

    private Instant lastSeen(String secret) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select s.lastSeenAt from UserSession s where s.secretHash = :h", Instant.class)
                .setParameter("h", Secrets.hash(secret)).getSingleResult());
    }

    @Test
    void theSecretIsStoredOnlyAsAHash() {
        Pages p = Pages.admin();
        String secret = p.cookies.get(Pages.SESSION_COOKIE);
        assertTrue(secret.length() >= 43, "256 bits: " + secret);
        long stored = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(s) from UserSession s where s.secretHash = :s", Long.class).setParameter("s", secret)
                .getSingleResult());
        assertEquals(0, stored);
    }

    @Test
    void theCookieIsHttpOnlyAndSameSiteLax() {
        Pages v = Pages.visitor();
        Response r = v.request().formParam("csrf-token", v.token).formParam("username", "admin")
                .formParam("password", ADMIN_PASSWORD).post("/login");
        String header = r.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("tracker-session="))
                .findFirst().orElseThrow();
        assertTrue(header.contains("HTTPOnly") || header.contains("HttpOnly"), header);
        assertTrue(header.contains("SameSite=Lax"), header);
        assertFalse(header.contains("Secure"), "plain http: not Secure");
        assertFalse(header.contains("Max-Age"), "a browser-session cookie: the server decides when it ends");
    }

    @Test
    void aSessionWorksOnlyForPagesNeverForTheApi() {
        Pages p = Pages.admin();
        p.request().contentType("application/json").body(Map.of("name", unique("Cookie Api Co")))
                .post("/api/companies").then().statusCode(401);
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsButNotThisOne() {
        String user = createUser("editor");
        Pages here = Pages.signedIn(user, USER_PASSWORD);
        Pages elsewhere = Pages.signedIn(user, USER_PASSWORD);
        String next = "brand new passphrase " + System.nanoTime();
        here.form().formParam("currentPassword", USER_PASSWORD).formParam("newPassword", next)
                .formParam("repeatPassword", next).post("/account/password").then().statusCode(303)
                .header("Location", is("/account/password?changed=1"));
        assertEquals(200, status(here, "/events/new"), "the session it was changed from stays");
        assertEquals(302, status(elsewhere, "/events/new"), "the other session ended");
    }

    @Test
    void anAdminsResetEndsEverySessionOfThatUser() {
        String user = createUser("editor");
        Pages p = Pages.signedIn(user, USER_PASSWORD);
        admin().body(Map.of("password", "another fine passphrase")).put("/api/users/" + user + "/password")
                .then().statusCode(204);
        assertEquals(302, status(p, "/events/new"));
        Pages.signedIn(user, "another fine passphrase");
    }
}
