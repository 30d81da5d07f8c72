package org.personneltracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.personneltracker.common.ApiException;
import org.personneltracker.source.UrlNormalizer;

/** Turns an ingest body into the article's text: given text, reduced HTML, or (where enabled) a fetched page. */
@ApplicationScoped
public class ArticleReader {

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
            return fetch(url);
        }
        throw ApiException.badRequest("text", "send the article as text or html (or a url where fetching is enabled)");
    }

    ArticleText fetch(String url) {
        throw ApiException.badRequest("url", "fetching articles by URL is disabled here (tracker.fetch.enabled=false):"
                + " paste the article's text or HTML instead");
    }
}
