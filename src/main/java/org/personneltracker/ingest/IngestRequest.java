package org.personneltracker.ingest;

import jakarta.validation.constraints.Size;

/** Body of POST /api/ingest/article: {@code text} or {@code html}, or {@code url} alone where fetching is enabled. */
public record IngestRequest(
        @Size(max = 1_000_000) String text,
        @Size(max = 1_000_000) String html,
        @Size(max = 2000) String url,
        String publishedDate) {
}
