package org.personneltracker.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Size;

/**
 * A source as a write body gives it: on its own (POST /api/sources) or cited by an event, with the quote that
 * supports the fact, and its {@code stance} (SUPPORTS by default, or CONTRADICTS). {@code version} is read on PUT /api/sources/{id} only. {@code text} or {@code html} is the article as read (kept as the source's snapshot).
 */
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "citedBy", "quoteVerified"})
public record SourceInput(
        @Size(max = 2000) String url,
        @Size(max = 1000) String title,
        @Size(max = 300) String publisher,
        @Size(max = 300) String author,
        SourceTier tier,
        String publishedDate,
        String retrievedAt,
        @Size(max = 4000) String quote,
        Stance stance,
        @Size(max = 2_000_000) String text,
        @Size(max = 4_000_000) String html,
        Integer version) {
}
