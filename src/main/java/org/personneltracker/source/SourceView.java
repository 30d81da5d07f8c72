package org.personneltracker.source;

import com.fasterxml.jackson.annotation.JsonIgnore;
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

    /** The facts citing a source, by kind, each oldest first. */
    public record CitedBy(List<CitingFact> events, List<CitingFact> contextEvents) {

        static CitedBy of(List<CitingFact> facts) {
            return new CitedBy(facts.stream().filter(f -> f.kind() == CitingFact.Kind.EVENT).toList(),
                    facts.stream().filter(f -> f.kind() == CitingFact.Kind.CONTEXT_EVENT).toList());
        }
    }

    /** A fact citing the source, with the quote of that citation; {@code title} is a context event's. */
    public record CitingFact(@JsonIgnore Kind kind, Long id, String key, String title, String date, String quote) {

        public enum Kind { EVENT, CONTEXT_EVENT }
    }

    public static SourceView from(Source s, CitedBy citedBy) {
        return new SourceView(s.id, s.url, s.title, s.publisher, s.author, s.tier,
                s.publishedDate() == null ? null : s.publishedDate().toString(), s.retrievedAt, citedBy, s.version);
    }
}
