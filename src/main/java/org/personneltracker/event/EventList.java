package org.personneltracker.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A page of events; {@code facets} only when asked for with {@code facets=true}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventList(
        @JsonInclude(JsonInclude.Include.ALWAYS) List<EventView> items,
        @JsonInclude(JsonInclude.Include.ALWAYS) String next,
        long total,
        Map<String, Map<String, Long>> facets) {
}
