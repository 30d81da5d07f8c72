package org.personneltracker.manage;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.BiFunction;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.NamedRecords;
import org.personneltracker.company.CompanyService;
import org.personneltracker.person.PersonService;

/**
 * People and companies to suggest while a name is typed in a form: names and aliases close to {@code q} (typos
 * forgiven, see {@code NameSimilarity}), then names a word of which starts so, closest first. The forms' script
 * fills its list from here; without the script the forms' confirmation step offers the same close names.
 */
@Path("/api/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    static final int MAX = 8;

    @Inject
    PersonService people;

    @Inject
    CompanyService companies;

    public record Suggestions(List<NamedRecords.Similar> items) {
    }

    @GET
    @Path("people")
    public Suggestions people(@QueryParam("q") String q) {
        return suggest(q, people::suggestions);
    }

    @GET
    @Path("companies")
    public Suggestions companies(@QueryParam("q") String q) {
        return suggest(q, companies::suggestions);
    }

    private static Suggestions suggest(String q, BiFunction<String, Integer, List<NamedRecords.Similar>> source) {
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("q", "type at least one letter");
        }
        if (q.length() > 300) {
            throw ApiException.badRequest("q", "at most 300 characters");
        }
        return new Suggestions(source.apply(q, MAX));
    }
}
