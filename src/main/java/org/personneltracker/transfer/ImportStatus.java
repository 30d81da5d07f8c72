package org.personneltracker.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GET /api/import/{id}: where a background import stands. {@code lines} is the number of records checked so far
 * (all of them once writing), {@code processed} the number written; the counts once DONE, the errors once FAILED.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportStatus(String id, ImportJob.State state, String format, long lines, long processed,
        Map<String, Long> created, Map<String, Long> updated, Map<String, Long> unchanged, List<ImportError> errors,
        long errorCount, Instant createdAt, Instant updatedAt) {
}
