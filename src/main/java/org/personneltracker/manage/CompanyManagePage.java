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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.FormErrors;
import org.personneltracker.common.MergeRequest;
import org.personneltracker.common.NamedRecords;
import org.personneltracker.common.Roles;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Text;
import org.personneltracker.common.Violation;
import org.personneltracker.company.CompanyRequest;
import org.personneltracker.company.CompanyService;
import org.personneltracker.company.CompanyView;

/** /companies/{slug}/edit, /merge and /delete: correcting a company (editors; deleting: admins). */
@Path("/companies/{slug}")
@Produces(MediaType.TEXT_HTML)
public class CompanyManagePage extends RecordPages<CompanyView> {

    static final Map<String, String> LABELS = Map.of("name", "Name", "aliasLines", "Alias", "website",
            "Website", "description", "Description", "foundedYear", "Founded (year)", "headquarters", "Headquarters",
            "parent", "Parent company", "version", "Version", "into", "Merge into");

    private static final List<String> FIELDS = List.of("name", "aliasLines", "website", "description", "foundedYear",
            "headquarters", "parent");

    CompanyManagePage() {
        super(new Kind("company", "companies", LABELS, "Merge it into another company (everything moves along), or"
                + " delete or change those records first.", "/companies"));
    }

    @Inject
    CompanyService companies;

    @GET
    @Path("edit")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance edit(@PathParam("slug") String slug) {
        CompanyView c = companies.get(slug);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("storedName", c.name());
        f.put("name", c.name());
        f.put("aliasLines", String.join("\n", c.aliases()));
        f.put("website", Text.orEmpty(c.website()));
        f.put("description", Text.orEmpty(c.description()));
        f.put("foundedYear", c.foundedYear() == null ? "" : c.foundedYear().toString());
        f.put("headquarters", Text.orEmpty(c.headquarters()));
        f.put("parent", c.parent() == null ? "" : c.parent().name());
        return ManagePages.Templates.companyForm(slug, new ManagePages.Values(f), c.version(), FormErrors.none(), null,
                names());
    }

    @POST
    @Path("edit")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        String stored = companies.find(slug).name;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("storedName", stored);
        for (String k : FIELDS) {
            f.put(k, Text.orEmpty(form.getFirst(k)));
        }
        Integer version = PersonManagePage.version(form.getFirst("version"));
        int shownVersion = version == null ? 0 : version;
        // in the form's order: the fields the service checks first, then the year and the parent
        List<Violation> problems = new ArrayList<>();
        Integer founded = null;
        if (!f.get("foundedYear").isBlank()) {
            try {
                founded = Integer.valueOf(f.get("foundedYear").trim());
            } catch (NumberFormatException e) {
                problems.add(new Violation("foundedYear", "a year such as 2021"));
            }
        }
        SlugOrName parent = null;
        String typedParent = f.get("parent").trim();
        if (!typedParent.isEmpty()) {
            String parentSlug = companies.slugFor(typedParent).orElse(null);
            if (parentSlug == null) {
                problems.add(new Violation("parent", "no company is called '" + typedParent
                        + "': add it first (or pick one from the list), or leave this empty"));
            } else {
                parent = SlugOrName.ofSlug(parentSlug);
            }
        }
        CompanyRequest body = new CompanyRequest(null, f.get("name"), ManagePages.lines(f.get("aliasLines")),
                f.get("website"), f.get("description"), founded, f.get("headquarters"), parent, version);
        problems.addAll(0, companies.problems(body));
        if (!problems.isEmpty()) {
            return refused(slug, f, shownVersion, problems, null);
        }
        return ManagePages.attempt(() -> {
            CompanyView saved = companies.update(slug, body);
            return ManagePages.seeOther("/companies/" + saved.slug() + "?saved=1");
        }, (violations, conflict) -> refused(slug, f, shownVersion, violations, conflict));
    }

    private Response refused(String slug, Map<String, String> f, int version, List<Violation> violations,
            String conflict) {
        return Response.status(conflict != null ? 409 : 400).entity(ManagePages.Templates.companyForm(slug,
                new ManagePages.Values(f), version, FormErrors.of(ManagePages.lineFields(violations), LABELS), conflict, names())).build();
    }

    private List<String> names() {
        return companies.list(null, 500, null).items().stream().map(CompanyView::name).toList();
    }

    // ---------------------------------------------------------------- merge and delete (RecordPages)

    @Override
    CompanyView get(String slug) {
        return companies.get(slug);
    }

    @Override
    String name(CompanyView c) {
        return c.name();
    }

    @Override
    String slug(CompanyView c) {
        return c.slug();
    }

    @Override
    List<NamedRecords.Similar> similar(String name, int limit) {
        return companies.similar(name, limit);
    }

    @Override
    String target(String typed, String slug) {
        return companies.slugFor(typed).orElse(typed);
    }

    @Override
    CompanyView mergeInto(String slug, MergeRequest into) {
        return companies.merge(slug, into);
    }

    @Override
    void remove(String slug) {
        companies.delete(slug);
    }

    @Override
    String refusalBeforeDelete(CompanyView c) {
        return null;
    }
}
