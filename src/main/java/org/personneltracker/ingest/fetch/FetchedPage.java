package org.personneltracker.ingest.fetch;

import java.time.Instant;

/**
 * A page fetched by {@link ArticleFetcher}.
 *
 * @param requestedUrl the URL as asked for
 * @param finalUrl     the URL that answered, after redirects (without fragment)
 * @param status       the final HTTP status (always 2xx: other statuses are refused)
 * @param contentType  the media type without parameters, e.g. {@code text/html}
 * @param body         the body decoded with the Content-Type charset (UTF-8 when absent or unknown)
 * @param retrievedAt  when the final response was read
 */
public record FetchedPage(String requestedUrl, String finalUrl, int status, String contentType, String body,
                          Instant retrievedAt) {
}
