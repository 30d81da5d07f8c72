package org.personneltracker.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.event.EventFilter;
import org.personneltracker.event.EventService;
import org.personneltracker.event.EventView;

/**
 * Search: names from the {@link NameIndex}; events by the same text as {@code q} of GET /api/events, or, when no
 * event holds the words as typed, the events of the (at most three) best-matching people.
 */
@ApplicationScoped
public class SearchService {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    @Inject
    NameIndex names;

    @Inject
    EventService events;

    public SearchResults search(String q, int limit) {
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("q", "q is the text to search for");
        }
        if (q.length() > 200) {
            throw ApiException.badRequest("q", "q is longer than 200 characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "limit is between 1 and " + MAX_LIMIT);
        }
        Map<NameIndex.Kind, List<NameIndex.Hit>> hits = names.search(q, limit);
        List<SlugAndName> people = slugs(hits.get(NameIndex.Kind.PERSON));
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        params.putSingle("q", q.strip());
        params.putSingle("limit", Integer.toString(limit));
        List<EventView> found = events.list(EventFilter.parse(params, false)).items();
        if (found.isEmpty() && !people.isEmpty()) {
            // no event holds the words as typed ("Mrinak"): the events of the people the words name
            params.remove("q");
            params.putSingle("person", String.join(",", people.stream().limit(3).map(SlugAndName::slug).toList()));
            found = events.list(EventFilter.parse(params, false)).items();
        }
        return new SearchResults(people, slugs(hits.get(NameIndex.Kind.COMPANY)), found);
    }

    private static List<SlugAndName> slugs(List<NameIndex.Hit> hits) {
        return hits.stream().map(h -> new SlugAndName(h.slug(), h.name())).toList();
    }
}
