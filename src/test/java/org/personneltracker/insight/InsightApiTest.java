package org.personneltracker.insight;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.anonymous;
import static org.personneltracker.support.Fixtures.badRequest;
import static org.personneltracker.support.Fixtures.createCompany;
import static org.personneltracker.support.Fixtures.createPerson;
import static org.personneltracker.support.Fixtures.event;
import static org.personneltracker.support.Fixtures.postEvent;
import static org.personneltracker.support.Fixtures.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.Api;

/** The insights API on the hand-computed world of {@link InsightData}. */
@QuarkusTest
class InsightApiTest {

    private static JsonPath get(String path, Object... params) {
        var spec = anonymous();
        for (int i = 0; i < params.length; i += 2) {
            spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get(path).then().statusCode(200).contentType(containsString("application/json")).extract().jsonPath();
    }

    // ---------------------------------------------------------------- flows

    @Test
    void flowsCountEachMoveOnceAndListTheRecordsBehindIt() {
        InsightData d = InsightData.get();
        JsonPath flows = get("/api/insights/flows", "company", d.alpha);
        // Alpha -> Beta: dep1 and hir2 are one move. Alpha -> Gamma: dep7 (no hire recorded), hir6 (no departure
        // recorded), and dep3 + hir10 (the departure names no destination, the hire names Alpha: one move).
        assertEquals(4, flows.getInt("moves"));
        assertEquals(2, flows.getInt("pairs"));
        assertEquals(d.alpha, flows.getString("flows[0].from.slug"));
        assertEquals(d.gamma, flows.getString("flows[0].to.slug"));
        assertEquals(3, flows.getInt("flows[0].count"));
        assertEquals(Set.of(d.dep7, d.hir6, d.dep3, d.hir10), new HashSet<>(flows.getList("flows[0].events", Integer.class)));
        assertEquals(d.beta, flows.getString("flows[1].to.slug"));
        assertEquals(1, flows.getInt("flows[1].count"));
        assertEquals(List.of(d.dep1, d.hir2), flows.getList("flows[1].events", Integer.class), "departure, then arrival");
        assertEquals(false, flows.getBoolean("flows[1].eventsTruncated"));
    }

    @Test
    void flowFiltersApplyToTheRecordThatStandsForTheMove() {
        InsightData d = InsightData.get();
        // SAFETY: dep1 (Alpha -> Beta) and hir10 (Alpha -> Gamma); dep7 is POLICY, hir6 PRODUCT
        JsonPath safety = get("/api/insights/flows", "company", d.alpha, "category", "SAFETY");
        assertEquals(2, safety.getInt("moves"));
        assertEquals(List.of(1, 1), safety.getList("flows.count", Integer.class));
        // a period: only dep7 (2025-09-01) from June 2025 on
        JsonPath late = get("/api/insights/flows", "company", d.alpha, "from", "2025-06");
        assertEquals(1, late.getInt("moves"));
        assertEquals(List.of(d.dep7), late.getList("flows[0].events", Integer.class));
        // origin = the from end, destination = the to end
        assertEquals(1, get("/api/insights/flows", "origin", d.alpha, "destination", d.beta).getInt("moves"));
        assertEquals(0, get("/api/insights/flows", "origin", d.beta).getInt("moves"));
        // company matches either end: Beta's flows are Alpha's move into it
        assertEquals(1, get("/api/insights/flows", "company", d.beta).getInt("moves"));
    }

    // ---------------------------------------------------------------- series

    @Test
    void seriesByCompanyCountsAMoveOnceOnEachSideAndKeepsYearDatesApart() {
        InsightData d = InsightData.get();
        JsonPath s = get("/api/insights/series", "company", d.alpha, "by", "company", "interval", "QUARTER");
        // Alpha's departures: Q1 dep1, dep3, dep4 (month); Q2 dep5 and hir6 (a hire at Gamma from Alpha with no
        // departure recorded); Q3 dep7. hir2 and hir10 are the other halves of dep1 and dep3: not counted again.
        // Alpha's arrivals: hir9 in Q1. dep8 is dated only to 2024: apart, by year.
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-Q3"), s.getList("series.period"));
        assertEquals(List.of(3, 2, 1), s.getList("series.departures", Integer.class));
        assertEquals(List.of(1, 0, 0), s.getList("series.hires", Integer.class));
        assertEquals(List.of(d.alpha, d.alpha, d.alpha), s.getList("series.key"));
        assertEquals(d.alphaName, s.getString("series[0].label"));
        assertEquals(List.of("2024"), s.getList("unplaced.period"));
        assertEquals(List.of(1), s.getList("unplaced.departures", Integer.class));
        // Gamma's arrivals: hir6 and hir10 (recorded) and dep7 (a departure to Gamma with no hire recorded)
        JsonPath g = get("/api/insights/series", "company", d.gamma, "by", "company", "interval", "YEAR");
        assertEquals(List.of("2025"), g.getList("series.period"));
        assertEquals(List.of(3), g.getList("series.hires", Integer.class));
        assertEquals(List.of(0), g.getList("series.departures", Integer.class));
    }

    @Test
    void seriesByCategoryAndByTypePerYear() {
        InsightData d = InsightData.get();
        JsonPath s = get("/api/insights/series", "company", d.alpha, "by", "category", "interval", "YEAR");
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int i = 0; i < s.getList("series").size(); i++) {
            rows.put(s.getString("series[" + i + "].period") + " " + s.getString("series[" + i + "].key"),
                    List.of(s.getInt("series[" + i + "].departures"), s.getInt("series[" + i + "].hires")));
        }
        // a year interval places year-precision dates: dep8 in 2024
        assertEquals(Map.of("2024 ENGINEERING", List.of(1, 0), "2025 SAFETY", List.of(2, 0),
                "2025 RESEARCH", List.of(2, 0), "2025 PRODUCT", List.of(1, 0), "2025 POLICY", List.of(1, 0),
                "2025 ENGINEERING", List.of(0, 1)), rows);
        assertEquals(List.of(), s.getList("unplaced"));
        JsonPath t = get("/api/insights/series", "company", d.alpha, "by", "type", "interval", "MONTH", "from", "2025-03",
                "to", "2025-03");
        // March 2025: departures dep1, dep3, dep4; hire hir9 (the month filter matches by overlap, so 2024 is out)
        assertEquals(List.of("2025-03", "2025-03"), t.getList("series.period"));
        assertEquals(List.of("DEPARTURE", "HIRE"), t.getList("series.key"));
        assertEquals(List.of(3, 0), t.getList("series.departures", Integer.class));
        assertEquals(List.of(0, 1), t.getList("series.hires", Integer.class));
    }

