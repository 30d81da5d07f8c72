package org.personneltracker.transfer;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.Slugs;
import org.personneltracker.support.Pages;

/** The admin import page: an upload with its counts or its errors, a large one with a progress page. */
@QuarkusTest
class ImportPageTest {

    private static Response upload(Pages a, String name, String content) {
        a.token = Pages.tokenIn(a.request().get("/admin/import").then().statusCode(200).extract().asString());
        return a.request().multiPart("csrf-token", a.token)
                .multiPart("file", name, content.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .post("/admin/import");
    }

    @Test
    void aSmallFileShowsItsCountsAndABadOneEveryError() {
        Pages a = Pages.admin();
        String slug = Slugs.slugify(unique("Page Import Labs"));
        String ok = "{\"kind\":\"company\",\"slug\":\"" + slug + "\",\"name\":\"Page Import Labs\"}\n";
        Document done = Jsoup.parse(upload(a, "companies.jsonl", ok).then().statusCode(200).extract().asString());
        assertTrue(done.select(".alert.success").text().contains("Imported companies.jsonl"), done.html());
        assertEquals("1", done.select("table.counts tr:has(th:contains(company)) td").get(0).text());
        anonymous().get("/api/companies/" + slug).then().statusCode(200);

        String bad = "{\"kind\":\"person\",\"name\":\"No Slug\"}\n{\"kind\":\"event\"}\n";
        Document refused = Jsoup.parse(upload(a, "bad.jsonl", bad).then().statusCode(400).extract().asString());
        assertTrue(refused.select(".alert.error h2").text().startsWith("Nothing was imported"), refused.html());
        assertTrue(refused.select("table.errors tbody tr").size() >= 2);
        assertEquals("1", refused.select("table.errors tbody tr").get(0).child(0).text());
    }

    @Test
    void aLargeFileGoesToAProgressPageThatRefreshesWithoutScript() throws Exception {
        Pages a = Pages.admin();
        String prefix = "pg" + Long.toString(System.nanoTime(), 36);
        StringWriter file = new StringWriter();
        SyntheticData.write(file, 2200, prefix);
        Response r = upload(a, "big.jsonl", file.toString());
        assertEquals(303, r.statusCode(), r.asString());
        String location = r.header("Location");
        assertTrue(location.matches(".*/admin/import/[0-9a-f-]{36}"), location);
        Document page = Jsoup.parse(a.request().get(location).then().statusCode(200).extract().asString());
        assertNotNull(page.selectFirst("progress#import-progress"));
        assertNotNull(page.selectFirst("script[src=/import.js]"));
        assertTrue(page.select("script:not([src])").stream().noneMatch(s -> !s.attr("type").contains("json")),
                "no inline script");
        for (int i = 0; i < 600 && page.selectFirst("meta[http-equiv=refresh]") != null; i++) {
            Thread.sleep(200);
            page = Jsoup.parse(a.request().get(location).then().statusCode(200).extract().asString());
        }
        assertNull(page.selectFirst("meta[http-equiv=refresh]"), "no refresh once done");
        assertEquals("100", page.selectFirst("progress").attr("value"));
        assertTrue(page.select(".alert.success").text().contains("Imported"), page.html());
        a.request().get(location + "/status").then().statusCode(200).body("state", is("DONE"))
                .body("created.event", is(2200));
    }

    @Test
    void onlyAdminsMayImport() {
        Pages.visitor().request().get("/admin/import").then().statusCode(302)
                .header("Location", containsString("/login"));
    }
}
