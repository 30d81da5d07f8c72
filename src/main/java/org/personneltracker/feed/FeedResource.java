package org.personneltracker.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.personneltracker.common.Links;
import org.personneltracker.event.EventFilter;
import org.personneltracker.event.EventService;
import org.personneltracker.event.EventView;

/**
 * GET /feeds/events.atom: the newest matches of the filters of GET /api/events as an Atom feed ({@code limit}
 * entries, 50 by default, at most 500). Reads follow the same access rule as the API (ReadAccess): with
 * {@code tracker.public-read=false} a feed reader signs in with HTTP Basic.
 */
@Path("/feeds")
public class FeedResource {

    @Inject
    EventService events;

    @GET
    @Path("events.atom")
    @Produces(EventFeed.TYPE)
    public Response events(@Context UriInfo uri) {
        MultivaluedMap<String, String> params = Links.nonEmpty(new MultivaluedHashMap<>(uri.getQueryParameters()));
        params.remove("cursor");
        params.remove("facets");
        EventFilter filter = EventFilter.parse(params, false);
        List<EventView> entries = new ArrayList<>();
        events.stream(filter, filter.limit(), entries::addAll);
        String xml = EventFeed.render(uri.getBaseUri(), filter.asParams(), entries);
        return Response.ok(xml, EventFeed.TYPE + "; charset=utf-8").build();
    }
}
