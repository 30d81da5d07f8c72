package org.personneltracker.ingest;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.createCompany;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IngestApiTest {

    static final String SHARMA = "Anthropic AI safety researcher resigns, warns 'world is in peril'\n\n"
            + "Mrinank Sharma, who led Anthropic's Safeguards Research team, announced his resignation on Monday,"
            + " February 9, in a letter posted on X. \"Today is my last day at Anthropic. I resigned,\" he wrote.\n\n"
            + "The departure came days after Anthropic rolled out Claude Opus 4.6. The company is in talks to raise"
            + " funding at a valuation of as much as $350 billion and has a workforce of around 2,000.";

    private static int eventCount() {
        return anonymous().get("/api/events?limit=1").then().extract().path("total");
    }

    /** Reads the seed's case (read-only): the article about Mrinank Sharma links to the stored records. */
    @Test
    void readsTheSeedCaseArticleIntoADraftLinkedToStoredRecords() {
        int before = eventCount();
        admin().body(Map.of("text", SHARMA, "publishedDate", "2026-02-10",
                "url", "https://example.com/sharma?utm_source=x")).post("/api/ingest/article").then()
                .statusCode(200)
                .body("source.text", containsString("Safeguards Research"))
                .body("source.url", is("https://example.com/sharma"))
                .body("source.publishedDate", is("2026-02-10"))
                .body("candidates[0].type", is("DEPARTURE"))
                .body("candidates[0].person.slug", is("mrinank-sharma"))
                .body("candidates[0].company.slug", is("anthropic"))
                .body("candidates[0].date", is("2026-02-09"))
                .body("candidates[0].role.category", is("SAFETY"))
                .body("candidates[0].role.seniority", is("HEAD"))
                .body("candidates[0].known.person", is(true))
                .body("candidates[0].known.company", is(true))
                .body("candidates[0].sources[0].url", is("https://example.com/sharma"))
                .body("candidates[0].sources[0].text", containsString("Today is my last day"))
                .body("candidates[0].mentions.type", hasItems("PRODUCT_LAUNCH", "FUNDING_ROUND", "HEADCOUNT"))
                .body("candidates[0].mentions.key", hasItem("anthropic-2026-02-05-product-launch-claude-opus-4-6"))
                .body("spans.label", hasItems("PERSON", "COMPANY", "DATE"))
                .body("scores.size()", is(1))
                .body("scores[0]", greaterThan(0.7f));
        assertEquals(before, eventCount(), "ingesting stores nothing");
    }

    @Test
    void aDraftWithoutReviewFieldsIsAValidEventBodyAndKeepsTheArticleAsSnapshot() {
        String person = "Quinn Fairweather";
        String company = unique("Lumen Labs");
        admin().body(Map.of("name", company)).post("/api/companies").then().statusCode(201);
        String destinationName = uniqueName("Halyard", "Lab");
        String destination = createCompany(destinationName);
        String text = "Lumen Labs loses research chief\n\n" + person + ", the head of research at " + company
                + ", resigned on Tuesday, March 3, 2026, to join " + destinationName + ". \"It was time for a new"
                + " chapter,\" " + person.split(" ")[0] + " said.";
        Map<String, Object> result = admin().body(Map.of("text", text, "publishedDate", "2026-03-05",
                "url", "https://example.com/lumen-" + System.nanoTime())).post("/api/ingest/article").then()
                .statusCode(200).body("candidates[0].known.person", is(false)).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> draft = new LinkedHashMap<>(((List<Map<String, Object>>) result.get("candidates")).get(0));
        draft.remove("known");
        draft.remove("mentions");
        int sourceId = admin().body(draft).post("/api/events").then().statusCode(201)
                .body("type", is("DEPARTURE"))
                .body("company.name", is(company))
                .body("date", is("2026-03-03"))
                .body("destination.slug", is(destination))
                .extract().path("sources[0].id");
        admin().get("/api/sources/" + sourceId + "/snapshot").then().statusCode(200)
                .body("text", containsString("head of research"));
    }

    @Test
    void peopleWhoOnlyAnnounceOrCommentAreNotCandidates() {
        String text = "Anthropic loses two safety leads\n\nAnthropic chief executive Dario Amodei told staff on Monday that"
                + " Mrinank Sharma and Jan Leike are leaving. \"It is a loss,\" said Ana Ruiz, an analyst at Pine Research,"
                + " in a post on X.";
        admin().body(Map.of("text", text, "publishedDate", "2026-02-10")).post("/api/ingest/article").then()
                .statusCode(200)
                .body("candidates.person.slug", hasItems("mrinank-sharma", "jan-leike"))
                .body("candidates.person.slug", not(hasItem("dario-amodei")))
                .body("candidates.person.name", not(hasItem("Dario Amodei")))
                .body("candidates.person.name", not(hasItem("Ana Ruiz")))
                .body("candidates.company.name", not(hasItem("X")))
                .body("candidates.size()", is(2));
    }

    @Test
    void htmlIsReducedToTheArticle() {
        String html = "<html><head><meta property='og:site_name' content='Example Wire'><title>Lead quits</title></head>"
                + "<body><nav>Home | World | Subscribe</nav><article><p>" + SHARMA.replace("\n\n", "</p><p>")
                + "</p></article><div class='comments'>Leave a comment</div></body></html>";
        admin().body(Map.of("html", html, "publishedDate", "2026-02-10")).post("/api/ingest/article").then()
                .statusCode(200)
                .body("source.publisher", is("Example Wire"))
                .body("source.text", not(containsString("Leave a comment")))
                .body("candidates[0].person.slug", is("mrinank-sharma"));
    }

    @Test
    void badInputIsA400AndReadersCannotIngest() {
        admin().body(Map.of()).post("/api/ingest/article").then().statusCode(400).body("violations.field", hasItem("text"));
        admin().body(Map.of("text", "x", "html", "<p>x</p>")).post("/api/ingest/article").then().statusCode(400);
        admin().body(Map.of("text", SHARMA, "publishedDate", "2026-02-30")).post("/api/ingest/article").then()
                .statusCode(400).body("violations.field", hasItem("publishedDate"));
        admin().body(Map.of("url", "https://example.com/a")).post("/api/ingest/article").then().statusCode(400)
                .body("detail", containsString("disabled"));
        admin().body(Map.of("text", SHARMA, "extra", 1)).post("/api/ingest/article").then().statusCode(400);
        anonymous().body(Map.of("text", SHARMA)).post("/api/ingest/article").then().statusCode(401);
    }
}
