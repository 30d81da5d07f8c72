package org.personneltracker.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * API.md's direction and "one move" rules: a move between two companies is one entry on each timeline, and the
 * timeline, its chart, the company's counts (JSON and card) and the explorer links give the same numbers.
 */
@QuarkusTest
class CountsAgreeTest {

    /** Labs A and B: a move A to B recorded at both (two weeks apart), moves recorded on one side only, a role change. */
    record World(String a, String b, int moveDeparture, int moveHire, int hireFromB, int departureToA) {
    }

    private static World world;

    private static synchronized World world() {
        if (world == null) {
            String a = createCompany(unique("Counting Labs"));
            String b = createCompany(unique("Counted Labs"));
            // one move: left A for B on 2024-05-01 (safety), hired at B two weeks later
            String mover = createPerson(unique("Two Week Mover"));
            Map<String, Object> dep = event("DEPARTURE", "2024-05-01", mover, a, "Alignment lead", "SAFETY");
            dep.put("destination", b);
            int moveDeparture = postEvent(dep);
            Map<String, Object> hire = event("HIRE", "2024-05-15", mover, b, "Alignment lead", "SAFETY");
            hire.put("origin", a);
            int moveHire = postEvent(hire);
            // a departure from A with no destination
            postEvent(event("DEPARTURE", "2024-06", createPerson(unique("Plain Leaver")), a, "Engineer", "ENGINEERING"));
            // hired at A from B, nothing recorded at B: IN for A, OUT (a loss) for B
            Map<String, Object> fromB = event("HIRE", "2024-08-02", createPerson(unique("Poached")), a, "Researcher",
                    "SAFETY");
            fromB.put("origin", b);
            int hireFromB = postEvent(fromB);
            // left B for A, no hire recorded at A: OUT for B, IN (an arrival) for A
            Map<String, Object> toA = event("DEPARTURE", "2024-09-03", createPerson(unique("Arriving")), b, "Scientist",
                    "RESEARCH");
            toA.put("destination", a);
            int departureToA = postEvent(toA);
            postEvent(event("ROLE_CHANGE", "2024-10", createPerson(unique("Promoted")), a, "Director", "RESEARCH"));
            world = new World(a, b, moveDeparture, moveHire, hireFromB, departureToA);
        }
        return world;
    }

    @Test
    void directionAndOneMoveOnBothTimelines() {
        World w = world();
        List<Map<String, Object>> atA = timeline(w.a());
        assertEquals(5, atA.size(), "A: two departures, one hire, one arrival, one role change");
        Map<String, Object> move = byId(atA, w.moveDeparture());
        assertEquals("OUT", move.get("direction"));
        assertEquals(w.moveHire(), ((Map<?, ?>) move.get("move")).get("id"), "linked to the hire at B");
        assertEquals("IN", byId(atA, w.hireFromB()).get("direction"));
        assertEquals("IN", byId(atA, w.departureToA()).get("direction"));
        assertEquals("ARRIVAL", byId(atA, w.departureToA()).get("relation"));
        assertFalse(atA.stream().anyMatch(e -> Integer.valueOf(w.moveHire()).equals(e.get("id"))),
                "the hire at B is the same move as A's departure");

        List<Map<String, Object>> atB = timeline(w.b());
        assertEquals(3, atB.size(), "B: the hire of the mover, the loss of Poached, the departure of Arriving");
        assertEquals("IN", byId(atB, w.moveHire()).get("direction"));
        assertEquals(w.moveDeparture(), ((Map<?, ?>) byId(atB, w.moveHire()).get("move")).get("id"));
        assertEquals("OUT", byId(atB, w.hireFromB()).get("direction"));
        assertEquals("LOSS", byId(atB, w.hireFromB()).get("relation"));

        // B filtered to safety departures: the mover's departure from A (dated two weeks before his hire) is not there
        List<Map<String, Object>> safetyOut = timeline(w.b(), "category", "SAFETY", "direction", "OUT");
        assertEquals(List.of(w.hireFromB()), safetyOut.stream().map(e -> e.get("id")).toList());
        assertTrue(timeline(w.b(), "category", "SAFETY", "type", "DEPARTURE").isEmpty(),
                "no departure from A shows on B's safety departures");
    }

