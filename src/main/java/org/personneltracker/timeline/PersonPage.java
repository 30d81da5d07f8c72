package org.personneltracker.timeline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.personneltracker.common.Links;
import org.personneltracker.event.EventView;
import org.personneltracker.history.HistorySection;
import org.personneltracker.person.PersonService;
import org.personneltracker.person.PersonView;

/** /people/{slug}: a person's positions and career across companies, every event with its sources, newest first. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PersonPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance person(PersonView person, List<EventView> career, List<Position> positions,
                String jsonLd, String feedLink, HistorySection history);
    }

    @Inject
    Careers careers;

    @Inject
    PersonService people;

    @GET
    @Path("{slug}")
    public TemplateInstance person(@PathParam("slug") String slug, @Context UriInfo uri) {
        Careers.PersonCareer p = careers.of(slug);
        List<EventView> newestFirst = new ArrayList<>(p.events());
        Collections.reverse(newestFirst);
        List<Position> positions = new ArrayList<>(p.positions());
        Collections.reverse(positions);
        return Templates.person(p.person(), newestFirst, positions, JsonLd.person(p.person(), p.positions(),
                uri.getBaseUri()), "/feeds/events.atom?person=" + Links.enc(slug),
                HistorySection.of(people.history(slug), "/api/people/" + slug + "/history"));
    }
}
