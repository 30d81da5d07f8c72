package org.personneltracker.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The History sections of the event, person and company pages, and the "corrected on" note of an event. */
@QuarkusTest
class HistoryPagesTest {

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString());
    }

    @Test
    void aCorrectedEventSaysWhenWithThePreviousValueAndItsHistoryShowsBeforeAndAfter() {
        String company = createCompany(unique("Page History Labs"));
        String other = createCompany(unique("Page Right Labs"));
        int id = postEvent(event("HIRE", "2025-04", createPerson(unique("Page Person")), company, "Engineer",
                "ENGINEERING"));
        Map<String, Object> body = new LinkedHashMap<>(anonymous().get("/api/events/" + id).then().extract().as(Map.class));
        body.put("company", other);
        body.put("summary", "Joined the right company.");
        admin().body(body).put("/api/events/" + id).then().statusCode(200);

        Document d = page("/events/" + id);
        String note = d.select(".alert.corrected").text();
        assertTrue(note.startsWith("Corrected on "), note);
        assertTrue(note.contains("by admin"), note);
        assertTrue(note.contains("Company: was " + company + ", now " + other), note);
        assertFalse(note.contains("Summary"), "a summary edit is not a correction: " + note);

        String history = d.select("section.history").text();
        assertTrue(history.contains("History"), history);
        assertTrue(history.contains("Changed by admin"), history);
        assertTrue(history.contains("Created by admin"), history);
        assertTrue(d.select("section.history table.changes th[scope=row]").eachText().contains("Company"), history);
        assertTrue(d.select("section.history td.was").eachText().contains(company), history);
        assertTrue(d.select("section.history td.now").eachText().contains("Joined the right company."), history);
        assertFalse(history.contains("{"), "values are text, not JSON: " + history);
    }

    @Test
    void personAndCompanyPagesHaveAHistorySection() {
        String slug = createPerson(unique("Page Bio Person"));
        Map<String, Object> body = new LinkedHashMap<>(anonymous().get("/api/people/" + slug).then().extract().as(Map.class));
        body.put("bio", "Works on interpretability.");
        admin().body(body).put("/api/people/" + slug).then().statusCode(200);
        String person = page("/people/" + slug).select("section.history").text();
        assertTrue(person.contains("Changed by admin") && person.contains("Works on interpretability."), person);

        String company = createCompany(unique("Page Company"));
        Map<String, Object> c = new LinkedHashMap<>(anonymous().get("/api/companies/" + company).then().extract().as(Map.class));
        c.remove("counts");
        c.put("foundedYear", 2021);
        c.put("headquarters", "London");
        admin().body(c).put("/api/companies/" + company).then().statusCode(200);
        Document d = page("/companies/" + company);
        String history = d.select("section.history").text();
        assertTrue(history.contains("Founded year") && history.contains("2021") && history.contains("London"), history);
        assertTrue(d.select("section.history a[href=/api/companies/" + company + "/history]").size() == 1);
    }
}
