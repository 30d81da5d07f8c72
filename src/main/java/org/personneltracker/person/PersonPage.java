package org.personneltracker.person;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.personneltracker.common.ApiException;
import org.personneltracker.event.EventView;
import org.personneltracker.web.PageErrors;

/** /people/{slug}: a person's positions and career across companies, every event with its sources. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PersonPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance person(PersonView person, List<EventView> career, List<Position> positions);
    }

    @Inject
    PersonService people;

    @GET
    @Path("{slug}")
    public TemplateInstance person(@PathParam("slug") String slug) {
        PersonView p = people.get(slug);
        List<EventView> newestFirst = new ArrayList<>(p.career());
        java.util.Collections.reverse(newestFirst);
        List<Position> positions = new ArrayList<>(p.positions());
        java.util.Collections.reverse(positions);
        return Templates.person(p, newestFirst, positions);
    }

    @ServerExceptionMapper
    public Response failed(ApiException e) {
        return PageErrors.of(e);
    }
}
