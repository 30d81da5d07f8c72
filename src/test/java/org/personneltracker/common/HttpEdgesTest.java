package org.personneltracker.common;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.personneltracker.support.LogCapture;
import org.personneltracker.support.RawHttp;

/**
 * Issue 10, item 6, from a raw socket as the review sent them: no 5xx outside the JSON API (HTTP/1.0 without Host,
 * form posts without Content-Type), no stack trace logged for a client's mistake, and HTTP-layer refusals on /api
 * (414, 431, 400, a chunked body over the limit) answered with problem+json.
 */
@QuarkusTest
class HttpEdgesTest {

    private final LogCapture errors = new LogCapture("",
            r -> r.getLevel().intValue() >= Level.SEVERE.intValue() || r.getThrown() != null);

    @BeforeEach
    void listen() {
        errors.attach();
    }

    @AfterEach
    void stop() {
        errors.detach();
    }

    private void assertProblem(RawHttp.Answer a, int status) {
        assertEquals(status, a.status(), a.head());
        assertTrue(a.header("Content-Type", "application/problem+json"), a.head());
        assertTrue(a.body().contains("\"status\":" + status), a.body());
    }

    private void assertNoErrorsLogged() {
        assertEquals(List.of(), errors.records().stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList(),
                "a client's mistake logs no error or stack trace");
    }

    @Test
    void http10WithoutHostGetsPagesAndRelativeRedirects() throws IOException {
        assertEquals(200, RawHttp.send("GET / HTTP/1.0\r\n\r\n").status());
        assertEquals(200, RawHttp.send("GET /login HTTP/1.0\r\n\r\n").status());
        RawHttp.Answer form = RawHttp.send("GET /events/new HTTP/1.0\r\n\r\n");
        assertEquals(302, form.status(), form.head());
        assertTrue(form.header("Location", "/login?next="), form.head());
        RawHttp.Answer logout = RawHttp.send("POST /logout HTTP/1.0\r\nContent-Length: 0\r\n\r\n");
        assertTrue(logout.status() >= 400 && logout.status() < 500, logout.head());
        assertEquals(200, RawHttp.send("GET /api/events?limit=1 HTTP/1.0\r\n\r\n").status());
        assertNoErrorsLogged();
    }

    @Test
    void formPostsWithoutContentTypeAreClientErrors() throws IOException {
        for (String path : List.of("/login", "/logout", "/ingest", "/events/new", "/account/password")) {
            RawHttp.Answer a = RawHttp.send("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\na=b&c");
            assertTrue(a.status() >= 300 && a.status() < 500, path + ": " + a.head());
        }
        RawHttp.Answer login = RawHttp.send("POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\na=b&c");
        assertEquals(415, login.status());
        assertTrue(login.header("Content-Type", "text/html"), login.head());
        assertNoErrorsLogged();
    }

    @Test
    void aLongUriIsA414Problem() throws IOException {
        assertProblem(RawHttp.send("GET /api/events?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                414);
        RawHttp.Answer page = RawHttp.send("GET /events?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(414, page.status());
        assertTrue(page.body().contains("<h1>"), page.body());
        assertNoErrorsLogged();
    }

    @Test
    void largeHeadersAreA431Problem() throws IOException {
        assertProblem(RawHttp.send("GET /api/events HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(30_000)
                + "\r\nConnection: close\r\n\r\n"), 431);
        assertNoErrorsLogged();
    }

    /** Refused by Quarkus' root handler before any application code: a 400, but with an empty body (README). */
    @Test
    void aMalformedPathIsA400() throws IOException {
        assertEquals(400, RawHttp.send("GET /api/events/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status());
        assertNoErrorsLogged();
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() throws IOException {
        StringBuilder body = new StringBuilder("{\"name\":\"Big\",\"description\":\"");
        body.append("a".repeat(2 * 1024 * 1024)).append("\"}");
        StringBuilder chunks = new StringBuilder();
        for (int i = 0; i < body.length(); i += 65536) {
            String c = body.substring(i, Math.min(body.length(), i + 65536));
            chunks.append(Integer.toHexString(c.length())).append("\r\n").append(c).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        String auth = java.util.Base64.getEncoder().encodeToString(("admin:" + org.personneltracker.support.Api.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertProblem(RawHttp.send("POST /api/companies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Authorization: Basic " + auth + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunks),
                413);
        assertProblem(RawHttp.send("POST /api/companies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000000\r\nConnection: close\r\n\r\n{}"), 413);
        assertNoErrorsLogged();
    }

    @Test
    void aSmallChunkedJsonBodyStillWorks() throws IOException {
        String auth = java.util.Base64.getEncoder().encodeToString(("admin:" + org.personneltracker.support.Api.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String json = "{\"name\":\"Chunked " + System.nanoTime() + "\"}";
        RawHttp.Answer a = RawHttp.send("POST /api/companies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Basic "
                + auth + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(json.length())
                + "\r\n" + json + "\r\n0\r\n\r\n");
        assertEquals(201, a.status(), a.head() + a.body());
    }
}
