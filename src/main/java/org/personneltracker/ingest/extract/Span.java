package org.personneltracker.ingest.extract;

/**
 * A stretch of {@code article.text()} for highlighting: [start, end) character offsets.
 * Labels: PERSON, COMPANY, EVENT, ROLE, DATE, DESTINATION, REASON, QUOTE, CONTEXT.
 */
public record Span(int start, int end, String label) {
}
