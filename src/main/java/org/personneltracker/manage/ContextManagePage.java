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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Display;
import org.personneltracker.common.FormErrors;
import org.personneltracker.common.Ids;
import org.personneltracker.common.Links;
import org.personneltracker.common.Roles;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Text;
import org.personneltracker.common.Violation;
import org.personneltracker.common.Violations;
import org.personneltracker.company.CompanyService;
import org.personneltracker.company.CompanyView;
import org.personneltracker.context.ContextRequest;
import org.personneltracker.context.ContextService;
import org.personneltracker.context.ContextType;
import org.personneltracker.context.ContextView;
import org.personneltracker.context.FundingStatus;
import org.personneltracker.source.CitationView;
import org.personneltracker.source.SourceInput;
import org.personneltracker.source.SourceTier;
import org.personneltracker.source.Stance;

/**
 * /context-events/new (add a launch, funding round, headcount... by hand), /context-events/{id}/edit and
 * /context-events/{id}/delete. Editors; deleting: admins.
 */
@Path("/context-events")
@Produces(MediaType.TEXT_HTML)
public class ContextManagePage {

    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("company", "Company"),
            Map.entry("type", "Kind"), Map.entry("title", "Title"), Map.entry("date", "Date"),
            Map.entry("description", "Description"), Map.entry("amount", "Amount"),
            Map.entry("currency", "Currency"), Map.entry("valuation", "Valuation"), Map.entry("round", "Round"),
            Map.entry("status", "Status"), Map.entry("version", "Version"), Map.entry("key", "Key"));

    private static final List<String> FIELDS = List.of("company", "type", "title", "date", "dateApproximate",
            "description", "amount", "currency", "valuation", "round", "status");

    @Inject
    ContextService contexts;

    @Inject
    CompanyService companies;

    @GET
    @Path("new")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance newForm(@QueryParam("company") String company, @QueryParam("type") String type) {
        Map<String, String> f = new LinkedHashMap<>();
        FIELDS.forEach(k -> f.put(k, ""));
        if (company != null && companies.slugFor(company).isPresent()) {
            f.put("company", companies.get(companies.slugFor(company).get()).name());
        }
        f.put("type", type != null && isType(type) ? type : "PRODUCT_LAUNCH");
        return form(null, f, List.of(blankRow(0)), FormErrors.none(), null);
    }

    @POST
    @Path("new")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        return submit(null, form);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance edit(@PathParam("id") String id) {
        ContextView c = contexts.get(Ids.parse(id, "context event"));
        Map<String, String> f = new LinkedHashMap<>();
        f.put("company", c.company().name());
        f.put("type", c.type().name());
        f.put("title", c.title());
        f.put("date", c.date());
        f.put("dateApproximate", c.dateApproximate() ? "true" : "");
        f.put("description", Text.orEmpty(c.description()));
        f.put("amount", c.amount() == null ? "" : c.amount().toString());
        f.put("currency", Text.orEmpty(c.currency()));
        f.put("valuation", c.valuation() == null ? "" : c.valuation().toString());
        f.put("round", Text.orEmpty(c.round()));
        f.put("status", c.status() == null ? "" : c.status().name());
        f.put("version", Integer.toString(c.version()));
        List<ManagePages.SourceRow> rows = new ArrayList<>();
        for (CitationView s : c.sources()) {
            rows.add(new ManagePages.SourceRow(rows.size(), Text.orEmpty(s.url()), Text.orEmpty(s.title()),
                    Text.orEmpty(s.publisher()), s.tier() == null ? "" : s.tier().name(),
                    Text.orEmpty(s.publishedDate()), Text.orEmpty(s.quote())));
        }
        rows.add(blankRow(rows.size()));
        return form(c.id(), f, rows, FormErrors.none(), null);
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        long contextId = Ids.parse(id, "context event");
        contexts.get(contextId);
        return submit(contextId, form);
    }

    private Response submit(Long id, MultivaluedMap<String, String> form) {
        Map<String, String> f = new LinkedHashMap<>();
        FIELDS.forEach(k -> f.put(k, Text.orEmpty(form.getFirst(k)).trim()));
        f.put("version", Text.orEmpty(form.getFirst("version")));
        List<ManagePages.SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < 50 && form.containsKey("sources[" + i + "].url"); i++) {
            String p = "sources[" + i + "].";
            rows.add(new ManagePages.SourceRow(i, Text.orEmpty(form.getFirst(p + "url")).trim(),
                    Text.orEmpty(form.getFirst(p + "title")).trim(), Text.orEmpty(form.getFirst(p + "publisher")).trim(),
                    Text.orEmpty(form.getFirst(p + "tier")).trim(), Text.orEmpty(form.getFirst(p + "publishedDate")).trim(),
                    Text.orEmpty(form.getFirst(p + "quote")).trim()));
        }
        if (rows.isEmpty()) {
            rows.add(blankRow(0));
        }
        if ("add-source".equals(form.getFirst("action"))) {
            rows.add(blankRow(rows.size()));
            return Response.ok(form(id, f, rows, FormErrors.none(), null)).build();
        }
        // everything a form can get wrong, in one pass, before the service sees it
        Violations v = new Violations();
        String companySlug = null;
        if (f.get("company").isEmpty()) {
            v.add("company", "name the company");
        } else {
            companySlug = companies.slugFor(f.get("company")).orElse(null);
            if (companySlug == null) {
                v.add("company", "no company is called '" + f.get("company") + "': pick one from the list (add a new"
                        + " company by logging an event at it, or ask an editor)");
            }
        }
        ContextType type = f.get("type").isEmpty() ? null : v.enumValue("type", f.get("type"), ContextType.class);
        if (type == null && f.get("type").isEmpty()) {
            v.add("type", "choose what happened");
        }
        if (f.get("title").isEmpty()) {
            v.add("title", "give a title, such as “Claude Opus 4.6 released”");
        }
        if (f.get("date").isEmpty()) {
            v.add("date", "give a date: YYYY, YYYY-MM or YYYY-MM-DD");
        } else {
            v.date("date", f.get("date"));
        }
        Long amount = number(v, "amount", f.get("amount"));
        Long valuation = number(v, "valuation", f.get("valuation"));
        FundingStatus status = v.enumValue("status", f.get("status"), FundingStatus.class);
        List<SourceInput> sources = new ArrayList<>();
        List<Integer> sourceRows = new ArrayList<>();
        for (ManagePages.SourceRow r : rows) {
            if (r.url().isEmpty() && r.title().isEmpty() && r.publisher().isEmpty() && r.quote().isEmpty()) {
                continue;
            }
            String p = "sources[" + r.index() + "].";
            if (r.url().isEmpty() && (r.title().isEmpty() || r.publisher().isEmpty())) {
                v.add(p + "url", "give the address, or the title and publisher of a source that has none");
            }
            if (!r.publishedDate().isEmpty()) {
                v.date(p + "publishedDate", r.publishedDate());
            }
            SourceTier tier = v.enumValue(p + "tier", r.tier(), SourceTier.class);
            sources.add(new SourceInput(Text.blankToNull(r.url()), Text.blankToNull(r.title()),
                    Text.blankToNull(r.publisher()), null, tier, Text.blankToNull(r.publishedDate()), null,
                    Text.blankToNull(r.quote()), Stance.SUPPORTS, null, null, null));
            sourceRows.add(r.index());
        }
        Integer version = PersonManagePage.version(f.get("version"));
        if (id != null && version == null) {
            v.add("version", "the form has no version: reload it");
        }
        if (!v.isEmpty()) {
            return refused(id, f, rows, v.list(), null);
        }
        ContextRequest body = new ContextRequest(null, SlugOrName.ofSlug(companySlug), type, f.get("title"),
                f.get("date"), "true".equals(f.get("dateApproximate")), Text.blankToNull(f.get("description")), amount,
                Text.blankToNull(f.get("currency").toUpperCase()), valuation, Text.blankToNull(f.get("round")), status,
                sources, version);
        String company = companySlug;
        return ManagePages.attempt(() -> {
            ContextView saved = id == null ? contexts.create(body) : contexts.update(id, body);
            return ManagePages.seeOther("/companies/" + company + "?saved=" + Links.enc(saved.title()) + "#context-"
                    + saved.id());
        }, (violations, conflict) -> refused(id, f, rows, rowsOf(violations, sourceRows), conflict));
    }

    /** The service names sources by their index in the body; the form by their row. */
    private static List<Violation> rowsOf(List<Violation> violations, List<Integer> sourceRows) {
        List<Violation> out = new ArrayList<>();
        for (Violation v : violations) {
            String field = v.field();
            if (field.startsWith("sources[")) {
                int end = field.indexOf(']');
                try {
                    int i = Integer.parseInt(field.substring(8, end));
                    if (i < sourceRows.size()) {
                        field = "sources[" + sourceRows.get(i) + "]" + field.substring(end + 1);
                    }
                } catch (RuntimeException e) {
                    // keep the field as the service named it
                }
                if (field.endsWith("]")) {
                    field = field + ".url";
                }
            }
            out.add(new Violation(field, v.message()));
        }
        return out;
    }

    private static Long number(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.replace(",", "").replace("_", "").replace(" ", "");
        try {
            long n = Long.parseLong(digits);
            if (n < 0) {
                v.add(field, "must be zero or more");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            v.add(field, "a whole number, such as 13000000000");
            return null;
        }
    }

    private Response refused(Long id, Map<String, String> f, List<ManagePages.SourceRow> rows,
            List<Violation> violations, String conflict) {
        return Response.status(conflict != null ? 409 : 400)
                .entity(form(id, f, rows, FormErrors.of(violations, LABELS), conflict)).build();
    }

    private TemplateInstance form(Long id, Map<String, String> f, List<ManagePages.SourceRow> rows, FormErrors errors,
            String conflict) {
        return ManagePages.Templates.contextForm(id, new ManagePages.Values(f), rows, errors, conflict,
                choices(ContextType.values()), choices(FundingStatus.values()), choices(SourceTier.values()),
                companies.list(null, 500, null).items().stream().map(CompanyView::name).toList());
    }

    private static ManagePages.SourceRow blankRow(int index) {
        return new ManagePages.SourceRow(index, "", "", "", "", "", "");
    }

    private static boolean isType(String t) {
        for (ContextType c : ContextType.values()) {
            if (c.name().equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static List<ManagePages.Choice> choices(Enum<?>[] values) {
        List<ManagePages.Choice> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(new ManagePages.Choice(e.name(), Display.enumLabel(e.name())));
        }
        return out;
    }

    // ---------------------------------------------------------------- delete

    @GET
    @Path("{id}/delete")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance confirmDelete(@PathParam("id") String id) {
        ContextView c = contexts.get(Ids.parse(id, "context event"));
        return ManagePages.Templates.confirm(new ManagePages.Confirm("context event", c.title(),
                "/context-events/" + c.id() + "/delete", "/companies/" + c.company().slug(), null));
    }

    @POST
    @Path("{id}/delete")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id) {
        ContextView c = contexts.get(Ids.parse(id, "context event"));
        try {
            contexts.delete(c.id());
        } catch (ApiException e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(ManagePages.Templates.confirm(new ManagePages.Confirm("context event",
                    c.title(), "/context-events/" + c.id() + "/delete", "/companies/" + c.company().slug(),
                    "Not deleted: " + e.getMessage()))).build();
        }
        return ManagePages.seeOther("/companies/" + c.company().slug() + "?deleted=" + Links.enc(c.title()));
    }
}
