package org.personneltracker.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.personneltracker.common.Links;

/** /search?q=...: the header search box's results, grouped people, companies, events. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    static final int LIMIT = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, SearchResults results, String eventsLink);
    }

    @Inject
    SearchService search;

    @GET
    public TemplateInstance search(@RestQuery String q) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > 200) {
            return Templates.search(text, null, null);
        }
        return Templates.search(text, search.search(text, LIMIT), "/events?q=" + Links.enc(text));
    }
}
