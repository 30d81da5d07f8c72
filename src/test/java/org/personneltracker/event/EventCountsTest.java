package org.personneltracker.event;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.KeptCounts;

/**
 * The counts kept on write (EventCounts) stay equal to a recount through every kind of write, and the event list's
 * total and facets answered from them equal those counted over the events (the same filter in a form they cannot
 * answer: days instead of whole years).
 */
@QuarkusTest
class EventCountsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void keptCountsFollowCreatesEditsRetractionsDeletesRestoresAndMerges() throws Exception {
        String a = createCompany(unique("Kept Count Labs"));
        String b = createCompany(unique("Kept Count Merged"));
        int hire = postEvent(event("HIRE", "2023-03", createPerson(unique("Counted Hire")), a, "Engineer", "ENGINEERING"));
        int departure = postEvent(event("DEPARTURE", "2024", createPerson(unique("Counted Leaver")), a, "Researcher",
                "RESEARCH"));
        int change = postEvent(event("ROLE_CHANGE", "2022-11-05", createPerson(unique("Counted Change")), b, "Lead",
                "SAFETY"));
        int gone = postEvent(event("DEPARTURE", "2021-01-09", createPerson(unique("Counted Gone")), b, "Analyst",
                "POLICY"));
        KeptCounts.assertAgreeWithRecount(db);
        assertSameAnswers(a);

        // an edit moves the event to another year, category and seniority
        JsonPath stored = anonymous().get("/api/events/" + hire).then().statusCode(200).extract().jsonPath();
        Map<String, Object> edited = event("HIRE", "2025-02-01", stored.getString("person.slug"), a, "Staff engineer",
                "PRODUCT");
        edited.put("version", stored.getInt("version"));
        admin().body(edited).put("/api/events/" + hire).then().statusCode(200);
        KeptCounts.assertAgreeWithRecount(db);

        // retracted: no longer counted; reinstated: counted again
        admin().body(Map.of("reason", "The report was denied.")).post("/api/events/" + departure + "/retraction")
                .then().statusCode(200);
        KeptCounts.assertAgreeWithRecount(db);
        assertSameAnswers(a);
        admin().body(Map.of("reason", "Denied.")).post("/api/events/" + change + "/retraction").then().statusCode(200);
        admin().delete("/api/events/" + change + "/retraction").then().statusCode(204);
        KeptCounts.assertAgreeWithRecount(db);

        // deleted, then restored from its history
        long created = anonymous().get("/api/events/" + gone + "/history").then().extract().jsonPath()
                .getLong("[0].revision");
        admin().delete("/api/events/" + gone).then().statusCode(204);
        KeptCounts.assertAgreeWithRecount(db);
        admin().post("/api/events/" + gone + "/history/" + created + "/restore").then().statusCode(201);
        KeptCounts.assertAgreeWithRecount(db);

        // a merge moves b's events (and the retracted one's place) to a
        admin().body(Map.of("into", a)).post("/api/companies/" + b + "/merge").then().statusCode(200);
        KeptCounts.assertAgreeWithRecount(db);
        assertSameAnswers(a);
        anonymous().get("/api/events?company=" + a + "&from=2021&to=2025&facets=true").then().statusCode(200)
                .body("total", is(3)).body("facets.type.DEPARTURE", is(1)).body("facets.category.SAFETY", is(1));
    }

    @Test
    void anUnknownCompanyIsStillA400WhenTheKeptCountsAnswer() {
        anonymous().get("/api/events?company=no-such-company-kept&from=2020&facets=true").then()
                .spec(badRequest("company"));
    }

    /** Kept counts (whole years) and counts over the events (days) for the same events agree, company and all. */
    private static void assertSameAnswers(String company) {
        for (String filter : new String[] {"company=" + company, "category=ENGINEERING", "seniority=SENIOR_IC",
                "type=DEPARTURE&category=RESEARCH", "company=" + company + "&seniorityAtLeast=SENIOR_IC"}) {
            JsonPath kept = list("/api/events?facets=true&limit=1&from=1900&to=2100&" + filter);
            JsonPath exact = list("/api/events?facets=true&limit=1&from=1900-01-02&to=2100-12-30&" + filter);
            assertEquals(exact.getLong("total"), kept.getLong("total"), filter);
            assertEquals(exact.getMap("facets").toString(), kept.getMap("facets").toString(), filter);
            assertEquals(list("/api/events?facets=true&limit=1&" + filter).getMap("facets").toString(),
                    kept.getMap("facets").toString(),
                    filter);
        }
    }

    private static JsonPath list(String path) {
        return anonymous().get(path).then().statusCode(200).extract().jsonPath();
    }
}
