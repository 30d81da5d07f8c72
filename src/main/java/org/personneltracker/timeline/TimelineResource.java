package org.personneltracker.timeline;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.personneltracker.common.Page;
import org.personneltracker.common.Violations;
import org.personneltracker.event.EventFilter;

@Path("/api/companies/{slug}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    TimelineService service;

    @GET
    public Page<TimelineEntry> timeline(@PathParam("slug") String slug, @Context UriInfo uri) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        Violations v = new Violations();
        TimelineService.Options options = TimelineService.options(params, v);
        EventFilter filter = EventFilter.parse(params, true, v);
        return service.timeline(slug, filter, options);
    }
}
