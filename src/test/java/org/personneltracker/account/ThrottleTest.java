package org.personneltracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Pages;
import org.personneltracker.support.TestClock;

/**
 * Issue 10, item 3 (API.md "Abuse limits"): password guessing on /login and HTTP Basic is throttled per account and
 * per client address, with a bounded wait. Each test signs in from addresses of its own (the tests are clients of a
 * trusted proxy that sets X-Forwarded-For), so the other tests' failures do not count here.
 */
@QuarkusTest
class ThrottleTest {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private String address;

    @BeforeEach
    void setUp() {
        TestClock.install();
        address = newAddress();
    }

    private static String newAddress() {
        int n = NEXT.getAndIncrement() + (int) (System.nanoTime() % 200) * 250;
        return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private static RequestSpecification basic(String user, String password, String from) {
        return given().auth().preemptive().basic(user, password).header("X-Forwarded-For", from);
    }

    @Test
    void thirtyWrongPasswordsThenTheRightOneIsStill429() {
        String user = createUser("editor");
        for (int i = 0; i < 30; i++) {
            int status = basic(user, "wrong password " + i, address).get("/api/account").statusCode();
            assertEquals(i < 5 ? 401 : 429, status, "attempt " + (i + 1));
        }
        Response r = basic(user, USER_PASSWORD, address).get("/api/account");
        r.then().spec(problem(429)).header("Retry-After", notNullValue());
        long retry = Long.parseLong(r.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 30, "first wait is at most 30 s: " + retry);
    }

    @Test
    void theThrottleHoldsFromAnyAddressAndEndsAfterTheWait() {
        String user = createUser("editor");
        for (int i = 0; i < 5; i++) {
            basic(user, "wrong password " + i, address).get("/api/account").then().statusCode(401);
        }
        basic(user, USER_PASSWORD, newAddress()).get("/api/account").then().statusCode(429);
        TestClock.advance(Duration.ofSeconds(31));
        basic(user, USER_PASSWORD, address).get("/api/account").then().statusCode(200).body("username", is(user));
        // the success cleared the count: one more mistake is a plain 401
        basic(user, "wrong again", address).get("/api/account").then().statusCode(401);
        basic(user, USER_PASSWORD, address).get("/api/account").then().statusCode(200);
    }

    @Test
    void theWaitDoublesButIsBounded() {
        String user = createUser("viewer");
        for (int i = 0; i < 5; i++) {
            basic(user, "wrong " + i, address).get("/api/account");
        }
        long previous = 0;
        for (int round = 0; round < 8; round++) {
            Response r = basic(user, "still wrong", address).get("/api/account");
            assertEquals(429, r.statusCode());
            long wait = Long.parseLong(r.header("Retry-After"));
            assertTrue(wait <= 15 * 60, "never more than 15 minutes: " + wait);
            assertTrue(wait >= previous || wait > 14 * 60, "grows: " + previous + " then " + wait);
            previous = wait;
            TestClock.advance(Duration.ofSeconds(wait + 1));
            basic(user, "wrong after the wait " + round, address).get("/api/account").then().statusCode(401);
        }
        TestClock.advance(Duration.ofMinutes(16));
        basic(user, USER_PASSWORD, address).get("/api/account").then().statusCode(200);
    }

    @Test
    void manyFailuresFromOneAddressThrottleThatAddressForEveryAccount() {
        String target = createUser("editor");
        for (int i = 0; i < 20; i++) {
            basic("sprayed-" + i + "-" + System.nanoTime(), "Summer2026!", address).get("/api/account").then()
                    .statusCode(401);
        }
        basic(target, USER_PASSWORD, address).get("/api/account").then().statusCode(429);
        basic(target, USER_PASSWORD, newAddress()).get("/api/account").then().statusCode(200);
    }

    @Test
    void theLoginFormIsThrottledToo() {
        String user = createUser("editor");
        Pages v = Pages.visitor();
        for (int i = 0; i < 5; i++) {
            v.form().header("X-Forwarded-For", address).formParam("username", user).formParam("password", "nope " + i)
                    .post("/login").then().statusCode(401);
        }
        v.form().header("X-Forwarded-For", address).formParam("username", user).formParam("password", USER_PASSWORD)
                .post("/login").then().statusCode(429).header("Retry-After", notNullValue())
                .body(containsString("Too many failed sign-ins"));
        // Basic and the form share the count
        basic(user, USER_PASSWORD, newAddress()).get("/api/account").then().statusCode(429);
    }

    @Test
    void aBurstOfParallelGuessesIsCutShortWhileParallelRightPasswordsAllPass() throws Exception {
        String user = createUser("editor");
        ExecutorService pool = Executors.newFixedThreadPool(15);
        try {
            List<Future<Integer>> right = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                right.add(pool.submit(() -> basic(user, USER_PASSWORD, address).get("/api/account").statusCode()));
            }
            for (Future<Integer> f : right) {
                assertEquals(200, f.get());
            }
            List<Future<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int n = i;
                guesses.add(pool.submit(() -> basic(user, "guess " + n, newAddress()).get("/api/account").statusCode()));
            }
            int checked = 0;
            for (Future<Integer> f : guesses) {
                int status = f.get();
                assertTrue(status == 401 || status == 429, "status " + status);
                checked += status == 401 ? 1 : 0;
            }
            assertTrue(checked >= 5 && checked <= 10, "passwords checked before the throttle applied: " + checked);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void userNamesCountIgnoringCase() {
        String user = createUser("editor");
        for (int i = 0; i < 5; i++) {
            basic(i % 2 == 0 ? user.toUpperCase() : user, "wrong " + i, address).get("/api/account");
        }
        basic(user, USER_PASSWORD, newAddress()).get("/api/account").then().statusCode(429);
    }
}
