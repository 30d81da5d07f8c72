package org.personneltracker.seed;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.personneltracker.support.Api.anonymous;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The review's corrections of the seed (seed-data/corrections.json) are applied once at start, through the same
 * services as an editor's PUT and POST, and the history shows each as a revision by "seed-review" with its reason.
 * Read-only: the records checked are the seed's.
 */
@QuarkusTest
class SeedCorrectionsTest {

    @Inject
    EntityManager em;

    @Inject
    SeedCorrections corrections;

    private static JsonPath get(String path) {
        return anonymous().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The id of a seed event: found among the person's events by its key. */
    private static int eventId(String key) {
        String person = key.substring(key.lastIndexOf("-hire-") >= 0 ? key.lastIndexOf("-hire-") + 6
                : key.lastIndexOf("-return-") + 8);
        List<Map<String, Object>> items = anonymous().queryParam("person", person).queryParam("limit", 500)
                .get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> key.equals(i.get("key"))).map(i -> (Integer) i.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + key));
    }

    @Test
    void everyCorrectionOfTheFileIsRecordedAsAppliedOnce() throws Exception {
        JsonNode file = new ObjectMapper().readTree(new File("seed-data/corrections.json"));
        assertEquals(23, file.size(), "27 reviewed, 4 dropped (README, 'Seed data corrections')");
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select c.id, c.outcome from SeedCorrection c order by c.id", Object[].class).getResultList());
        assertEquals(file.size(), rows.size());
        for (Object[] row : rows) {
            assertEquals("APPLIED", row[1], row[0] + " was applied");
        }
        int varunRevisions = get("/api/events/" + eventId("google-deepmind-2025-07-11-hire-varun-mohan") + "/history")
                .getList("").size();
        assertEquals(0, corrections.applyPending(Path.of("seed-data", "corrections.json")), "a later start skips them");
        assertEquals(varunRevisions, get("/api/events/" + eventId("google-deepmind-2025-07-11-hire-varun-mohan")
                + "/history").getList("").size());
    }

    @Test
    void varunMohansHireHasNoWindsurfTitleAndTheHistoryShowsWhyAndByWhom() {
        int id = eventId("google-deepmind-2025-07-11-hire-varun-mohan");
        anonymous().get("/api/events/" + id).then().statusCode(200)
                .body("role.title", nullValue())
                .body("role.seniority", is("UNKNOWN"))
                .body("role.team", is("Agentic coding / Gemini"))
                .body("corrected.fields", containsInAnyOrder("role.title", "role.seniority"));
        JsonPath h = get("/api/events/" + id + "/history");
        assertEquals("CREATE", h.getString("[0].action"));
        assertEquals("seed", h.getString("[0].user"));
        int last = h.getList("").size() - 1;
        assertEquals("seed-review", h.getString("[" + last + "].user"));
        assertTrue(h.getString("[" + last + "].note").startsWith("seed-review-2026-12-01: P073"), h.getString("[" + last + "].note"));
        assertEquals("Windsurf co-founder and CEO", h.getString("[" + last + "].changes.'role.title'.from"));
        assertEquals(null, h.getString("[" + last + "].changes.'role.title'.to"));
        assertEquals(Map.of("from", "C_LEVEL", "to", "UNKNOWN"), h.getMap("[" + last + "].changes.'role.seniority'"));
    }

    @Test
    void shazeersReturnIsAtGoogleAndHisPostsFollowOneAnother() {
        int id = eventId("google-deepmind-2024-08-02-return-noam-shazeer");
        anonymous().get("/api/events/" + id).then()
                .body("company.slug", is("google"))
                .body("role.team", is("Google DeepMind"))
                .body("corrected.fields", containsInAnyOrder("company", "role.team"));
        anonymous().get("/api/people/noam-shazeer").then()
                .body("positions.company.slug", not(hasItem("google-deepmind")))
                .body("positions.find { it.company.slug == 'openai' }.to", is("PRESENT"));
    }

    @Test
    void altmanIsOpenAisCeoToThisDayAndTheMicrosoftPlanEnded() {
        JsonPath p = get("/api/people/sam-altman");
        assertEquals("2023-11-21", p.getString("positions.find { it.company.slug == 'microsoft' }.to"));
        assertEquals("PRESENT", p.getString("positions.find { it.company.slug == 'openai' && it.from == '2023-11-21' }.to"));
        JsonPath shear = get("/api/people/emmett-shear");
        assertEquals(List.of("2023-11-21"), shear.getList("positions.to"));
    }

    @Test
    void sourceTiersFollowTheReferenceAndTheDroppedJudgementCallsAreNotApplied() {
        int cityAm = anonymous().queryParam("url", "https://www.cityam.com/sam-altman-dumped-by-chatgpt-creator-openai/")
                .get("/api/sources").then().body("items[0].tier", is("MAJOR")).extract().path("items[0].id");
        JsonPath h = get("/api/sources/" + cityAm + "/history");
        int last = h.getList("").size() - 1;
        assertEquals(Map.of("from", "TRADE", "to", "MAJOR"), h.getMap("[" + last + "].changes.tier"));
        assertEquals("seed-review", h.getString("[" + last + "].user"));
        // dropped: India Today (16) and TechTarget (20, 24) are not known to be the A source; Murati's CTO return (07)
        // is an inference
        for (String url : List.of("https://www.indiatoday.in/technology/news/story/meta-to-scale-ai-efforts-up-with"
                + "-143-billion-investment-hires-this-28-year-old-ceo-to-run-the-show-2740096-2025-06-13",
                "https://www.techtarget.com/whatis/feature/GPT-5-explained")) {
            anonymous().queryParam("url", url).get("/api/sources").then().body("items[0].tier", is("TRADE"));
        }
        anonymous().get("/api/events?person=mira-murati&type=ROLE_CHANGE").then().body("total", is(1));
    }

    @Test
    void noSeedPersonHoldsTwoJobsAtOnce() throws Exception {
        List<String> problems = new ArrayList<>();
        for (JsonNode person : new ObjectMapper().readTree(new File("seed-data/people.json"))) {
            String slug = person.get("slug").asText();
            List<Map<String, Object>> positions = get("/api/people/" + slug).getList("positions");
            for (int i = 0; i < positions.size(); i++) {
                for (int j = i + 1; j < positions.size(); j++) {
                    if (overlap(held(positions.get(i)), held(positions.get(j)))) {
                        problems.add(slug + ": " + positions.get(i) + " and " + positions.get(j));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * When a post is known to have been held: from its start to its end ({@code PRESENT}: to this day); a post
     * with an unknown end is known to be held on its first day only, one with an unknown start on its last day.
     */
    private static String[] held(Map<String, Object> p) {
        String from = (String) p.get("from");
        String to = (String) p.get("to");
        if ("PRESENT".equals(to)) {
            return new String[] {from == null ? "9999" : from, "9999"};
        }
        if (to == null) {
            return from == null ? null : new String[] {from, from};
        }
        return new String[] {from == null ? to : from, to};
    }

    /** Two periods share more than a day (a post may end on the day the next begins). */
    private static boolean overlap(String[] a, String[] b) {
        return a != null && b != null && a[0].compareTo(b[1]) < 0 && b[0].compareTo(a[1]) < 0;
    }
}
