package org.personneltracker.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProvenanceApiTest {

    static final String ARTICLE = "Safety lead resigns\n\nIn a post on Monday, she wrote: \u201cToday is my last day here"
            + " \u2014 I resigned.\u201d The company declined to comment.";

    private static Map<String, Object> citing(Map<String, Object> source) {
        Map<String, Object> body = departure(unique("Prov Person"), unique("Prov Co"));
        body.put("sources", List.of(source));
        return body;
    }

    private static String url() {
        return "https://news.example.com/story-" + System.nanoTime();
    }

    @Test
    void aQuoteFoundInTheSnapshotIsVerifiedWhateverItsQuoteAndDashStyle() {
        int sourceId = admin().body(citing(Map.of("url", url(), "text", ARTICLE,
                "quote", "\"Today is my last day here - I resigned.\""))).post("/api/events").then().statusCode(201)
                .body("sources[0].quoteVerified", is(true))
                .body("sources[0].stance", is("SUPPORTS"))
                .body("disputed", is(false))
                .extract().path("sources[0].id");
        admin().get("/api/sources/" + sourceId + "/snapshot").then().statusCode(200)
                .body("text", is(ARTICLE.strip()))
                .body("sha256", is(SnapshotService.sha256(ARTICLE.strip())))
                .body("length", is(ARTICLE.strip().length()))
                .body("format", is("TEXT"))
                .body("retrievedAt", notNullValue());
        anonymous().get("/api/sources/" + sourceId).then().statusCode(200).body("retrievedAt", notNullValue());
    }

    @Test
    void aQuoteMissingFromTheSnapshotIsFlagged() {
        admin().body(citing(Map.of("url", url(), "text", ARTICLE, "quote", "I was pushed out.")))
                .post("/api/events").then().statusCode(201).body("sources[0].quoteVerified", is(false));
    }

    @Test
    void withoutASnapshotAQuoteIsNotChecked() {
        admin().body(citing(Map.of("url", url(), "quote", "anything"))).post("/api/events").then().statusCode(201)
                .body("sources[0].quoteVerified", nullValue());
    }

    @Test
    void aSnapshotAddedLaterChecksTheQuotesAlreadyCited() {
        String u = url();
        int eventId = admin().body(citing(Map.of("url", u, "quote", "Today is my last day here"))).post("/api/events")
                .then().statusCode(201).body("sources[0].quoteVerified", nullValue()).extract().path("id");
        Map<String, Object> source = anonymous().get("/api/sources?url=" + u).then().extract().path("items[0]");
        int id = (Integer) source.get("id");
        admin().body(Map.of("url", u, "text", ARTICLE, "version", source.get("version"))).put("/api/sources/" + id)
                .then().statusCode(200);
        anonymous().get("/api/events/" + eventId).then().body("sources[0].quoteVerified", is(true));
    }

    @Test
    void anHtmlSnapshotKeepsTheArticleTextNotThePageChrome() {
        String html = "<html><head><title>Lead resigns</title><script>var tracking=1;</script></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/subscribe'>Subscribe to our newsletter</a></nav>"
                + "<article><h1>Lead resigns</h1><p>In a post on Monday, she wrote: \u201cToday is my last day here.\u201d</p>"
                + "<p>The company declined to comment.</p></article>"
                + "<footer>Share this article. Cookie settings.</footer></body></html>";
        int sourceId = admin().body(citing(Map.of("url", url(), "html", html, "quote", "Today is my last day here.")))
                .post("/api/events").then().statusCode(201).body("sources[0].quoteVerified", is(true))
                .extract().path("sources[0].id");
        String text = admin().get("/api/sources/" + sourceId + "/snapshot").then().statusCode(200)
                .body("format", is("HTML")).extract().path("text");
        assertTrue(text.contains("declined to comment"));
        assertFalse(text.contains("tracking"));
        assertFalse(text.contains("Subscribe to our newsletter"));
    }

    @Test
    void snapshotsAreForEditorsOnly() {
        int sourceId = admin().body(citing(Map.of("url", url(), "text", ARTICLE))).post("/api/events").then()
                .statusCode(201).extract().path("sources[0].id");
        anonymous().get("/api/sources/" + sourceId + "/snapshot").then().statusCode(401);
        String viewer = "viewer" + System.nanoTime();
        admin().body(Map.of("username", viewer, "password", "viewer-password", "role", "viewer")).post("/api/users")
                .then().statusCode(201);
        given().auth().preemptive().basic(viewer, "viewer-password").get("/api/sources/" + sourceId + "/snapshot")
                .then().statusCode(403);
        int bare = admin().body(Map.of("url", url())).post("/api/sources").then().statusCode(201).extract().path("id");
        admin().get("/api/sources/" + bare + "/snapshot").then().statusCode(404);
    }

    @Test
    void aContradictingSourceMarksTheEventDisputedInEveryView() {
        Map<String, Object> body = departure(unique("Disputed Person"), unique("Disputed Co"));
        body.put("sources", List.of(Map.of("url", url(), "quote", "She resigned on Monday."),
                Map.of("url", url(), "stance", "CONTRADICTS", "quote", "A spokesperson denied she had left.")));
        Map<String, Object> created = admin().body(body).post("/api/events").then().statusCode(201)
                .body("disputed", is(true)).body("sources[1].stance", is("CONTRADICTS")).extract().as(Map.class);
        String company = (String) ((Map<?, ?>) created.get("company")).get("slug");
        anonymous().get("/api/events?company=" + company + "&disputed=true").then().body("total", is(1));
        anonymous().get("/api/events?company=" + company + "&disputed=false").then().body("total", is(0));
        anonymous().get("/api/companies/" + company + "/timeline").then().body("items[0].disputed", is(true));
        String person = (String) ((Map<?, ?>) created.get("person")).get("slug");
        anonymous().get("/api/people/" + person).then().body("career[0].disputed", is(true));
        anonymous().get("/api/events?disputed=maybe").then().statusCode(400).body("violations.field", hasItem("disputed"));
        // the stance belongs to a citation, not to a source on its own
        admin().body(Map.of("url", url(), "stance", "CONTRADICTS")).post("/api/sources").then().statusCode(400)
                .body("violations.field", hasItem("stance"));
        admin().body(with(body, "sources", List.of(Map.of("url", url(), "stance", "DENIES")))).post("/api/events")
                .then().statusCode(400).body("violations.field", hasItem("sources[0].stance"));
    }

    @Test
    void aGetPutRoundTripKeepsStanceAndIgnoresTheComputedCheck() {
        int id = admin().body(citing(Map.of("url", url(), "text", ARTICLE, "quote", "I resigned", "stance", "SUPPORTS")))
                .post("/api/events").then().statusCode(201).extract().path("id");
        Map<String, Object> read = anonymous().get("/api/events/" + id).then().extract().as(Map.class);
        admin().contentType(ContentType.JSON).body(read).put("/api/events/" + id).then().statusCode(200)
                .body("sources[0].quoteVerified", is(true)).body("version", is(1));
    }

    @Test
    void contextEventsCiteSourcesTheSameWay() {
        String company = createCompany(unique("Cited Labs"));
        String found = url();
        Map<String, Object> launch = contextEvent(company, "PRODUCT_LAUNCH", "Model Five", "2026-02-05");
        launch.put("sources", List.of(Map.of("url", found, "text", ARTICLE, "quote", "Today is my last day here"),
                Map.of("url", url(), "text", ARTICLE, "quote", "We are hiring.", "stance", "CONTRADICTS"),
                Map.of("url", url(), "quote", "Not checkable.")));
        int id = admin().body(launch).post("/api/context-events").then().statusCode(201)
                .body("sources[0].stance", is("SUPPORTS")).body("sources[0].quoteVerified", is(true))
                .body("sources[1].stance", is("CONTRADICTS")).body("sources[1].quoteVerified", is(false))
                .body("sources[2].quoteVerified", nullValue())
                .extract().path("id");
        anonymous().get("/api/context-events/" + id).then().body("sources.stance", contains("SUPPORTS", "CONTRADICTS",
                "SUPPORTS"));
        // the same source cited by a personnel event too: one source, cited by both kinds of fact
        Map<String, Object> event = citing(Map.of("url", found, "quote", "I resigned."));
        int eventId = postEvent(event);
        int sourceId = anonymous().get("/api/context-events/" + id).then().extract().path("sources[0].id");
        anonymous().get("/api/sources/" + sourceId).then()
                .body("citedBy.contextEvents.id", contains(id)).body("citedBy.contextEvents[0].title", is("Model Five"))
                .body("citedBy.events.id", contains(eventId));
        admin().delete("/api/sources/" + sourceId).then().statusCode(409);
    }

    @Test
    void aSnapshotAddedLaterChecksTheQuotesOfContextEventsToo() {
        String company = createCompany(unique("Later Labs"));
        String u = url();
        Map<String, Object> round = contextEvent(company, "FUNDING_ROUND", "Series A", "2025-05");
        round.put("sources", List.of(Map.of("url", u, "quote", "Today is my last day here")));
        int id = admin().body(round).post("/api/context-events").then().statusCode(201)
                .body("sources[0].quoteVerified", nullValue()).extract().path("id");
        Map<String, Object> source = anonymous().get("/api/sources?url=" + u).then().extract().path("items[0]");
        admin().body(Map.of("url", u, "text", ARTICLE, "version", source.get("version")))
                .put("/api/sources/" + source.get("id")).then().statusCode(200);
        anonymous().get("/api/context-events/" + id).then().body("sources[0].quoteVerified", is(true));
    }
}
