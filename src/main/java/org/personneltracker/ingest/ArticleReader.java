package org.personneltracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.personneltracker.ingest.fetch.ArticleFetcher;
import org.personneltracker.ingest.fetch.ArticleFetching;
import org.personneltracker.ingest.fetch.FetchRefusedException;
import org.personneltracker.ingest.fetch.FetchedPage;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.UrlNormalizer;

/** Turns an ingest body into the article's text: given text, reduced HTML, or (where enabled) a fetched page. */
@ApplicationScoped
public class ArticleReader {

    @Inject
    ArticleFetching fetching;

    public ArticleText read(IngestRequest body) {
        boolean hasText = body.text() != null && !body.text().isBlank();
        boolean hasHtml = body.html() != null && !body.html().isBlank();
        if (hasText && hasHtml) {
            throw ApiException.badRequest("html", "send text or html, not both");
        }
        String url = null;
        if (body.url() != null && !body.url().isBlank()) {
            try {
                url = UrlNormalizer.normalize(body.url());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("url", e.getMessage());
            }
        }
        if (hasHtml) {
            return ArticleText.fromHtml(body.html(), url);
        }
        if (hasText) {
            ArticleText t = ArticleText.fromText(body.text());
            return new ArticleText(t.title(), t.publisher(), url, t.publishedDate(), t.text());
        }
        if (url != null) {
            return fetch(body.url().trim(), url);
        }
        throw ApiException.badRequest("text", "send the article as text or html (or a url where fetching is enabled)");
    }

    /** Fetches the address as given (http stays http); the article is cited by its normalized address. */
    ArticleText fetch(String given, String url) {
        ArticleFetcher fetcher = fetching.fetcher().orElseThrow(() -> ApiException.badRequest("url",
                "fetching articles by URL is disabled here (tracker.fetch.enabled=false):"
                        + " paste the article's text or HTML instead"));
        FetchedPage page;
        try {
            page = fetcher.fetch(given);
        } catch (FetchRefusedException e) {
            throw ApiException.badRequest("url", e.getMessage());
        }
        String at = page.finalUrl() == null ? url : normalizedOr(page.finalUrl(), url);
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(java.util.Locale.ROOT);
        if (type.contains("html")) {
            return ArticleText.fromHtml(page.body(), at);
        }
        ArticleText t = ArticleText.fromText(page.body());
        return new ArticleText(t.title(), t.publisher(), at, t.publishedDate(), t.text());
    }

    private static String normalizedOr(String url, String fallback) {
        try {
            return UrlNormalizer.normalize(url);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