    @Test
    void timelineChartCardAndExplorerGiveTheSameCounts() {
        World w = world();
        for (String[] c : new String[][] {{w.a(), "2", "2"}, {w.b(), "2", "1"}}) {
            String slug = c[0];
            long out = Long.parseLong(c[1]);
            long in = Long.parseLong(c[2]);
            assertEquals(out, timeline(slug, "direction", "OUT").size(), slug + " timeline OUT");
            assertEquals(in, timeline(slug, "direction", "IN").size(), slug + " timeline IN");

            JsonPath company = anonymous().get("/api/companies/" + slug).then().statusCode(200).extract().jsonPath();
            assertEquals(out, company.getLong("counts.departures"), slug + " counts.departures");
            assertEquals(in, company.getLong("counts.hires"), slug + " counts.hires");

            assertEquals(out, explorerTotal(slug, "OUT"), slug + " explorer OUT");
            assertEquals(in, explorerTotal(slug, "IN"), slug + " explorer IN");

            Document page = Jsoup.parse(anonymous().get("/companies/" + slug).then().statusCode(200).extract().asString());
            long chartHires = 0;
            long chartDepartures = 0;
            for (Element row : page.select(".chart-card table.data tbody tr")) {
                chartHires += Long.parseLong(row.select("td").get(0).text());
                chartDepartures += Long.parseLong(row.select("td").get(1).text());
            }
            assertEquals(out, chartDepartures, slug + " chart departures");
            assertEquals(in, chartHires, slug + " chart hires");
            assertTrue(page.selectFirst("a.moves-out").text().startsWith(out + " "), slug + " page out count");
            assertTrue(page.selectFirst("a.moves-in").text().startsWith(in + " "), slug + " page in count");
            // the explorer link the page offers lists exactly those
            String href = page.selectFirst("a.moves-out").attr("href");
            assertTrue(href.contains("direction=OUT") && href.contains("company=" + slug), href);
            Document explorer = Jsoup.parse(anonymous().get(href).then().statusCode(200).extract().asString());
            assertTrue(explorer.text().contains(out + " " + (out == 1 ? "event" : "events")), explorer.text());

            Document list = Jsoup.parse(anonymous().get("/companies").then().statusCode(200).extract().asString());
            Element card = list.select(".company-card").stream()
                    .filter(e -> e.selectFirst("h3 a").attr("href").equals("/companies/" + slug)).findFirst().orElseThrow();
            assertEquals(out + " departures", card.selectFirst("a[href$=direction=OUT]").text());
            assertEquals(in + " hires", card.selectFirst("a[href$=direction=IN]").text());
        }
    }

    @Test
    void directionNeedsExactlyOneCompany() {
        anonymous().queryParam("direction", "OUT").get("/api/events").then().spec(badRequest("direction"));
        anonymous().queryParam("direction", "SIDEWAYS").queryParam("company", world().a()).get("/api/events").then()
                .spec(badRequest("direction"));
    }

    private static long explorerTotal(String slug, String direction) {
        return anonymous().queryParam("company", slug).queryParam("direction", direction).get("/api/events").then()
                .statusCode(200).extract().jsonPath().getLong("total");
    }

    private static List<Map<String, Object>> timeline(String slug, String... params) {
        var spec = anonymous().queryParam("limit", 500).queryParam("context", "false");
        for (int i = 0; i < params.length; i += 2) {
            spec.queryParam(params[i], params[i + 1]);
        }
        JsonPath page = spec.get("/api/companies/" + slug + "/timeline").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(page.getInt("total"), items.size());
        return items;
    }

    private static Map<String, Object> byId(List<Map<String, Object>> entries, int id) {
        return entries.stream().filter(e -> Integer.valueOf(id).equals(e.get("id"))).findFirst().orElseThrow();
    }
}
