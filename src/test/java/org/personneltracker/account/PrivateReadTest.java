package org.personneltracker.account;

import static org.hamcrest.Matchers.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A newsroom's private tracker: {@code tracker.public-read=false}. */
@QuarkusTest
@TestProfile(PrivateReadTest.PrivateRead.class)
class PrivateReadTest {

    public static class PrivateRead implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.public-read", "false");
        }
    }

    @Test
    void anonymousReadsAreA401Challenge() {
        for (String path : new String[] {"/api/events", "/api/companies", "/api/companies/anthropic",
                "/api/companies/anthropic/timeline", "/api/people", "/api/context-events", "/api/sources",
                "/api/insights/waves", "/api/insights/flows", "/api/insights/series", "/api/insights/after-launches"}) {
            anonymous().redirects().follow(false).get(path).then().spec(problem(401))
                    .header("WWW-Authenticate", BASIC_CHALLENGE).header("Location", nullValue());
        }
    }

    @Test
    void anySignedInUserMayRead() {
        String viewer = createUser("viewer");
        as(viewer).get("/api/events").then().statusCode(200).body("items", not(empty()));
        as(viewer).get("/api/companies/anthropic/timeline").then().statusCode(200);
        as(viewer).get("/api/insights/flows").then().statusCode(200);
        as(viewer).body(Map.of("name", unique("Private Viewer AI"))).post("/api/companies").then().spec(problem(403));
        admin().get("/api/events").then().statusCode(200);
    }

    @Test
    void healthStaysOpen() {
        anonymous().get("/q/health").then().statusCode(200).body("status", is("UP"));
    }
}
