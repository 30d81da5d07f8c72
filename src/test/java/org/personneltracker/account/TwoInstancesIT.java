package org.personneltracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.personneltracker.support.PackagedApp;

/**
 * Issue 10, "Nothing lost": two packaged app instances on one PostgreSQL database, started at the same moment. The seed
 * loads once and one admin is created; a session made on one works on the other and signing out on either ends it;
 * throttling and token revocation hold on both.
 *
 * <p>Runs when the app is built for PostgreSQL ({@code TRACKER_DB_KIND=postgresql}) and {@code TRACKER_IT_JDBC_URL}
 * names a database of its own (with {@code TRACKER_IT_DB_USER}, {@code TRACKER_IT_DB_PASSWORD}): it empties that
 * database first. {@code .ci/run} does this.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final String PASSWORD = "two-instances-admin";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @TempDir
    static Path dir;

    private PackagedApp a;
    private PackagedApp b;
    private Path logA;
    private Path logB;
    private String url;
    private String user;
    private String password;

    @BeforeAll
    void startBothAtOnce() throws Exception {
        url = System.getenv("TRACKER_IT_JDBC_URL");
        Assumptions.assumeTrue("postgresql".equals(System.getenv("TRACKER_DB_KIND")) && url != null,
                "needs a PostgreSQL build and TRACKER_IT_JDBC_URL (see .ci/run)");
        user = System.getenv().getOrDefault("TRACKER_IT_DB_USER", "tracker");
        password = System.getenv().getOrDefault("TRACKER_IT_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        logA = dir.resolve("a.log");
        logB = dir.resolve("b.log");
        int portA = PackagedApp.freePort();
        int portB = PackagedApp.freePort();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<PackagedApp> fa = pool.submit(() -> start(portA, logA, "a"));
            Future<PackagedApp> fb = pool.submit(() -> start(portB, logB, "b"));
            a = fa.get();
            b = fb.get();
        } finally {
            pool.shutdown();
        }
    }

    private PackagedApp start(int port, Path log, String name) throws Exception {
        return PackagedApp.start(url, port, log, PASSWORD, "-Dquarkus.datasource.username=" + user,
                "-Dquarkus.datasource.password=" + password, "-Dtracker.data-dir=" + dir.resolve(name),
                // list cursors must be valid on every instance: the instances share their key
                "-Dtracker.cursor-key=two-instances-cursor-key-0123456789");
    }

    @AfterAll
    void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private static RequestSpecification on(PackagedApp app) {
        return given().port(app.port).redirects().follow(false);
    }

    private static RequestSpecification basic(PackagedApp app, String name, String pw) {
        return on(app).auth().preemptive().basic(name, pw).contentType(ContentType.JSON);
    }

    @Test
    void theSeedLoadsOnceAndOneAdminIsCreated() throws Exception {
        String logs = Files.readString(logA) + Files.readString(logB);
        assertEquals(1, count(logs, "Loaded seed data"), "one instance loads the seed");
        assertEquals(1, count(logs, "Created user 'admin'"), "one instance creates the admin");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM seed_load")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
        int events = on(a).get("/api/events?limit=1").then().statusCode(200).extract().path("total");
        assertTrue(events >= 40, "the seed is there: " + events);
        on(b).get("/api/events?limit=1").then().body("total", is(events));
        on(b).get("/api/companies?q=anthropic").then().body("items.slug", not(hasItem("anthropic-2")));
        // a cursor made on one instance pages on the other
        String next = on(a).get("/api/events?limit=5").then().extract().path("next");
        on(b).get("/api/events?limit=5&cursor=" + next).then().statusCode(200);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** Signs in through the login form of {@code app}; answers the browser's cookies. */
    private static Map<String, String> signIn(PackagedApp app, String name, String pw) {
        Response login = on(app).get("/login");
        Map<String, String> cookies = new HashMap<>(login.getCookies());
        Response r = on(app).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token(login.asString())).formParam("username", name)
                .formParam("password", pw).post("/login");
        assertEquals(303, r.statusCode(), r.asString());
        cookies.putAll(r.getCookies());
        return cookies;
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), "a CSRF token in the page");
        return m.group(1);
    }

    @Test
    void aSessionMadeOnOneWorksOnTheOtherAndSignOutEndsItOnBoth() {
        Map<String, String> cookies = signIn(a, "admin", PASSWORD);
        on(b).cookies(cookies).get("/events/new").then().statusCode(200);
        // the CSRF token of a page from one instance is good on the other (it is derived from the session)
        String page = on(a).cookies(cookies).get("/account/tokens").then().statusCode(200).extract().asString();
        on(b).cookies(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", token(page))
                .formParam("name", "made across instances").formParam("role", "viewer").post("/account/tokens")
                .then().statusCode(200).body(containsString("made across instances"));
        on(b).cookies(cookies).contentType("application/x-www-form-urlencoded").formParam("csrf-token", token(page))
                .post("/logout").then().statusCode(303);
        on(a).cookies(cookies).get("/events/new").then().statusCode(302).header("Location", startsWith("/login"));
    }

    @Test
    void throttlingHoldsOnBoth() {
        String name = "throttled-" + System.nanoTime();
        basic(a, "admin", PASSWORD).body(Map.of("username", name, "password", "a fine long passphrase", "role",
                "viewer")).post("/api/users").then().statusCode(201);
        for (int i = 0; i < 5; i++) {
            basic(i % 2 == 0 ? a : b, name, "wrong " + i).get("/api/account").then().statusCode(401);
        }
        for (PackagedApp app : List.of(a, b)) {
            basic(app, name, "a fine long passphrase").get("/api/account").then().statusCode(429)
                    .header("Retry-After", notNullValue());
        }
    }

    @Test
    void aTokenRevokedOnOneIsRefusedByTheOther() {
        Response made = basic(a, "admin", PASSWORD).body(Map.of("name", "two instances")).post("/api/tokens");
        made.then().statusCode(201);
        String token = made.path("token");
        int id = made.path("id");
        for (PackagedApp app : List.of(a, b)) {
            on(app).header("Authorization", "Bearer " + token).get("/api/account").then().statusCode(200);
        }
        basic(b, "admin", PASSWORD).delete("/api/tokens/" + id).then().statusCode(204);
        for (PackagedApp app : List.of(a, b)) {
            on(app).header("Authorization", "Bearer " + token).get("/api/account").then().statusCode(401);
        }
    }
}
