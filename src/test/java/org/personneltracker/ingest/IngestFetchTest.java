package org.personneltracker.ingest;

import static org.hamcrest.Matchers.*;
import static org.personneltracker.support.Api.admin;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.TrackerConfig;
import org.personneltracker.ingest.fetch.ArticleFetcher;
import org.personneltracker.ingest.fetch.ArticleFetching;

/**
 * Fetching by URL, enabled with 127.0.0.1 allow-listed, against a server on loopback. Fetching is switched on
 * for each test of this class only (QuarkusMock), with the fetcher built from these settings the way the
 * application builds it from {@code tracker.fetch.*}, so the same boot serves every other test with it off. The
 * article served is the seed's case (read-only).
 */
@QuarkusTest
class IngestFetchTest {

    /** tracker.fetch.enabled=true, tracker.fetch.allowed-hosts=127.0.0.1, tracker.fetch.timeout=3s. */
    static final TrackerConfig.Fetch SETTINGS = new TrackerConfig.Fetch() {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public Optional<List<String>> allowedHosts() {
            return Optional.of(List.of("127.0.0.1"));
        }

        @Override
        public int maxBytes() {
            return 2_097_152;
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(3);
        }

        @Override
        public int maxRedirects() {
            return 5;
        }
    };

    static HttpServer server;

    @BeforeEach
    void fetchingEnabled() {
        ArticleFetcher fetcher = new ArticleFetcher(ArticleFetching.policy(SETTINGS));
        QuarkusMock.installMockForType(new ArticleFetching() {
            @Override
            public Optional<ArticleFetcher> fetcher() {
                return Optional.of(fetcher);
            }
        }, ArticleFetching.class);
    }

    @BeforeAll
    static void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/article", ex -> {
            byte[] body = ("<html><head><meta property='og:site_name' content='Loopback Times'></head><body>"
                    + "<nav>Home | Subscribe</nav><article><p>" + IngestApiTest.SHARMA.replace("\n\n", "</p><p>")
                    + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/to-metadata", ex -> {
            ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    static String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void fetchesAnAllowListedPageAndReadsIt() {
        admin().body(Map.of("url", base() + "/article", "publishedDate", "2026-02-10")).post("/api/ingest/article")
                .then().statusCode(200)
                .body("source.publisher", is("Loopback Times"))
                .body("source.text", not(containsString("Subscribe")))
                .body("candidates[0].person.slug", is("mrinank-sharma"))
                .body("candidates[0].sources[0].url", startsWith("https://127.0.0.1"));
    }

    @Test
    void refusesPrivateAddressesAndRedirectsToThem() {
        admin().body(Map.of("url", "http://169.254.169.254/latest/meta-data/")).post("/api/ingest/article").then()
                .statusCode(400).body("violations.field", hasItem("url")).body("detail", containsString("refused"));
        admin().body(Map.of("url", base() + "/to-metadata")).post("/api/ingest/article").then()
                .statusCode(400).body("detail", containsString("refused"));
        admin().body(Map.of("url", "http://localhost:" + server.getAddress().getPort() + "/article"))
                .post("/api/ingest/article").then().statusCode(400);
        admin().body(Map.of("url", "http://10.0.0.1/")).post("/api/ingest/article").then().statusCode(400);
        admin().body(Map.of("url", "file:///etc/passwd")).post("/api/ingest/article").then().statusCode(400);
    }
}
