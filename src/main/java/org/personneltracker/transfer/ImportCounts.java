package org.personneltracker.transfer;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an import did, by kind of record: created, updated (differed from the stored record), unchanged. */
public record ImportCounts(Map<String, Long> created, Map<String, Long> updated, Map<String, Long> unchanged) {

    static ImportCounts empty() {
        return new ImportCounts(zeros(), zeros(), zeros());
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String kind : new String[] {Lines.COMPANY, Lines.PERSON, Lines.SOURCE, Lines.CONTEXT_EVENT, Lines.EVENT}) {
            m.put(kind, 0L);
        }
        return m;
    }

    void created(String kind) {
        created.merge(kind, 1L, Long::sum);
    }

    void updated(String kind) {
        updated.merge(kind, 1L, Long::sum);
    }

    void unchanged(String kind) {
        unchanged.merge(kind, 1L, Long::sum);
    }
}
