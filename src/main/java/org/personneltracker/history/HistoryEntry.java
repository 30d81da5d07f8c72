package org.personneltracker.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.Map;

/**
 * One change of a record as {@code GET .../history} answers it: the revision, when and by whom, what kind of change,
 * the record's {@code version} after it (none after a deletion), why when the writer said so ({@code note}), and each
 * field that changed with its value before and after (fields named as in the API's JSON).
 */
@TemplateData
public record HistoryEntry(long revision, Instant at, String user, Action action,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer version,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note, Map<String, Change> changes) {

    @TemplateData
    public enum Action {
        CREATE, UPDATE, DELETE;

        /** "created", "changed", "deleted". */
        public String verb() {
            return switch (this) {
                case CREATE -> "created";
                case UPDATE -> "changed";
                case DELETE -> "deleted";
            };
        }
    }

    /** A field's value before and after the revision (null: not set). */
    @TemplateData
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(Object from, Object to) {
    }
}
