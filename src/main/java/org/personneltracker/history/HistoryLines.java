package org.personneltracker.history;

import io.quarkus.qute.TemplateData;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.personneltracker.common.Display;

/**
 * A record's changes as pages show them: each field as a line "Role title: before → after" in words a reader uses
 * (dates at their precision, labels for enumerations, one line per cited source), never as JSON.
 */
public final class HistoryLines {

    private HistoryLines() {
    }

    /** A field that changed: its label and its values before and after, one item per list element. */
    @TemplateData
    public record Line(String field, String label, List<String> from, List<String> to) {
    }

    private static final Set<String> DATES = Set.of("date", "announcedDate", "publishedDate");
    private static final Set<String> ENUMS = Set.of("type", "category", "seniority", "circumstance", "confidence",
            "tier", "status", "stance");
    private static final Set<String> NUMBERS = Set.of("amount", "valuation");

    /** The changes of the fields {@code which} accepts, as lines. */
    public static List<Line> of(HistoryEntry e, Predicate<String> which) {
        List<Line> out = new ArrayList<>();
        for (Map.Entry<String, HistoryEntry.Change> c : e.changes().entrySet()) {
            if (which.test(c.getKey())) {
                out.add(new Line(c.getKey(), label(c.getKey()), values(c.getKey(), c.getValue().from()),
                        values(c.getKey(), c.getValue().to())));
            }
        }
        return out;
    }

    /** "Role title" from "role.title", "Previous role seniority", "Founded year". */
    private static String label(String field) {
        String words = field.replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A value as text lines: none for no value, one per element of a list. */
    private static List<String> values(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(v -> v instanceof Map<?, ?> m ? citation(m) : String.valueOf(v)).toList();
        }
        return List.of(text(field.substring(field.lastIndexOf('.') + 1), value));
    }

    private static String text(String name, Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (DATES.contains(name)) {
            return Display.dateLabel(value.toString());
        }
        if (ENUMS.contains(name)) {
            return Display.enumLabel(value.toString());
        }
        if (NUMBERS.contains(name) && value instanceof Number n) {
            return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n.longValue());
        }
        return value.toString();
    }

    /** A cited source: its address (or title and publisher), the quote, and "contradicts" when it does. */
    private static String citation(Map<?, ?> c) {
        StringBuilder sb = new StringBuilder();
        if (c.get("url") != null) {
            sb.append(c.get("url"));
        } else {
            sb.append(c.get("title"));
            if (c.get("publisher") != null) {
                sb.append(" (").append(c.get("publisher")).append(')');
            }
        }
        if (c.get("quote") != null) {
            sb.append(" — “").append(c.get("quote")).append('”');
        }
        if ("CONTRADICTS".equals(c.get("stance"))) {
            sb.append(" (contradicts)");
        }
        return sb.toString();
    }

    /** The newest entries first, at most {@code max}: what a page shows. */
    static List<HistoryEntry> newestFirst(List<HistoryEntry> entries, int max) {
        List<HistoryEntry> out = new ArrayList<>(entries);
        Collections.reverse(out);
        return out.size() > max ? out.subList(0, max) : out;
    }
}
