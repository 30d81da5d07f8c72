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
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.RestQuery;
import org.personneltracker.common.Links;
import org.personneltracker.common.Page;
import org.personneltracker.company.CompanyService;
import org.personneltracker.company.CompanyView;
import org.personneltracker.person.Person;
import org.personneltracker.event.EventView;
import org.personneltracker.common.Keyset;
import org.personneltracker.history.HistorySection;
import org.personneltracker.person.PersonService;
import org.personneltracker.person.PersonView;

/** /people: the people index; /people/{slug}: a person's positions and career across companies, every event with its sources, newest first. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PersonPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(List<PersonView> people, CompanyView company, String nextLink,
                String previousLink, String range);

        static native TemplateInstance person(PersonView person, List<EventView> career, List<Position> positions,
                String jsonLd, String feedLink, HistorySection history);
    }

    @Inject
    Careers careers;

    @Inject
    PersonService people;

    @Inject
    CompanyService companies;

    @Inject
    EntityManager em;

    static final int PAGE = 100;

    /**
     * /people: everyone, by name, a page at a time; with {@code company}, the people with an event at that company
     * (the "people" its counts give).
     */
    @GET
    @Transactional
    public TemplateInstance people(@RestQuery String company, @RestQuery String cursor) {
        if (company != null && !company.isBlank()) {
            CompanyView c = companies.get(company);
            List<PersonView> list = em.createQuery("select p from Person p where exists (select 1 from PersonnelEvent e"
                    + " where e.person = p and e.company.slug = :c) order by p.nameLower, p.id", Person.class)
                    .setParameter("c", company).getResultList().stream().map(p -> PersonView.from(p, null)).toList();
            return Templates.people(list, c, null, null, null);
        }
        String at = cursor == null || cursor.isBlank() ? null : cursor;
        Page<PersonView> page = people.list(null, PAGE, at);
        Keyset.Position position = people.position(PAGE, at);
        String previous = position.previous() == null ? null
                : position.previous().isEmpty() ? "/people" : "/people?cursor=" + Links.enc(position.previous());
        // "101–200 of 234", when there is more than one page
        String range = page.items().isEmpty() || (page.next() == null && previous == null) ? null
                : (position.offset() + 1) + "–" + (position.offset() + page.items().size()) + " of " + page.total();
        return Templates.people(page.items(), null, page.next() == null ? null : "/people?cursor=" + Links.enc(page.next()),
                previous, range);
    }

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
