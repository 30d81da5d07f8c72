package org.personneltracker.common;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {

    @Test
    void appliesEveryRuleOfTheContract() {
        assertEquals("https://example.com/a/b?id=3",
                UrlNormalizer.normalize("HTTP://WWW.Example.COM:80/a/b/?utm_source=x&id=3&fbclid=y#section"));
        assertEquals("https://example.com", UrlNormalizer.normalize("https://www.example.com/"));
        assertEquals("https://example.com:8443/x", UrlNormalizer.normalize("https://example.com:8443/x"));
        assertEquals("https://example.com/x", UrlNormalizer.normalize("https://example.com:443/x"));
        assertEquals("https://example.com/x?a=1",
                UrlNormalizer.normalize("https://example.com/x?a=1&ref=home&gclid=1&mc_cid=2&mc_eid=3&cmpid=4&utm_medium=rss"));
    }

    @Test
    void keepsPathCaseAndMeaningfulParameters() {
        assertEquals("https://example.com/News/Story?page=2", UrlNormalizer.normalize("https://example.com/News/Story?page=2"));
        assertEquals("https://example.com/a%20b", UrlNormalizer.normalize("https://example.com/a%20b"));
    }

    @Test
    void normalizesVariantsOfOneArticleToTheSameString() {
        String a = UrlNormalizer.normalize("https://www.hindustantimes.com/world-news/story-101770708399934.html");
        String b = UrlNormalizer.normalize("http://hindustantimes.com/world-news/story-101770708399934.html?utm_source=twitter#top");
        assertEquals(a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a", "javascript:alert(1)", "mailto:a@b.c", "file:///etc/passwd",
            "example.com/no-scheme", "https://", "http:///path", "not a url", "https://user:pw@example.com/x",
            "data:text/html,<b>x</b>"})
    void acceptsOnlyHttpAndHttps(String url) {
        assertThrows(IllegalArgumentException.class, () -> UrlNormalizer.normalize(url));
        assertFalse(UrlNormalizer.isWebUrl(url));
    }
}
