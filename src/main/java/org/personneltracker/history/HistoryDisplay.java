package org.personneltracker.history;

import io.quarkus.qute.TemplateExtension;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Display values of history entries for templates ({@code tags/history.html}). */
@TemplateExtension
public class HistoryDisplay {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private HistoryDisplay() {
    }

    /** Every change of an entry as lines: field, before, after. */
    static List<HistoryLines.Line> lines(HistoryEntry e) {
        return HistoryLines.of(e, f -> true);
    }

    /** "3 Dec 2026, 14:05 UTC". */
    static String whenLabel(HistoryEntry e) {
        return WHEN.format(e.at());
    }

    /** "3 Dec 2026". */
    static String dayLabel(HistoryEntry e) {
        return DAY.format(e.at());
    }
}
