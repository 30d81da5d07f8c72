package org.personneltracker.feed;

import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Atom feeds of any event filter, read back with Rome's parser and checked against RFC 4287's required elements. */
@QuarkusTest
class FeedTest {

    @Test
    void aFilteredFeedIsValidAtomWithStableIds() throws Exception {
        String company = createCompany(unique("Feed Labs"));
        String person = createPerson(unique("Feed Person"));
        Map<String, Object> e = event("DEPARTURE", "2026-01-15", person, company, "Head of Safety", "SAFETY");
        e.put("summary", "Left <b>after</b> the launch & more.");
        int id = postEvent(e);
        postEvent(event("HIRE", "2025-03", createPerson(unique("Feed Other")), company, "Engineer", "ENGINEERING"));

        String xml = anonymous().queryParam("company", company).queryParam("category", "SAFETY")
                .get("/feeds/events.atom").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/atom+xml")).extract().asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        assertTrue(feed.getUri().startsWith("tag:"), feed.getUri());
        assertNotNull(feed.getPublishedDate(), "feed updated");
        assertFalse(feed.getAuthors().isEmpty(), "feed author");
        assertEquals(1, feed.getEntries().size(), "only the safety departure");
        SyndEntry entry = feed.getEntries().get(0);
        assertTrue(entry.getTitle().contains(" left "), entry.getTitle());
        assertTrue(entry.getUri().startsWith("tag:") && entry.getUri().contains(":event:" + company), entry.getUri());
        assertTrue(entry.getLink().endsWith("/events/" + id), entry.getLink());
        assertNotNull(entry.getUpdatedDate());
        assertTrue(entry.getDescription().getValue().contains("Left <b>after</b> the launch & more."));

        Document atom = Jsoup.parse(xml, "", Parser.xmlParser());
        assertEquals("http://www.w3.org/2005/Atom", atom.selectFirst("feed").attr("xmlns"));
        for (String required : new String[] {"feed > id", "feed > title", "feed > updated", "feed > author > name",
            "feed > link[rel=self]", "entry > id", "entry > title", "entry > updated", "entry > link",
            "entry > summary"}) {
            assertNotNull(atom.selectFirst(required), required + " in " + xml);
        }
        String again = anonymous().queryParam("category", "SAFETY").queryParam("company", company)
                .get("/feeds/events.atom").then().statusCode(200).extract().asString();
        assertEquals(entry.getUri(), new SyndFeedInput().build(new StringReader(again)).getEntries().get(0).getUri());
    }

    @Test
    void aBadFilterIsAProblemAndAnEmptyFeedIsStillValid() throws Exception {
        anonymous().queryParam("type", "LEFT").get("/feeds/events.atom").then().spec(badRequest("type"));
        String xml = anonymous().queryParam("q", unique("nothing matches")).get("/feeds/events.atom").then()
                .statusCode(200).extract().asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertTrue(feed.getEntries().isEmpty());
        assertNotNull(Jsoup.parse(xml, "", Parser.xmlParser()).selectFirst("feed > updated"));
    }
}
