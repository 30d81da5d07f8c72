package org.personneltracker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReducerTest {

    private static final String PAGE = """
            <html><head><title>Fallback title</title>
            <meta property="og:title" content="Safety lead quits">
            <meta property="og:site_name" content="Example News">
            <script type="application/ld+json">{"datePublished": "2026-02-10T08:00:00Z"}</script>
            <style>p{color:red}</style></head>
            <body><header><nav><a>Home</a><a>AI</a></nav></header>
            <div class="cookie-consent">We use cookies. Accept</div>
            <article><h1>Safety lead quits</h1>
            <div class="share-bar">Share on X | Share on LinkedIn</div>
            <p>First paragraph about the resignation.</p>
            <aside>Most read: something else</aside>
            <div class="newsletter-box"><p>Subscribe to our newsletter</p></div>
            <p>Second&nbsp;paragraph.</p></article>
            <section class="comments"><p>Great article!</p></section>
            <footer>© 2026 Example</footer><script>track()</script></body></html>
            """;

    @Test
    void keepsTheArticleAndDropsBoilerplate() {
        HtmlReducer.Reduced a = HtmlReducer.reduce(PAGE, "https://example.test/a");
        assertEquals("Safety lead quits", a.title());
        assertEquals("Example News", a.publisher());
        assertEquals(LocalDate.of(2026, 2, 10), a.publishedDate());
        assertTrue(a.text().contains("First paragraph about the resignation.\n\nSecond paragraph."), a.text());
        for (String junk : new String[]{"Share on", "Subscribe", "cookies", "Most read", "Great article", "©", "Home", "track"}) {
            assertFalse(a.text().contains(junk), junk + " in " + a.text());
        }
    }

    @Test
    void publishedDateFromMetaOrTimeElement() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2024-09-26T10:00:00Z\"></head>"
                + "<body><main><p>Text.</p></main></body></html>";
        assertEquals(LocalDate.of(2024, 9, 26), HtmlReducer.reduce(html, null).publishedDate());
        String time = "<html><body><article><time datetime=\"2025-03-06\">March 6</time><p>Text.</p></article></body></html>";
        assertEquals(LocalDate.of(2025, 3, 6), HtmlReducer.reduce(time, null).publishedDate());
    }
}