    @Test
    void seriesAsCsvIsRfc4180WithFormulaCellsNeutralized() {
        String evil = Api.unique("=HYPERLINK Labs");
        String slug = createCompany(evil);
        String person = createPerson(Api.unique("Csv Person"));
        postEvent(event("DEPARTURE", "2025-02-03", person, slug, "Engineer", "ENGINEERING"));
        String csv = anonymous().queryParam("company", slug).queryParam("by", "company").queryParam("interval", "MONTH")
                .queryParam("format", "csv").get("/api/insights/series").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertEquals("period,key,label,departures,hires,note\r\n2025-02," + slug + ",'" + evil + ",1,0,\r\n", csv);
        String viaAccept = anonymous().accept("text/csv").queryParam("company", slug).queryParam("by", "company")
                .queryParam("interval", "MONTH").get("/api/insights/series").then().statusCode(200).extract().asString();
        assertEquals(csv, viaAccept);
    }

    // ---------------------------------------------------------------- waves

    @Test
    void wavesAreRunsOfDeparturesWithNoLongGapAndTheirContext() {
        InsightData d = InsightData.get();
        // Alpha's departures placed: 03-03, 03-10, mid-March (dep4, month precision), 04-20, 05-01 (hir6), 09-01;
        // the gap from mid-March to 04-20 is 35 days, so with 30 days the only run of 3 is the March one
        JsonPath w = get("/api/insights/waves", "company", d.alpha);
        assertEquals(1, w.getInt("total"));
        assertEquals(1, w.getInt("notPlaced"), "dep8 is dated only to a year");
        assertEquals("2025-03-03", w.getString("waves[0].from"));
        assertEquals("2025-03", w.getString("waves[0].to"));
        assertEquals(3, w.getInt("waves[0].size"));
        assertEquals(true, w.getBoolean("waves[0].approximate"));
        assertEquals(List.of(d.dep1, d.dep3, d.dep4), w.getList("waves[0].events.id", Integer.class));
        // context within 30 days: the launch of 03-01 and the March talks (c3 is in August, c4 only a year)
        assertEquals(List.of(d.c1, d.c2), w.getList("waves[0].context.key"));
        // 40 days bridge the 35-day gap: one run of five, hir6 standing for Alpha's side of that move
        JsonPath wide = get("/api/insights/waves", "company", d.alpha, "days", "40");
        assertEquals(5, wide.getInt("waves[0].size"));
        assertEquals("2025-05-01", wide.getString("waves[0].to"));
        assertEquals(List.of(false, false, false, false, true), wide.getList("waves[0].events.inferred", Boolean.class));
        // runs of two: the March run and 04-20..05-01, newest first
        JsonPath pairs = get("/api/insights/waves", "company", d.alpha, "minSize", "2");
        assertEquals(List.of("2025-04-20", "2025-03-03"), pairs.getList("waves.from"));
        assertEquals(List.of(2, 3), pairs.getList("waves.size", Integer.class));
        // a category narrows the departures counted: only the two SAFETY ones, no wave of 3
        assertEquals(0, get("/api/insights/waves", "company", d.alpha, "category", "SAFETY").getInt("total"));
    }

