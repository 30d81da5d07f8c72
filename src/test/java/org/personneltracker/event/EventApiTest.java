package org.personneltracker.event;

import static org.hamcrest.Matchers.*;
import static org.personneltracker.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventApiTest {

    @Test
    void loggingADepartureStoresItWithItsSourceAndReadsItBack() {
        String person = unique("Jane Doe");
        String company = unique("Acme AI");
        Map<String, Object> body = departure(person, company);
        int id = admin().body(body).post("/api/events")
                .then().statusCode(201)
                .header("Location", containsString("/api/events/"))
                .body("type", is("DEPARTURE"))
                .body("date", is("2026-02-09"))
                .body("datePrecision", is("DAY"))
                .body("person.name", is(person))
                .body("role.category", is("SAFETY"))
                .body("sources[0].url", startsWith("https://example.com/news/"))
                .body("sources[0].url", not(containsString("utm_source")))
                .body("sources[0].quote", is("I resigned."))
                .body("key", endsWith("-2026-02-09-departure-" + org.personneltracker.common.Slugs.slugify(person)))
                .body("version", is(0))
                .extract().path("id");
        anonymous().get("/api/events/" + id).then().statusCode(200).body("person.name", is(person));
    }
}
