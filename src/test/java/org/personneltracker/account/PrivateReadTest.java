package org.personneltracker.account;

import static org.hamcrest.Matchers.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A newsroom's private tracker ({@code tracker.public-read=false}): the setting is switched for each test of this
 * class only (QuarkusMock), so the same boot serves every other test with public reads.
 */
@QuarkusTest
class PrivateReadTest {

    @BeforeEach
    void privateTracker() {
        QuarkusMock.installMockForType(new ReadPolicy() {
            @Override
            public boolean publicRead() {
                return false;
            }
        }, ReadPolicy.class);
    }

    @Test
    void anonymousReadsAreA401Challenge() {
        String company = createCompany(unique("Private AI"));
        String person = createPerson(unique("Private Person"));
        for (String path : new String[] {"/api/events", "/api/companies", "/api/companies/" + company,
                "/api/companies/" + company + "/timeline", "/api/people", "/api/people/" + person,
                "/api/context-events", "/api/sources", "/api/insights/waves", "/api/insights/flows",
                "/api/insights/series", "/api/insights/after-launches", "/feeds/events.atom",
                "/feeds/events.atom?company=" + company}) {
            anonymous().redirects().follow(false).get(path).then().spec(problem(401))
                    .header("WWW-Authenticate", BASIC_CHALLENGE).header("Location", nullValue());
        }
    }

    @Test
    void anonymousVisitorsOfPagesAreSentToLogin() {
        String company = createCompany(unique("Private Pages AI"));
        for (String path : new String[] {"/", "/companies", "/companies/" + company, "/events"}) {
            anonymous().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", containsString("/login"));
        }
        anonymous().get("/login").then().statusCode(200);
    }

    @Test
    void anySignedInUserMayRead() {
        String company = createCompany(unique("Private Read AI"));
        postEvent(event("DEPARTURE", "2025-01", createPerson(unique("Private Leaver")), company, "Engineer",
                "ENGINEERING"));
        String viewer = createUser("viewer");
        as(viewer).get("/api/events").then().statusCode(200).body("items", not(empty()));
        as(viewer).get("/api/companies/" + company + "/timeline").then().statusCode(200).body("total", is(1));
        as(viewer).get("/api/insights/flows").then().statusCode(200);
        as(viewer).body(Map.of("name", unique("Private Viewer AI"))).post("/api/companies").then().spec(problem(403));
        admin().get("/api/events").then().statusCode(200);
    }

    @Test
    void healthStaysOpen() {
        anonymous().get("/q/health").then().statusCode(200).body("status", is("UP"));
    }
}
