package org.personneltracker.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.personneltracker.ingest.fetch.FetchRefusedException.Reason;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The fetcher against a local server on 127.0.0.1 (random port). The allow-list holds "127.0.0.1" only.
 * Nothing here connects to a non-loopback address: every other address is refused before connecting, and
 * simulated DNS answers come from the fetcher's name-resolver seam.
 */
class ArticleFetcherTest {

    private static final int MAX_BYTES = 64 * 1024;
    private static final String PAGE = "<html><head><title>Departure</title></head>"
            + "<body><p>Jane Doe résigné — left the company.</p></body></html>";

    private static HttpServer server;
    private static HttpServer otherLoopback; // on 127.0.0.2, must never be contacted
    private static ExecutorService handlers;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final Map<String, Headers> LAST_HEADERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    private static final AtomicInteger OTHER_LOOPBACK_HITS = new AtomicInteger();
    private static int port;
    private static String base;

    private ArticleFetcher fetcher;

    @BeforeAll
    static void startServers() throws IOException {
        handlers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "article-fetch-test-server");
            thread.setDaemon(true);
            return thread;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(handlers);
        port = server.getAddress().getPort();
        base = "http://127.0.0.1:" + port;

        handle("/page", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        handle("/latin1", ex -> send(ex, 200, "text/html; charset=ISO-8859-1",
                "<p>café</p>".getBytes(StandardCharsets.ISO_8859_1)));
        handle("/plain", ex -> send(ex, 200, "text/plain", "plain text ✓".getBytes(StandardCharsets.UTF_8)));
        handle("/xhtml", ex -> send(ex, 200, "application/xhtml+xml; charset=\"UTF-8\"",
                "<html/>".getBytes(StandardCharsets.UTF_8)));
        handle("/binary", ex -> send(ex, 200, "application/octet-stream", new byte[] {1, 2, 3}));
        handle("/no-type", ex -> send(ex, 200, null, "x".getBytes(StandardCharsets.UTF_8)));
        handle("/gzip", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html", new byte[] {0x1f, (byte) 0x8b});
        });
        handle("/missing", ex -> send(ex, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)));

        // redirect chain: absolute path, relative path, absolute URL with fragment; the first hop sets a cookie
        handle("/r1", ex -> {
            ex.getResponseHeaders().add("Set-Cookie", "session=secret; Path=/");
            redirect(ex, 302, "/r2");
        });
        handle("/r2", ex -> redirect(ex, 301, "r3"));
        handle("/r3", ex -> redirect(ex, 307, base + "/page#top"));
        handle("/loop", ex -> redirect(ex, 302, "/loop"));
        handle("/no-location", ex -> send(ex, 302, "text/html", new byte[0]));
        handle("/to-metadata", ex -> redirect(ex, 302, "http://169.254.169.254/latest/meta-data/"));
        handle("/to-localhost", ex -> redirect(ex, 302, "http://localhost:" + port + "/page"));
        handle("/to-ftp", ex -> redirect(ex, 302, "ftp://127.0.0.1/file"));
        handle("/to-userinfo", ex -> redirect(ex, 302, "http://user:pw@127.0.0.1:" + port + "/page"));
        handle("/to-decimal", ex -> redirect(ex, 302, "http://2130706433:" + port + "/page"));
        handle("/to-private-name", ex -> redirect(ex, 302, "http://internal.test:" + port + "/page"));
        handle("/to-mapped", ex -> redirect(ex, 302, "http://[::ffff:7f00:2]:" + port + "/page"));

        // oversized bodies: one declares its length, one is chunked and never says
        handle("/big", ex -> send(ex, 200, "text/html", new byte[MAX_BYTES + 1]));
        handle("/big-chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[4096];
                for (int i = 0; i < 4 * MAX_BYTES / chunk.length; i++) {
                    out.write(chunk);
                }
            }
        });
        handle("/exactly-max", ex -> send(ex, 200, "text/plain", "a".repeat(MAX_BYTES).getBytes(StandardCharsets.UTF_8)));

        // slow: no answer at all; trickle: headers then one byte every 20 ms (each read is quick)
        handle("/slow", ex -> {
            await();
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        handle("/trickle", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 500 && RELEASE.getCount() > 0; i++) {
                    out.write('x');
                    out.flush();
                    RELEASE.await(20, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();

        try {
            otherLoopback = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 10);
            otherLoopback.setExecutor(handlers);
            otherLoopback.createContext("/", ex -> {
                OTHER_LOOPBACK_HITS.incrementAndGet();
                send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            });
            otherLoopback.start();
        } catch (IOException notBindable) {
            otherLoopback = null; // not every OS routes all of 127/8; the refusal is still tested by reason
        }
    }

    @AfterAll
    static void stopServers() {
        RELEASE.countDown();
        server.stop(0);
        if (otherLoopback != null) {
            otherLoopback.stop(0);
        }
        handlers.shutdownNow();
    }

    @BeforeEach
    void newFetcher() {
        fetcher = new ArticleFetcher(policy(Set.of("127.0.0.1")));
    }

    private static FetchPolicy policy(Set<String> allowed) {
        return new FetchPolicy(allowed, MAX_BYTES, Duration.ofSeconds(2), Duration.ofSeconds(5), 5);
    }

    // ------------------------------------------------------------------ happy paths

    @Test
    void fetchesAnHtmlPageFromAnAllowListedLoopbackAddress() {
        FetchedPage page = fetcher.fetch(base + "/page");
        assertEquals(base + "/page", page.requestedUrl());
        assertEquals(base + "/page", page.finalUrl());
        assertEquals(200, page.status());
        assertEquals("text/html", page.contentType());
        assertEquals(PAGE, page.body());
        assertNotNull(page.retrievedAt());

        Headers sent = LAST_HEADERS.get("/page");
        assertEquals("PersonnelTracker/1.0 (+article fetch)", sent.getFirst("User-Agent"));
        assertNull(sent.getFirst("Cookie"));
        assertNull(sent.getFirst("Authorization"));
        assertNull(sent.getFirst("Proxy-Authorization"));
    }

    @Test
    void decodesWithTheCharsetOfTheContentTypeAndUtf8ByDefault() {
        assertEquals("<p>café</p>", fetcher.fetch(base + "/latin1").body());
        FetchedPage plain = fetcher.fetch(base + "/plain");
        assertEquals("text/plain", plain.contentType());
        assertEquals("plain text ✓", plain.body());
        assertEquals("application/xhtml+xml", fetcher.fetch(base + "/xhtml").contentType());
    }

    @Test
    void followsARedirectChainCheckingEachHopAndSendsNoCookieBack() {
        FetchedPage page = fetcher.fetch(base + "/r1");
        assertEquals(base + "/r1", page.requestedUrl());
        assertEquals(base + "/page", page.finalUrl(), "fragment dropped, relative locations resolved");
        assertEquals(PAGE, page.body());
        assertNull(LAST_HEADERS.get("/r2").getFirst("Cookie"), "cookie set by /r1 is not sent back");
        assertNull(LAST_HEADERS.get("/page").getFirst("Cookie"));
    }

    @Test
    void followsExactlyMaxRedirects() {
        FetchPolicy three = new FetchPolicy(Set.of("127.0.0.1"), MAX_BYTES, Duration.ofSeconds(2),
                Duration.ofSeconds(5), 3);
        assertEquals(PAGE, new ArticleFetcher(three).fetch(base + "/r1").body());
        FetchPolicy two = new FetchPolicy(Set.of("127.0.0.1"), MAX_BYTES, Duration.ofSeconds(2),
                Duration.ofSeconds(5), 2);
        assertRefused(Reason.TOO_MANY_REDIRECTS, () -> new ArticleFetcher(two).fetch(base + "/r1"));
    }

    @Test
    void aBodyOfExactlyMaxBytesIsAccepted() {
        assertEquals(MAX_BYTES, fetcher.fetch(base + "/exactly-max").body().length());
    }

    @Test
    void allowListedNameIsConnectedToTheAddressThatWasCheckedWithoutASecondLookup() {
        // "article.test" exists only in this resolver: if the HTTP client looked the name up again itself,
        // the fetch would fail; it succeeds only because the client connects to the pinned address
        AtomicInteger lookups = new AtomicInteger();
        ArticleFetcher pinned = new ArticleFetcher(policy(Set.of("article.test")), host -> {
            lookups.incrementAndGet();
            if (host.equals("article.test")) {
                return new InetAddress[] {InetAddress.getByAddress("article.test", new byte[] {127, 0, 0, 1})};
            }
            throw new UnknownHostException(host);
        });
        FetchedPage page = pinned.fetch("http://Article.Test:" + port + "/page");
        assertEquals(PAGE, page.body());
        assertEquals(1, lookups.get(), "resolved once");
        assertTrue(("article.test:" + port).equalsIgnoreCase(LAST_HEADERS.get("/page").getFirst("Host")),
                "Host header keeps the name: " + LAST_HEADERS.get("/page").getFirst("Host"));
    }

    @Test
    void allowListedLocalhostByNameWorks() {
        ArticleFetcher withLocalhost = new ArticleFetcher(policy(Set.of("localhost")));
        assertEquals(PAGE, withLocalhost.fetch("http://localhost:" + port + "/page").body());
    }

    // ------------------------------------------------------------------ refused before connecting

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // loopback not on the allow-list (by name, other address, IPv6, mapped, unspecified)
            "http://localhost:PORT/page                | FORBIDDEN_ADDRESS",
            "http://LOCALHOST./page                    | FORBIDDEN_ADDRESS",
            "http://127.0.0.2:PORT/page                | FORBIDDEN_ADDRESS",
            "http://127.255.255.254:PORT/page          | FORBIDDEN_ADDRESS",
            "http://[::1]:PORT/page                    | FORBIDDEN_ADDRESS",
            "http://[::ffff:127.0.0.2]:PORT/page       | FORBIDDEN_ADDRESS",
            "http://[::ffff:7f00:2]:PORT/page          | FORBIDDEN_ADDRESS",
            "http://[0:0:0:0:0:ffff:a9fe:a9fe]/        | FORBIDDEN_ADDRESS",
            "http://[::127.0.0.1]:PORT/page            | FORBIDDEN_ADDRESS",
            "http://[64:ff9b::a00:1]/                  | FORBIDDEN_ADDRESS",
            "http://0.0.0.0:PORT/page                  | FORBIDDEN_ADDRESS",
            "http://[::]:PORT/page                     | FORBIDDEN_ADDRESS",
            // private, link-local, metadata, CGNAT, multicast, reserved
            "http://10.0.0.1/                          | FORBIDDEN_ADDRESS",
            "http://172.16.5.4:8080/                   | FORBIDDEN_ADDRESS",
            "http://192.168.1.1/admin                  | FORBIDDEN_ADDRESS",
            "http://169.254.169.254/latest/meta-data/  | FORBIDDEN_ADDRESS",
            "http://100.100.100.200/latest/meta-data/  | FORBIDDEN_ADDRESS",
            "http://[fd00:ec2::254]/latest/meta-data/  | FORBIDDEN_ADDRESS",
            "http://[fe80::1]/                         | FORBIDDEN_ADDRESS",
            "http://224.0.0.1/                         | FORBIDDEN_ADDRESS",
            "http://255.255.255.255/                   | FORBIDDEN_ADDRESS",
            "http://240.0.0.1/                         | FORBIDDEN_ADDRESS",
            "http://192.0.2.10/                        | FORBIDDEN_ADDRESS",
            // numeric tricks: refused as ambiguous before any lookup
            "http://2130706433/                        | INVALID_URL",
            "http://2130706433:PORT/page               | INVALID_URL",
            "http://0x7f.1/                            | INVALID_URL",
            "http://0x7f000001/                        | INVALID_URL",
            "http://127.1/                             | INVALID_URL",
            "http://127.0.1/                           | INVALID_URL",
            "http://0177.0.0.1/                        | INVALID_URL",
            "http://017700000001/                      | INVALID_URL",
            "http://127.000.000.001/                   | INVALID_URL",
            "http://1.2.3.4.5/                         | INVALID_URL",
            "http://256.1.1.1/                         | INVALID_URL",
            "http://[fe80::1%25lo]/                    | INVALID_URL",
            // user info, malformed, relative
            "http://user:pw@127.0.0.1:PORT/page        | INVALID_URL",
            "http://user@127.0.0.1:PORT/page           | INVALID_URL",
            "http://evil.example@127.0.0.1:PORT/page   | INVALID_URL",
            "http:///page                              | INVALID_URL",
            "//127.0.0.1:PORT/page                     | INVALID_URL",
            "/page                                     | INVALID_URL",
            "not a url                                 | INVALID_URL",
            "http://exa mple.com/                      | INVALID_URL",
            "http://under_score.example/               | INVALID_URL",
            "http://127.0.0.1:0/                       | INVALID_URL",
            // other schemes
            "ftp://127.0.0.1/file                      | FORBIDDEN_SCHEME",
            "file:///etc/passwd                        | FORBIDDEN_SCHEME",
            "gopher://127.0.0.1:70/_stats              | FORBIDDEN_SCHEME",
            "dict://127.0.0.1:11211/stats              | FORBIDDEN_SCHEME",
            "jar:http://127.0.0.1/x.jar!/              | FORBIDDEN_SCHEME",
            "javascript:alert(1)                       | FORBIDDEN_SCHEME",
            "data:text/html,hello                      | FORBIDDEN_SCHEME",
    })
    void refusesBeforeConnecting(String url, Reason expected) {
        FetchRefusedException e = assertRefused(expected, () -> fetcher.fetch(url.replace("PORT", "" + port)));
        assertTrue(e.getMessage().startsWith("refused: "), e.getMessage());
    }

    @Test
    void messagesAreReadable() {
        assertEquals("refused: 10.0.0.1 is a private address",
                assertRefused(Reason.FORBIDDEN_ADDRESS, () -> fetcher.fetch("http://10.0.0.1/")).getMessage());
        assertEquals("refused: 169.254.169.254 is a link-local address (cloud metadata service)",
                assertRefused(Reason.FORBIDDEN_ADDRESS,
                        () -> fetcher.fetch("http://169.254.169.254/latest/meta-data/")).getMessage());
        assertEquals("refused: only http and https URLs are fetched, not file",
                assertRefused(Reason.FORBIDDEN_SCHEME, () -> fetcher.fetch("file:///etc/passwd")).getMessage());
    }

    @Test
    void anyPrivateAddressAmongTheResolvedOnesRefusesTheHost() {
        ArticleFetcher mixed = new ArticleFetcher(policy(Set.of("127.0.0.1")), host -> new InetAddress[] {
                InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14}),
                InetAddress.getByAddress(host, new byte[] {10, 0, 0, 7})});
        FetchRefusedException e = assertRefused(Reason.FORBIDDEN_ADDRESS, () -> mixed.fetch("https://news.test/a"));
        assertEquals("refused: 10.0.0.7 is a private address (news.test resolves to it)", e.getMessage());
    }

    @Test
    void unresolvableHostFails() {
        ArticleFetcher none = new ArticleFetcher(policy(Set.of()), host -> {
            throw new UnknownHostException(host);
        });
        assertRefused(Reason.UNRESOLVABLE_HOST, () -> none.fetch("http://nowhere.test/"));
    }

    @Test
    void loopbackAddressNotOnTheListIsNeverContacted() {
        int otherPort = otherLoopback == null ? port : otherLoopback.getAddress().getPort();
        assertRefused(Reason.FORBIDDEN_ADDRESS, () -> fetcher.fetch("http://127.0.0.2:" + otherPort + "/"));
        assertEquals(0, OTHER_LOOPBACK_HITS.get());
    }

    // ------------------------------------------------------------------ redirects re-checked per hop

    @Test
    void redirectToTheMetadataAddressIsRefused() {
        FetchRefusedException e = assertRefused(Reason.FORBIDDEN_ADDRESS, () -> fetcher.fetch(base + "/to-metadata"));
        assertTrue(e.getMessage().contains("169.254.169.254"), e.getMessage());
        assertTrue(e.getMessage().contains("redirect to"), e.getMessage());
    }

    @Test
    void redirectToANonListedLoopbackAddressIsRefusedBeforeConnecting() {
        int otherPort = otherLoopback == null ? port : otherLoopback.getAddress().getPort();
        server.createContext("/to-loopback2", ex -> redirect(ex, 302, "http://127.0.0.2:" + otherPort + "/page"));
        try {
            assertRefused(Reason.FORBIDDEN_ADDRESS, () -> fetcher.fetch(base + "/to-loopback2"));
            assertEquals(0, OTHER_LOOPBACK_HITS.get());
        } finally {
            server.removeContext("/to-loopback2");
        }
    }

    @Test
    void redirectsAreCheckedLikeTheFirstUrl() {
        assertRefused(Reason.FORBIDDEN_ADDRESS, () -> fetcher.fetch(base + "/to-localhost"));
        assertRefused(Reason.FORBIDDEN_ADDRESS, () -> fetcher.fetch(base + "/to-mapped"));
        assertRefused(Reason.FORBIDDEN_SCHEME, () -> fetcher.fetch(base + "/to-ftp"));
        assertRefused(Reason.INVALID_URL, () -> fetcher.fetch(base + "/to-userinfo"));
        assertRefused(Reason.INVALID_URL, () -> fetcher.fetch(base + "/to-decimal"));
        assertRefused(Reason.BAD_REDIRECT, () -> fetcher.fetch(base + "/no-location"));
    }

    @Test
    void redirectToANameThatResolvesPrivateIsRefused() {
        ArticleFetcher dns = new ArticleFetcher(policy(Set.of("127.0.0.1")), host -> {
            if (host.equals("internal.test")) {
                return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 1, 2, 3})};
            }
            throw new UnknownHostException(host);
        });
        FetchRefusedException e = assertRefused(Reason.FORBIDDEN_ADDRESS, () -> dns.fetch(base + "/to-private-name"));
        assertTrue(e.getMessage().startsWith("refused: 10.1.2.3 is a private address (internal.test resolves to it)"),
                e.getMessage());
    }

    @Test
    void redirectLoopStopsAtMaxRedirects() {
        HITS.computeIfAbsent("/loop", k -> new AtomicInteger()).set(0);
        FetchRefusedException e = assertRefused(Reason.TOO_MANY_REDIRECTS, () -> fetcher.fetch(base + "/loop"));
        assertEquals("refused: more than 5 redirects", e.getMessage());
        assertEquals(6, HITS.get("/loop").get(), "the first request and 5 followed redirects");
    }

    // ------------------------------------------------------------------ responses refused

    @Test
    void oversizedBodiesAreRefused() {
        FetchRefusedException declared = assertRefused(Reason.TOO_LARGE, () -> fetcher.fetch(base + "/big"));
        assertEquals("refused: the page is larger than 64 KiB", declared.getMessage());
        assertRefused(Reason.TOO_LARGE, () -> fetcher.fetch(base + "/big-chunked"));
    }

    @Test
    void wrongOrMissingContentTypeIsRefused() {
        FetchRefusedException e = assertRefused(Reason.UNSUPPORTED_CONTENT_TYPE, () -> fetcher.fetch(base + "/binary"));
        assertTrue(e.getMessage().contains("application/octet-stream"), e.getMessage());
        assertRefused(Reason.UNSUPPORTED_CONTENT_TYPE, () -> fetcher.fetch(base + "/no-type"));
        assertRefused(Reason.UNSUPPORTED_CONTENT_TYPE, () -> fetcher.fetch(base + "/gzip"));
    }

    @Test
    void errorStatusFails() {
        FetchRefusedException e = assertRefused(Reason.HTTP_STATUS, () -> fetcher.fetch(base + "/missing"));
        assertTrue(e.getMessage().contains("404"), e.getMessage());
    }

    @Test
    void slowServersTimeOut() {
        FetchPolicy quick = new FetchPolicy(Set.of("127.0.0.1"), MAX_BYTES, Duration.ofMillis(500),
                Duration.ofMillis(500), 5);
        ArticleFetcher impatient = new ArticleFetcher(quick);
        assertRefused(Reason.TIMEOUT, () -> impatient.fetch(base + "/slow"));
        // each read returns quickly here: only the total limit can stop it
        assertRefused(Reason.TIMEOUT, () -> impatient.fetch(base + "/trickle"));
    }

    @Test
    void closedPortFailsToConnect() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        assertRefused(Reason.CONNECTION_FAILED, () -> fetcher.fetch("http://127.0.0.1:" + closed + "/"));
    }

    // ------------------------------------------------------------------ policy

    @Test
    void defaults() {
        FetchPolicy d = FetchPolicy.defaults();
        assertTrue(d.allowedHosts().isEmpty());
        assertEquals(2 * 1024 * 1024, d.maxBytes());
        assertEquals(Duration.ofSeconds(10), d.totalTimeout());
        assertEquals(5, d.maxRedirects());
        assertFalse(d.connectTimeout().isNegative());
        // with the defaults even 127.0.0.1 is refused
        assertRefused(Reason.FORBIDDEN_ADDRESS, () -> new ArticleFetcher(d).fetch(base + "/page"));
    }

    @Test
    void allowListEntriesAreNormalizedAndIpv6LiteralsCompareAsAddresses() {
        FetchPolicy p = policy(Set.of(" LocalHost. ", "[0:0:0:0:0:0:0:1]"));
        assertEquals(Set.of("localhost", "0:0:0:0:0:0:0:1"), p.allowedHosts());
        assertThrows(IllegalArgumentException.class, () -> new ArticleFetcher(policy(Set.of("127.1"))));
        ArticleFetcher v6 = new ArticleFetcher(p);
        // ::1 is allowed (same address as the listed literal), but nothing listens there: not a refusal
        FetchRefusedException e = assertThrows(FetchRefusedException.class, () -> v6.fetch("http://[::1]:" + port + "/"));
        assertEquals(Reason.CONNECTION_FAILED, e.reason(), e.getMessage());
    }

    // ------------------------------------------------------------------ helpers

    private static FetchRefusedException assertRefused(Reason expected, org.junit.jupiter.api.function.Executable call) {
        FetchRefusedException e = assertThrows(FetchRefusedException.class, call);
        assertEquals(expected, e.reason(), e.getMessage());
        assertNotNull(e.getMessage());
        return e;
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static void handle(String path, Handler handler) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            LAST_HEADERS.put(path, exchange.getRequestHeaders());
            HITS.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            try {
                handler.handle(exchange);
            } catch (IOException clientWentAway) {
                // expected when the fetcher aborts an oversized or slow response
            } finally {
                exchange.close();
            }
        });
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, status, "text/html", new byte[0]);
    }

    private static void await() {
        try {
            RELEASE.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