    // ---------------------------------------------------------------- around

    @Test
    void aroundADepartureShowsContextAndMovesWithSignedDistances() {
        InsightData d = InsightData.get();
        JsonPath a = get("/api/insights/around/" + d.dep3);
        assertEquals(d.dep3, a.getInt("event.id"));
        assertEquals(30, a.getInt("days"));
        // c1 9 days before; c2 (March talks) covers 10 March: placed mid-March, 6 days later, approximate
        assertEquals(List.of(d.c1, d.c2), a.getList("context.key"));
        assertEquals(List.of(-9, 6), a.getList("context.days", Integer.class));
        assertEquals(List.of(false, true), a.getList("context.approximate", Boolean.class));
        assertEquals(List.of(false, true), a.getList("context.covers", Boolean.class));
        assertEquals("9 days after the Alpha One launch", a.getString("context[0].phrase"));
        assertEquals("during talks at a $10B valuation", a.getString("context[1].phrase"));
        // moves: dep1 7 days earlier, hir9 5 days later, dep4 (March) about 6 days later
        assertEquals(List.of(d.dep1, d.hir9, d.dep4), a.getList("moves.id", Integer.class));
        assertEquals(List.of(-7, 5, 6), a.getList("moves.days", Integer.class));
        assertEquals(List.of(true, false, true), a.getList("moves.sameTeam", Boolean.class));
        assertEquals(List.of("7 days earlier", "5 days later", "about 6 days later"), a.getList("moves.phrase"));
        assertEquals(1, a.getInt("notPlaced"), "the headcount dated only to 2025");
        assertEquals(List.of("2 other departures from the same team that month",
                "2 other departures from " + d.alphaName + " within 30 days (1 of them dated only to the month)",
                "1 hire or return at " + d.alphaName + " within 30 days"), a.getList("summary"));
    }

    @Test
    void aroundAMonthPrecisionDepartureIsAboutItsMonth() {
        InsightData d = InsightData.get();
        // dep4 is "2025-03", placed mid-March (16th): c1 about 15 days before, c2 (the same month) about the same time
        JsonPath a = get("/api/insights/around/" + d.dep4, "days", "20");
        assertEquals(List.of(d.c1, d.c2), a.getList("context.key"));
        assertEquals(List.of(-15, 0), a.getList("context.days", Integer.class));
        assertEquals("about 15 days after the Alpha One launch", a.getString("context[0].phrase"));
        assertEquals("about the same time as reported talks at a $10B valuation", a.getString("context[1].phrase"));
        // within 20 days of mid-March: dep1 (03-03, about 13 days earlier), dep3 (about 6), hir9 (about 1);
        // dep5 (04-20) is about 35 days later: out
        assertEquals(List.of(d.dep1, d.dep3, d.hir9), a.getList("moves.id", Integer.class));
        assertEquals(List.of(-13, -6, -1), a.getList("moves.days", Integer.class));
        assertEquals(List.of("about 13 days earlier", "about 6 days earlier", "about 1 day earlier"),
                a.getList("moves.phrase"));
    }

    @Test
    void aroundNarrowsMovesByTheEventFilters() {
        InsightData d = InsightData.get();
        JsonPath a = get("/api/insights/around/" + d.dep3, "type", "HIRE");
        assertEquals(List.of(d.hir9), a.getList("moves.id", Integer.class));
        assertEquals(2, a.getList("context").size(), "context is not narrowed by people filters");
    }

