package org.personneltracker.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A stored source; {@code citedBy} is filled on GET /api/sources/{id}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        Long id,
        @JsonInclude(JsonInclude.Include.ALWAYS) String url,
        @JsonInclude(JsonInclude.Include.ALWAYS) String title,
        @JsonInclude(JsonInclude.Include.ALWAYS) String publisher,
        String author,
        SourceTier tier,
        String publishedDate,
        Instant retrievedAt,
        CitedBy citedBy,
        int version) {

    public record CitedBy(List<Citation> events, List<Citation> contextEvents) {
    }

    public record Citation(Long id, String key, String title, String date, String quote) {
    }

    public static SourceView from(Source s, CitedBy citedBy) {
        return new SourceView(s.id, s.url, s.title, s.publisher, s.author, s.tier,
                s.publishedDate() == null ? null : s.publishedDate().toString(), s.retrievedAt, citedBy, s.version);
    }
}
