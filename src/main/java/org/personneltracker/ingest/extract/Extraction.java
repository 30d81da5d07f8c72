package org.personneltracker.ingest.extract;

import java.util.List;

/** The result of reading one article: candidates best first, context mentions, and all spans found. */
public record Extraction(List<Candidate> candidates, List<Mention> mentions, List<Span> spans) {
    public Extraction {
        candidates = List.copyOf(candidates);
        mentions = List.copyOf(mentions);
        spans = List.copyOf(spans);
    }
}