    @Test
    void theSeedCaseShowsTheLaunchAndTheFundingTalks() {
        int id = anonymous().queryParam("person", "mrinank-sharma").queryParam("type", "DEPARTURE").get("/api/events")
                .then().statusCode(200).extract().path("items[0].id");
        JsonPath a = get("/api/insights/around/" + id);
        List<String> keys = a.getList("context.key");
        int launch = keys.indexOf("anthropic-2026-02-05-product-launch-claude-opus-4-6");
        int talks = keys.indexOf("anthropic-2026-02-funding-round-in-talks-350b-valuation");
        assertTrue(launch >= 0 && talks >= 0, keys.toString());
        assertEquals(-4, a.getInt("context[" + launch + "].days"));
        assertEquals("4 days after the Claude Opus 4.6 launch", a.getString("context[" + launch + "].phrase"));
        assertEquals(true, a.getBoolean("context[" + launch + "].linked"));
        assertEquals("during talks at a $350B valuation", a.getString("context[" + talks + "].phrase"));
    }

    // ---------------------------------------------------------------- after launches

    @Test
    void afterLaunchesComparesRatesWithTheCountsBehindThem() {
        InsightData d = InsightData.get();
        JsonPath a = get("/api/insights/after-launches", "company", d.alpha);
        // period 2025-03-01 (c1) .. 2025-09-24 (c3 + 30 days): 208 days. Windows 03-02..03-31 and 03-17..04-15
        // merge into 45 days, 08-26..09-24 adds 30: 75 days in windows, 133 outside. Departures placed: 03-03,
        // 03-10, mid-March (approximate) and 09-01 inside; 04-20 and 05-01 outside; dep8 (2024) not placed.
        String c = "companies[0].";
        assertEquals(d.alpha, a.getString(c + "company.slug"));
        assertEquals("2025-03-01", a.getString(c + "periodFrom"));
        assertEquals("2025-09-24", a.getString(c + "periodTo"));
        assertEquals(3, a.getInt(c + "launches"));
        assertEquals(75, a.getInt(c + "windowDays"));
        assertEquals(133, a.getInt(c + "otherDays"));
        assertEquals(4, a.getInt(c + "departuresAfter"));
        assertEquals(2, a.getInt(c + "departuresOther"));
        assertEquals(1, a.getInt(c + "approximateAfter"));
        assertEquals(1, a.getInt(c + "notPlaced"));
        assertEquals(1.6, a.getDouble(c + "perWindowAfter"), 0.001);
        assertEquals(0.45, a.getDouble(c + "perWindowOther"), 0.001);
        assertEquals(2.16, a.getDouble(c + "expectedAfter"), 0.001);
        assertEquals(List.of(3, 0, 1), a.getList(c + "windows.departures", Integer.class));
        assertThat(a.getString(c + "verdict"), allOf(containsString("4 of 6 departures"),
                containsString("within the scatter chance alone often produces")));
        assertThat(a.getString("note"), containsString("proves nothing"));
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badParametersAreA400NamingThem() {
        anonymous().queryParam("days", "0").get("/api/insights/waves").then().spec(badRequest("days"));
        anonymous().queryParam("days", "abc").get("/api/insights/around/1").then().spec(badRequest("days"));
        anonymous().queryParam("minSize", "1").get("/api/insights/waves").then().spec(badRequest("minSize"));
        anonymous().queryParam("interval", "WEEK").get("/api/insights/series").then().spec(badRequest("interval"));
        anonymous().queryParam("by", "person").get("/api/insights/series").then().spec(badRequest("by"));
        anonymous().queryParam("format", "xml").get("/api/insights/series").then().spec(badRequest("format"));
        anonymous().queryParam("type", "HIRE").get("/api/insights/waves").then().spec(badRequest("type"));
        anonymous().queryParam("type", "HIRE").get("/api/insights/flows").then().spec(badRequest("type"));
        anonymous().queryParam("company", "anthropic").get("/api/insights/around/1").then().spec(badRequest("company"));
        anonymous().queryParam("company", "no-such-company-xyz").get("/api/insights/flows").then()
                .spec(badRequest("company"));
        anonymous().queryParam("from", "2025-02-30").get("/api/insights/series").then().spec(badRequest("from"));
        anonymous().queryParam("category", "SAFETY,NOPE").get("/api/insights/after-launches").then()
                .spec(badRequest("category"));
        anonymous().queryParam("context", "LAUNCH").get("/api/insights/after-launches").then().spec(badRequest("context"));
        anonymous().queryParam("limit", "1000").get("/api/insights/flows").then().spec(badRequest("limit"));
        anonymous().queryParam("cursor", "x").get("/api/insights/flows").then().spec(badRequest("cursor"));
        // several at once, all named
        anonymous().queryParam("days", "-1").queryParam("minSize", "x").get("/api/insights/waves").then()
                .spec(problem(400)).body("violations.field", hasItems("days", "minSize"));
        anonymous().get("/api/insights/around/99999999").then().spec(problem(404));
        anonymous().get("/api/insights/around/abc").then().spec(problem(404));
    }
}
