package org.personneltracker.source;

/** A citation as a fact's JSON shows it: the source with the quote, stance and quote check of this citation. */
public record CitationView(Long id, String url, String title, String publisher, SourceTier tier,
        String publishedDate, String quote, Stance stance, Boolean quoteVerified) {

    public static CitationView of(Citation c) {
        Source s = c.source;
        return new CitationView(s.id, s.url, s.title, s.publisher, s.tier,
                s.publishedDate() == null ? null : s.publishedDate().toString(), c.quote, c.stance, c.quoteVerified);
    }
}
