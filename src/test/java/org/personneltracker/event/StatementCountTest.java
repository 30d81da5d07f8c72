package org.personneltracker.event;

import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.DataVersion;
import org.personneltracker.support.Api;
import org.personneltracker.support.Fixtures;

/** Proves the list endpoints have no N+1: the statement count does not grow with the page size. */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    /** Statements of a request with nothing kept by {@code Aggregates} (as after a write). */
    private long statementsFor(String path) {
        DataVersion.bump();
        return statementsKept(path);
    }

    /** Statements of a request, with what {@code Aggregates} kept from the previous requests. */
    private long statementsKept(String path) {
        Statistics stats = sessionFactory.getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        anonymous().get(path).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    @Test
    void aPageOfEventsCostsTheSameStatementsWhateverItsSize() {
        int total = anonymous().get("/api/events?limit=1").then().extract().path("total");
        assertTrue(total >= 60, "the seed holds enough events to compare page sizes");
        long small = statementsFor("/api/events?limit=2");
        long large = statementsFor("/api/events?limit=60");
        assertEquals(small, large, "statements for 2 vs 60 events");
        assertTrue(large <= 5, "count, page ids, page rows, sources, context: " + large);
        List<List<Object>> sources = anonymous().get("/api/events?limit=60").then().extract().path("items.sources");
        assertEquals(60, sources.size());
        assertTrue(sources.stream().allMatch(s -> !s.isEmpty()), "every event comes with its sources");
    }

    @Test
    void facetsAddOneStatementPerDimension() {
        long plain = statementsFor("/api/events?limit=50");
        long withFacets = statementsFor("/api/events?limit=50&facets=true");
        assertEquals(plain + 4, withFacets);
    }

    @Test
    void aTimelinePageCostsTheSameStatementsWhateverItsSize() {
        // both pages hold personnel and context entries
        long small = statementsFor("/api/companies/anthropic/timeline?limit=10");
        long large = statementsFor("/api/companies/anthropic/timeline?limit=50");
        assertEquals(small, large);
        assertTrue(large <= 9, "company, two counts, two pages, sources, context links, context sources, the other"
                + " halves of moves: " + large);
    }

    @Test
    void totalsAndFacetsAreKeptUntilTheNextWrite() {
        String company = Fixtures.createCompany(Api.unique("Kept Counts Lab"));
        String person = Fixtures.createPerson(Api.uniqueName("Kept", "Counter"));
        Fixtures.postEvent(Fixtures.event("HIRE", "2025-01-05", person, company, "Engineer", "ENGINEERING"));
        String path = "/api/events?company=" + company + "&facets=true&limit=5";
        long cold = statementsFor(path);
        long kept = statementsKept(path);
        assertEquals(12, cold, "company look-up, count (a look-up and a sum of the kept counts), page ids, rows,"
                + " sources, context, 4 facets over the kept counts after one look-up");
        assertEquals(5, kept, "the total and the facets are kept: company look-up, page ids, rows, sources, context");
        assertEquals(1, (int) anonymous().get(path).then().extract().path("total"));

        Fixtures.postEvent(Fixtures.event("DEPARTURE", "2025-06-05", person, company, "Engineer", "ENGINEERING"));
        anonymous().get(path).then().body("total", org.hamcrest.Matchers.equalTo(2))
                .body("facets.type.DEPARTURE", org.hamcrest.Matchers.equalTo(1));
        String timeline = "/api/companies/" + company + "/timeline";
        anonymous().get(timeline).then().body("total", org.hamcrest.Matchers.equalTo(2));
        int id = anonymous().get(path).then().extract().path("items[0].id");
        Api.admin().delete("/api/events/" + id).then().statusCode(204);
        anonymous().get(path).then().body("total", org.hamcrest.Matchers.equalTo(1))
                .body("facets.type.DEPARTURE", org.hamcrest.Matchers.nullValue());
        anonymous().get(timeline).then().body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aPersonsCareerAndACompanyListAreFixedCost() {
        long career = statementsFor("/api/people/greg-brockman");
        long otherCareer = statementsFor("/api/people/mrinank-sharma");
        assertEquals(career, otherCareer);
        assertEquals(statementsFor("/api/companies?limit=2"), statementsFor("/api/companies?limit=19"));
        assertEquals(statementsFor("/api/context-events?limit=2"), statementsFor("/api/context-events?limit=40"));
    }
}
