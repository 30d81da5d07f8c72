package org.personneltracker.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session for page tests: the CSRF cookie and token, and the sign-in cookie once signed in. */
public final class Pages {

    public static final String CSRF_COOKIE = "tracker-csrf";
    public static final String SESSION_COOKIE = "tracker-session";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public final Map<String, String> cookies = new HashMap<>();
    public String token;

    private Pages() {
    }

    /** An anonymous visitor who has opened the login page (so holds a CSRF cookie and token). */
    public static Pages visitor() {
        Pages p = new Pages();
        Response login = given().redirects().follow(false).get("/login");
        p.cookies.putAll(login.getCookies());
        p.token = tokenIn(login.asString());
        return p;
    }

    /** A visitor signed in as admin through the login form. */
    public static Pages admin() {
        return signedIn("admin", Api.ADMIN_PASSWORD);
    }

    /**
     * A visitor signed in through the login form. The CSRF token is bound to the session, so like a browser it takes
     * the token of a page it opens after signing in.
     */
    public static Pages signedIn(String username, String password) {
        Pages p = visitor();
        Response r = p.request().formParam("csrf-token", p.token).formParam("username", username)
                .formParam("password", password).post("/login");
        if (r.statusCode() != 303 || r.getCookie(SESSION_COOKIE) == null) {
            throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.asString());
        }
        p.cookies.putAll(r.getCookies());
        p.token = tokenIn(p.request().get("/").then().statusCode(200).extract().asString());
        return p;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** A form post carrying the CSRF token. */
    public RequestSpecification form() {
        return request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token);
    }

    public static String tokenIn(String html) {
        Matcher m = TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }
}
