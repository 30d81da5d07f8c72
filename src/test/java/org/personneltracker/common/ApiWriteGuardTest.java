package org.personneltracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.RawHttp;

/**
 * Issue 10, item 4 (API.md "Abuse limits"): a write under /api needs Content-Type application/json (or a type the
 * endpoint declares), so no cross-site "simple" request can write with credentials a browser holds.
 */
@QuarkusTest
class ApiWriteGuardTest {

    private static RequestSpecification basicAdmin() {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    private static void notCreated(String name) {
        given().queryParam("q", name).get("/api/companies").then().body("total", is(0));
    }

    private static RawHttp.Answer post(String path, String type, String body) throws IOException {
        String auth = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return RawHttp.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                + (type == null ? "" : "\r\nContent-Type: " + type) + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
    }

    @Test
    void aWriteWithoutContentTypeIsA415AndChangesNothing() throws IOException {
        String name = unique("No Type AI");
        RawHttp.Answer a = post("/api/companies", null, "{\"name\":\"" + name + "\"}");
        assertEquals(415, a.status(), a.head());
        assertTrue(a.header("Content-Type", "application/problem+json"), a.head());
        notCreated(name);
    }

    @Test
    void anyOtherTypeThanJsonIsA415() throws IOException {
        String name = unique("Simple Request AI");
        for (String type : new String[] {"text/plain", "text/plain; charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/xml", "application/octet-stream", "text/csv"}) {
            RawHttp.Answer a = post("/api/companies", type, "{\"name\":\"" + name + "\"}");
            assertEquals(415, a.status(), type + ": " + a.head());
            assertTrue(a.header("Content-Type", "application/problem+json"), a.head());
        }
        notCreated(name);
        String slug = createCompany(unique("Put Target AI"));
        basicAdmin().contentType("text/plain").body("{\"name\":\"x\",\"version\":0}".getBytes(StandardCharsets.UTF_8))
                .put("/api/companies/" + slug).then().statusCode(415);
        given().get("/api/companies/" + slug).then().body("version", is(0));
    }

    @Test
    void aWriteSentFromAnotherSiteIsA403() {
        String name = unique("Cross Site AI");
        admin().header("Sec-Fetch-Site", "cross-site").body(Map.of("name", name)).post("/api/companies").then()
                .spec(problem(403));
        notCreated(name);
    }

    @Test
    void jsonWritesAndBodilessDeletesStillWork() {
        String slug = createCompany(unique("Json AI"));
        admin().contentType("application/json; charset=UTF-8").body(Map.of("name", unique("Charset AI")))
                .post("/api/companies").then().statusCode(201);
        basicAdmin().noContentType().delete("/api/companies/" + slug).then().statusCode(204);
    }
}
