package org.personneltracker.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * One change of a record as {@code GET .../history} answers it: the revision, when and by whom, what kind of change,
 * and each field that changed with its value before and after (fields named as in the API's JSON).
 */
public record HistoryEntry(long revision, Instant at, String user, Action action,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note, Map<String, Change> changes) {

    public enum Action {
        CREATE, UPDATE, DELETE;

        public String label() {
            return switch (this) {
                case CREATE -> "created";
                case UPDATE -> "changed";
                case DELETE -> "deleted";
            };
        }
    }

    /** A field's value before and after the revision (null: not set). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(Object from, Object to) {
    }
}
