package org.personneltracker.history;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** What a page's History section shows: the newest changes (at most {@link #MAX}), how many there are, the JSON. */
@TemplateData
public record HistorySection(List<HistoryEntry> entries, int total, String json) {

    public static final int MAX = 20;

    /** The section of a record whose history is {@code all} (oldest first) and whose JSON history is at {@code json}. */
    public static HistorySection of(List<HistoryEntry> all, String json) {
        return new HistorySection(HistoryLines.newestFirst(all, MAX), all.size(), json);
    }
}
