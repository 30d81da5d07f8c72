package org.personneltracker.event;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event saved from the logging form opened by "Review and log" on an article's results: the form carries
 * {@code article} ("analysis id/candidate number"), and once the event is created the form fires this (CDI) for
 * the article's page to mark the candidate logged, then returns the reader to {@link #resultsPath()}.
 */
public record LoggedFromArticle(String analysis, int candidate, long eventId) {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z0-9-]{8,36})/([1-9][0-9]{0,3})");

    /** The form's {@code article} value, when it is one. */
    public static Optional<LoggedFromArticle> parse(String field, long eventId) {
        if (field == null) {
            return Optional.empty();
        }
        Matcher m = FIELD.matcher(field.trim());
        return m.matches() ? Optional.of(new LoggedFromArticle(m.group(1), Integer.parseInt(m.group(2)), eventId))
                : Optional.empty();
    }

    /** The form field's value for a candidate of an analysis. */
    public static String field(String analysis, int candidate) {
        return analysis + "/" + candidate;
    }

    /** The article's results, saying what was just logged, scrolled to the next candidate to review. */
    public String resultsPath() {
        return "/ingest/" + analysis + "?logged=" + candidate + "&event=" + eventId + "#next";
    }
}
