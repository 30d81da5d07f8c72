package org.personneltracker.manage;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.FormErrors;
import org.personneltracker.common.MergeRequest;
import org.personneltracker.common.NamedRecords;
import org.personneltracker.common.Roles;
import org.personneltracker.common.Text;
import org.personneltracker.common.Violation;
import org.personneltracker.person.PersonRequest;
import org.personneltracker.person.PersonService;
import org.personneltracker.person.PersonView;

/** /people/{slug}/edit, /merge and /delete: correcting a person (editors; deleting: admins). */
@Path("/people/{slug}")
@Produces(MediaType.TEXT_HTML)
public class PersonManagePage extends RecordPages<PersonView> {

    static final Map<String, String> LABELS = Map.of("name", "Name", "aliasLines", "Alias", "linkLines", "Link",
            "bio", "Bio", "version", "Version", "into", "Merge into");

    PersonManagePage() {
        super(new Kind("person", "people", LABELS, "Merge this person into another, or delete those events first.", "/"));
    }

    @Inject
    PersonService people;

    @GET
    @Path("edit")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance edit(@PathParam("slug") String slug) {
        PersonView p = people.get(slug);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("storedName", p.name());
        f.put("name", p.name());
        f.put("aliasLines", String.join("\n", p.aliases()));
        f.put("linkLines", String.join("\n", p.links()));
        f.put("bio", Text.orEmpty(p.bio()));
        return ManagePages.Templates.personForm(slug, new ManagePages.Values(f), p.version(), FormErrors.none(), null);
    }

    @POST
    @Path("edit")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        String stored = people.find(slug).name;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("storedName", stored);
        for (String k : List.of("name", "aliasLines", "linkLines", "bio")) {
            f.put(k, Text.orEmpty(form.getFirst(k)));
        }
        Integer version = version(form.getFirst("version"));
        PersonRequest body = new PersonRequest(null, f.get("name"), ManagePages.lines(f.get("aliasLines")),
                ManagePages.lines(f.get("linkLines")), f.get("bio"), version);
        int shownVersion = version == null ? 0 : version;
        List<Violation> problems = people.problems(body);
        if (!problems.isEmpty()) {
            return refused(slug, f, shownVersion, problems, null);
        }
        return ManagePages.attempt(() -> {
            PersonView saved = people.update(slug, body);
            return ManagePages.seeOther("/people/" + saved.slug() + "?saved=1");
        }, (violations, conflict) -> refused(slug, f, shownVersion, violations, conflict));
    }

    private static Response refused(String slug, Map<String, String> f, int version, List<Violation> violations,
            String conflict) {
        return Response.status(conflict != null ? 409 : 400).entity(ManagePages.Templates.personForm(slug,
                new ManagePages.Values(f), version, FormErrors.of(ManagePages.lineFields(violations), LABELS), conflict)).build();
    }

    static Integer version(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- merge and delete (RecordPages)

    @Override
    PersonView get(String slug) {
        return people.get(slug);
    }

    @Override
    String name(PersonView p) {
        return p.name();
    }

    @Override
    String slug(PersonView p) {
        return p.slug();
    }

    @Override
    List<NamedRecords.Similar> similar(String name, int limit) {
        return people.similar(name, limit);
    }

    /** A name typed instead of a slug: the one other person it names exactly. */
    @Override
    String target(String typed, String slug) {
        return people.exists(typed) ? typed : people.similar(typed, 2).stream()
                .filter(s -> s.distance() == 0 && !s.slug().equals(slug)).map(NamedRecords.Similar::slug).findFirst()
                .orElse(typed);
    }

    @Override
    PersonView mergeInto(String slug, MergeRequest into) {
        return people.merge(slug, into);
    }

    @Override
    void remove(String slug) {
        people.delete(slug);
    }

    @Override
    String refusalBeforeDelete(PersonView p) {
        return p.career() == null || p.career().isEmpty() ? null
                : p.name() + " is named by " + p.career().size() + " event(s) here, so deleting would leave them"
                        + " without a person. Merge this person into another, or delete those events first.";
    }
}
