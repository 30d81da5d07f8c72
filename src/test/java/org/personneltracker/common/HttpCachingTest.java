package org.personneltracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Pages;

/** Conditional GETs: ETag / If-None-Match and Last-Modified / If-Modified-Since on the reads of facts. */
@QuarkusTest
class HttpCachingTest {

    @Test
    void aTimelineIsNotModifiedUntilAFactIsWritten() {
        String company = createCompany(unique("Etag Labs"));
        String path = "/api/companies/" + company + "/timeline";
        postEvent(event("HIRE", "2025-04", createPerson(unique("Etag Hire")), company, "Researcher", "RESEARCH"));
        Response first = anonymous().get(path).then().statusCode(200).header("ETag", startsWith("W/\""))
                .header("Vary", containsString("Cookie")).header("Cache-Control", "no-cache").extract().response();
        String tag = first.header("ETag");

        Response again = anonymous().header("If-None-Match", tag).get(path).then().statusCode(304)
                .header("ETag", tag).extract().response();
        assertEquals("", again.asString(), "a 304 has no body");
        // another list of tags, one of them current
        anonymous().header("If-None-Match", "W/\"0-other\", " + tag).get(path).then().statusCode(304);
        // another URL, another answer
        anonymous().header("If-None-Match", tag).queryParam("order", "desc").get(path).then().statusCode(200);

        // a write elsewhere changes the data version: the held answer is no longer declared current
        postEvent(event("DEPARTURE", "2025-05", createPerson(unique("Etag Leaver")), company, "Scientist", "RESEARCH"));
        Response after = anonymous().header("If-None-Match", tag).get(path).then().statusCode(200)
                .body("total", is(2)).extract().response();
        assertNotEquals(tag, after.header("ETag"));
    }

    @Test
    void oneVisitorsPageIsNeverDeclaredCurrentForAnother() {
        String company = createCompany(unique("Page Etag Labs"));
        String path = "/companies/" + company;
        Pages a = Pages.visitor();
        Pages b = Pages.visitor();
        String tag = a.request().get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        a.request().header("If-None-Match", tag).get(path).then().statusCode(304);
        // b's forms carry b's CSRF token: a's page is not b's
        b.request().header("If-None-Match", tag).get(path).then().statusCode(200);

        // a signed-in editor sees other links: a's tag is not current for them, and their page is not stored
        Pages editor = Pages.admin();
        Response signedIn = editor.request().header("If-None-Match", tag).get(path).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().response();
        assertNotEquals(tag, signedIn.header("ETag"));
        editor.request().header("If-None-Match", signedIn.header("ETag")).get(path).then().statusCode(304);
    }

    @Test
    void anAnswerThatSetsACookieHasNoValidator() {
        // a visitor without cookies: a page that gives them one (for a form's CSRF token) gets no ETag
        for (String page : new String[] {"/", "/companies", "/events", "/insights", "/login"}) {
            Response r = given().redirects().follow(false).get(page).then().statusCode(200).extract().response();
            boolean setsCookie = r.getCookie(Pages.CSRF_COOKIE) != null;
            assertTrue(setsCookie ? r.header("ETag") == null : r.header("ETag") != null || page.equals("/login"),
                    page + ": a cookie and an ETag together, or neither on a covered page");
        }
        // the login page sets the cookie: it is not covered, and answers no ETag either way
        Response login = given().redirects().follow(false).get("/login").then().statusCode(200).extract().response();
        assertNotNull(login.getCookie(Pages.CSRF_COOKIE));
        assertNull(login.header("ETag"));
    }

    @Test
    void writesAndAccountPagesAreNotCovered() {
        assertTrue(HttpCaching.covered("/api/events"));
        assertTrue(HttpCaching.covered("/feeds/events.atom"));
        assertTrue(HttpCaching.covered("/companies/openai"));
        assertTrue(!HttpCaching.covered("/events/new") && !HttpCaching.covered("/api/users")
                && !HttpCaching.covered("/account/tokens") && !HttpCaching.covered("/api/import/1")
                && !HttpCaching.covered("/eventsx") && !HttpCaching.covered("/api/tokens"));
        admin().header("If-None-Match", "*").get("/api/account").then().statusCode(200).header("ETag", nullValue());
    }

    @Test
    void theFeedAnswersIfModifiedSince() throws InterruptedException {
        String path = "/feeds/events.atom";
        Response r = anonymous().get(path).then().statusCode(200).extract().response();
        // Last-Modified is left out during the second of the last write; it appears once that second has passed
        for (int i = 0; i < 30 && r.header("Last-Modified") == null; i++) {
            Thread.sleep(100);
            r = anonymous().get(path).then().statusCode(200).extract().response();
        }
        String lastModified = r.header("Last-Modified");
        assertNotNull(lastModified);
        assertTrue(lastModified.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                "an HTTP date: " + lastModified);
        Response notModified = anonymous().header("If-Modified-Since", lastModified).get(path);
        // a write by another test in between makes it a 200 with a later Last-Modified: both are right
        if (notModified.statusCode() == 304) {
            assertEquals("", notModified.asString());
        } else {
            assertEquals(200, notModified.statusCode());
            assertNotEquals(lastModified, notModified.header("Last-Modified"));
        }
        anonymous().header("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").get(path).then().statusCode(200);
        anonymous().header("If-Modified-Since", "not a date").get(path).then().statusCode(200);
    }
}
