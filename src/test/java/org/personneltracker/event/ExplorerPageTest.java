package org.personneltracker.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The explorer's paging, chips, table view and clean addresses; seniorityAtLeast in the API. */
@QuarkusTest
class ExplorerPageTest {

    @Test
    void seniorityAtLeastKeepsThatLevelAndAbove() {
        long heads = total("seniority", "HEAD,VP,C_LEVEL");
        assertTrue(heads > 0);
        assertEquals(heads, total("seniorityAtLeast", "HEAD"));
        assertEquals(total("seniority", "VP,C_LEVEL"), total("seniorityAtLeast", "VP"));
        List<String> levels = anonymous().queryParam("seniorityAtLeast", "HEAD").queryParam("limit", 500)
                .get("/api/events").then().statusCode(200).extract().jsonPath().getList("items.role.seniority");
        assertTrue(Set.of("HEAD", "VP", "C_LEVEL").containsAll(levels), levels.toString());
        anonymous().queryParam("seniorityAtLeast", "UNKNOWN").get("/api/events").then().spec(badRequest("seniorityAtLeast"));
        anonymous().queryParam("seniorityAtLeast", "BOSS").get("/api/events").then().spec(badRequest("seniorityAtLeast"));
        // the explorer offers it as "Head and above" with its count
        Document d = page("/events?category=SAFETY");
        Element head = d.selectFirst("input[name=seniorityAtLeast][value=HEAD]").parent();
        assertTrue(head.text().startsWith("Head and above"), head.text());
        assertEquals(Long.toString(total("category", "SAFETY", "seniorityAtLeast", "HEAD")),
                head.selectFirst(".count").ownText());
    }

    @Test
    void aFormWithEmptyFieldsIsSentToItsCleanAddress() {
        String location = anonymous().redirects().follow(false)
                .get("/events?q=&category=SAFETY&from=&to=&title=&seniorityAtLeast=").then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.endsWith("/events?category=SAFETY"), location);
    }

    @Test
    void pagesSayWhereTheyAreAndGoBackToo() {
        long total = total();
        assertTrue(total > 50, "the seed has more than two pages");
        Document first = page("/events");
        assertEquals("1–25 of " + total, first.selectFirst(".pager .muted").text());
        assertNull(first.selectFirst("a[rel=prev]"));
        Document second = page(first.selectFirst("a[rel=next]").attr("href"));
        assertEquals("26–50 of " + total, second.selectFirst(".pager .muted").text());
        Document third = page(second.selectFirst("a[rel=next]").attr("href"));
        assertEquals("51–75 of " + total, third.selectFirst(".pager .muted").text());
        Document back = page(third.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("26–50 of " + total, back.selectFirst(".pager .muted").text());
        assertEquals(ids(second), ids(back));
        Document backToFirst = page(back.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(ids(first), ids(backToFirst));
        assertFalse(back.selectFirst("a[rel=prev]").attr("href").contains("cursor"), "the first page has no cursor");
    }

    @Test
    void chipsAreWordsAndEachRemovesItsFilter() {
        Document d = page("/events?type=DEPARTURE,HIRE&company=anthropic&seniorityAtLeast=HEAD");
        List<String> chips = d.select(".chips a.chip").eachText();
        assertTrue(chips.contains("Event type: Departure ×"), chips.toString());
        assertTrue(chips.contains("Company: Anthropic ×"), chips.toString());
        assertTrue(chips.contains("Level: Head and above ×"), chips.toString());
        Element departure = d.select(".chips a.chip").stream().filter(a -> a.text().startsWith("Event type: Departure"))
                .findFirst().orElseThrow();
        assertEquals("/events?company=anthropic&type=HIRE&seniorityAtLeast=HEAD", departure.attr("href"));
        assertEquals("Filters (4)", d.selectFirst(".filters-drawer > summary").text());
        assertTrue(d.select("label").eachText().stream().noneMatch(t -> t.contains("slug")), "no codes in labels");
    }

    @Test
    void theTableViewListsThePageWithTheCsvLink() {
        Document d = page("/events?view=table&category=SAFETY");
        List<Element> rows = d.select("#events-table tbody tr");
        assertEquals(Math.min(25, total("category", "SAFETY")), rows.size());
        assertEquals(List.of("Date", "Person", "Event", "Company", "Role", "Went to / came from"),
                d.select("#events-table thead th").eachText());
        assertNotNull(d.selectFirst("a[download][href*=format=csv][href*=category=SAFETY]"));
        assertEquals("table", d.selectFirst("input[type=hidden][name=view]").val(), "filters keep the table view");
    }

    /**
     * Seen from one company (direction), the list is read as the timeline's parts (own events, arrivals and losses
     * recorded elsewhere), each its own index range, merged: pages, their positions and the total still walk every
     * move once, in order, like one list.
     */
    @Test
    void aCompanysMovesPageThroughOnceInOrderWhenReadAsParts() {
        String x = createCompany(unique("Parted Labs"));
        String y = createCompany(unique("Parting Labs"));
        for (int i = 0; i < 13; i++) {
            postEvent(event("DEPARTURE", "2023-01-" + (10 + i), createPerson(unique("Own Leaver")), x, "Engineer",
                    "ENGINEERING"));
        }
        for (int i = 0; i < 14; i++) {
            Map<String, Object> arrival = event("DEPARTURE", String.format("2023-01-%02d", 3 + i * 2), createPerson(unique("Arrival")),
                    y, "Researcher", "RESEARCH");
            arrival.put("destination", x);
            postEvent(arrival);
        }
        for (int i = 0; i < 2; i++) {
            Map<String, Object> loss = event("HIRE", "2023-01-1" + i, createPerson(unique("Loss")), y, "Lead", "SAFETY");
            loss.put("origin", x);
            postEvent(loss);
        }
        String filter = "company=" + x + "&direction=IN,OUT";
        JsonPath all = anonymous().get("/api/events?limit=100&facets=true&" + filter).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(29, all.getLong("total"));
        List<Integer> everything = all.getList("items.id", Integer.class);
        assertEquals(29, everything.size());
        assertEquals(Map.of("DEPARTURE", 27, "HIRE", 2), all.getMap("facets.type"));
        List<Integer> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath p = anonymous().get("/api/events?limit=4&" + filter + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            paged.addAll(p.getList("items.id", Integer.class));
            cursor = p.getString("next");
        } while (cursor != null);
        assertEquals(everything, paged);

        Document first = page("/events?" + filter);
        assertEquals("1–25 of 29", first.selectFirst(".pager .muted").text());
        Document second = page(first.selectFirst("a[rel=next]").attr("href"));
        assertEquals("26–29 of 29", second.selectFirst(".pager .muted").text());
        Document back = page(second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(ids(first), ids(back));
        List<String> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertEquals(everything.stream().map(id -> "/events/" + id).toList(), both);
    }

    private static List<String> ids(Document d) {
        return d.select(".event-list a[href^=/events/]").eachAttr("href");
    }

    private static Document page(String path) {
        return Jsoup.parse(anonymous().get(path).then().statusCode(200).extract().asString());
    }

    private static long total(String... params) {
        var spec = anonymous();
        for (int i = 0; i < params.length; i += 2) {
            spec.queryParam(params[i], params[i + 1]);
        }
        return spec.get("/api/events").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
