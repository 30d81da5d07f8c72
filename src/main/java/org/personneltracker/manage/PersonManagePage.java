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
import org.personneltracker.common.ApiException;
import org.personneltracker.common.FormErrors;
import org.personneltracker.common.Links;
import org.personneltracker.common.MergeRequest;
import org.personneltracker.common.Roles;
import org.personneltracker.common.Text;
import org.personneltracker.common.Violation;
import org.personneltracker.person.PersonRequest;
import org.personneltracker.person.PersonService;
import org.personneltracker.person.PersonView;

/** /people/{slug}/edit, /merge and /delete: correcting a person (editors; deleting: admins). */
@Path("/people/{slug}")
@Produces(MediaType.TEXT_HTML)
public class PersonManagePage {

    static final Map<String, String> LABELS = Map.of("name", "Name", "aliasLines", "Alias", "linkLines", "Link",
            "bio", "Bio", "version", "Version", "into", "Merge into");

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

    // ---------------------------------------------------------------- merge

    @GET
    @Path("merge")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance mergeForm(@PathParam("slug") String slug) {
        PersonView p = people.get(slug);
        return ManagePages.Templates.merge(merge(p, "", FormErrors.none()));
    }

    @POST
    @Path("merge")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        PersonView p = people.get(slug);
        String into = Text.orEmpty(form.getFirst("into")).trim();
        // a name typed instead of a slug: the one person it names
        String target = people.exists(into) ? into : people.similar(into, 2).stream()
                .filter(s -> s.distance() == 0 && !s.slug().equals(slug)).map(s -> s.slug()).findFirst().orElse(into);
        try {
            PersonView kept = people.merge(slug, new MergeRequest(target));
            return ManagePages.seeOther("/people/" + kept.slug() + "?merged=" + Links.enc(p.name()));
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(ManagePages.Templates.merge(merge(p, into,
                    FormErrors.of(e.violations(), LABELS)))).build();
        }
    }

    private ManagePages.Merge merge(PersonView p, String into, FormErrors errors) {
        var close = people.similar(p.name(), 8).stream().filter(s -> !s.slug().equals(p.slug())).toList();
        return new ManagePages.Merge("person", "people", p.slug(), p.name(), into, close, errors, "/people/");
    }

    // ---------------------------------------------------------------- delete

    @GET
    @Path("delete")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance confirmDelete(@PathParam("slug") String slug) {
        PersonView p = people.get(slug);
        String refusal = p.career() == null || p.career().isEmpty() ? null
                : p.name() + " is named by " + p.career().size() + " event(s) here, so deleting would leave them"
                        + " without a person. Merge this person into another, or delete those events first.";
        return ManagePages.Templates.confirm(new ManagePages.Confirm("person", p.name(), "/people/" + slug + "/delete",
                "/people/" + slug, refusal));
    }

    @POST
    @Path("delete")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("slug") String slug) {
        PersonView p = people.get(slug);
        try {
            people.delete(slug);
        } catch (ApiException e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(ManagePages.Templates.confirm(new ManagePages.Confirm("person",
                    p.name(), "/people/" + slug + "/delete", "/people/" + slug, "Not deleted: " + e.getMessage()
                            + ". Merge this person into another, or delete those events first."))).build();
        }
        return ManagePages.seeOther("/?deleted=" + Links.enc(p.name()));
    }
}
