package org.personneltracker.timeline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.personneltracker.event.EventFilter;
import org.personneltracker.event.EventList;
import org.personneltracker.event.EventService;

/** The start page: latest events, a search box, entry points to companies and the explorer. */
@Path("/")
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(EventList latest, List<CompanyCard> companies, int companyCount);
    }

    @Inject
    EventService events;

    @Inject
    CompanyCounts counts;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        EventList latest = events.list(EventFilter.none().withLimit(8));
        List<CompanyCard> cards = counts.cards(null);
        return Templates.home(latest, cards.stream().limit(6).toList(), cards.size());
    }
}
