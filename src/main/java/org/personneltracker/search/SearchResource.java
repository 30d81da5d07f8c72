package org.personneltracker.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.personneltracker.common.ApiException;

/** GET /api/search?q=...&limit=10 (API.md, Search). */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    public SearchResults search(@RestQuery String q, @RestQuery String limit) {
        return search.search(q, limit(limit));
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return SearchService.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit", "limit is a whole number between 1 and " + SearchService.MAX_LIMIT);
        }
    }
}
