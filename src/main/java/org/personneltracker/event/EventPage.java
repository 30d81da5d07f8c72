package org.personneltracker.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.RestQuery;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Display;
import org.personneltracker.common.FormErrors;
import org.personneltracker.common.NamedRecords;
import org.personneltracker.common.Ids;
import org.personneltracker.common.Keyset;
import org.personneltracker.common.Links;
import org.personneltracker.common.PageErrors;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.ProblemMappers;
import org.personneltracker.common.Roles;
import org.personneltracker.common.Text;
import org.personneltracker.common.Violation;
import org.personneltracker.company.CompanyService;
import org.personneltracker.company.CompanyView;
import org.personneltracker.context.ContextService;
import org.personneltracker.context.ContextSuggestions;
import org.personneltracker.context.ContextView;
import org.personneltracker.history.HistoryEntry;
import org.personneltracker.history.HistoryLines;
import org.personneltracker.history.HistorySection;
import org.personneltracker.person.PersonService;
import org.personneltracker.person.PersonView;
import org.personneltracker.source.SourceTier;

/**
 * The event pages: the explorer (/events), one event (/events/{id}) and the logging form (/events/new,
 * /events/{id}/edit). The form builds an {@link EventRequest} and goes through {@link EventService}, the one write
 * path, so the API's validation, reference resolution and source de-duplication apply unchanged.
 */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventPage {

    /** A filter choice with the number of matches it would give. */
    public record Option(String value, String label, long count, boolean checked) {
    }

    public record Facet(String name, String legend, List<Option> options, boolean scroll) {
    }

    /** An active filter, shown as a chip above the results, with the same view without it. */
    public record Chip(String label, String removeLink) {
    }

    /**
     * The explorer: {@code range} ("26-50 of 91"), {@code previousLink} and {@code nextLink} page through; {@code table}
     * shows the events as a table; {@code hidden} carries filters the form has no input for (direction).
     */
    public record Explorer(EventList list, List<Facet> facets, List<Option> levels, String q, String person, String team,
            String title, String from, String to, String destination, String origin, List<Violation> errors,
            List<Chip> chips, String nextLink, String previousLink, String range, String jsonLink, String csvLink,
            String feedLink, boolean filtered, boolean table, String cardsLink, String tableLink,
            Map<String, String> hidden) {

        /** No level chosen. */
        public boolean anyLevel() {
            return levels.stream().noneMatch(Option::checked);
        }
    }

    /** A correction of the event as its page shows it: when, by whom, why, and the fields before and after. */
    public record Correction(HistoryEntry entry, List<HistoryLines.Line> lines) {
    }

    /** A choice of a select in the form. */
    public record Choice(String value, String label) {
    }

    /**
     * A person or company the form would create (no stored record has that name, alias or slug): shown with the close
     * names already recorded, and created only once the user ticks "create".
     */
    public record NewName(String field, String label, String kind, String typed, List<NamedRecords.Similar> close) {
        /** The value of this name's "create it" box. */
        public String confirmation() {
            return field + ":" + typed;
        }
    }

    /** The labels of the form's inputs, as problems name them. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("type", "Event type"),
            Map.entry("date", "Date"), Map.entry("announcedDate", "Announced"), Map.entry("person", "Person"),
            Map.entry("company", "Company"), Map.entry("role", "Category"), Map.entry("role.title", "Title"),
            Map.entry("role.team", "Team"), Map.entry("role.category", "Category"),
            Map.entry("role.seniority", "Seniority"), Map.entry("previousRole", "Previous role"),
            Map.entry("previousRole.title", "Previous title"), Map.entry("previousRole.team", "Previous team"),
            Map.entry("previousRole.category", "Previous category"),
            Map.entry("previousRole.seniority", "Previous seniority"), Map.entry("destination", "Went to"),
            Map.entry("origin", "Came from"), Map.entry("circumstance", "Circumstance"),
            Map.entry("confidence", "Confidence"), Map.entry("summary", "Summary"),
            Map.entry("reason", "Stated reason"), Map.entry("sources", "Sources"),
            Map.entry("context", "What else happened"), Map.entry("version", "Version"), Map.entry("key", "Key"),
            Map.entry("body", "The form"));

    /** Everything the form template shows besides the typed values. */
    public record FormPage(EventForm form, Long id, FormErrors errors, String conflict, String duplicate,
            List<NewName> newNames,
            List<ContextSuggestions.Suggestion> contextOptions, String contextNote, List<String> people,
            List<String> companies,
            List<Choice> types, List<Choice> categories, List<Choice> seniorities, List<Choice> circumstances,
            List<Choice> confidences, List<Choice> tiers) {
    }

    /**
     * What sharing an event needs: the title and summary of its Open Graph tags, its address (absolute when
     * {@code tracker.public-url} is set; the page's script completes a relative one) and a citation.
     */
    public record Share(String title, String description, String url, String citation, String retractedOn) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance explorer(Explorer x);

        static native TemplateInstance detail(EventView e, List<ContextView> context, List<RawString> sections,
                boolean saved, List<Correction> corrections, HistorySection history, Share share);

        static native TemplateInstance form(FormPage page);

        static native TemplateInstance contextOptions(FormPage page);
    }

    @Inject
    EventService events;

    @Inject
    jakarta.enterprise.event.Event<LoggedFromArticle> loggedFromArticle;

    @Inject
    CompanyService companies;

    @Inject
    PersonService people;

    @Inject
    ContextService contexts;

    @Inject
    ContextSuggestions suggestions;

    @Inject
    org.personneltracker.common.TrackerConfig config;

    /** Sections that features above this one add to an event's page (none when they are not deployed). */
    @Inject
    Instance<EventPageSection> sections;

    static final int PAGE = 25;

    // ---------------------------------------------------------------- explorer

    @GET
    public Object explorer(@Context UriInfo uri) {
        MultivaluedMap<String, String> given = uri.getQueryParameters();
        MultivaluedMap<String, String> params = Links.nonEmpty(given);
        if (given.values().stream().anyMatch(vs -> vs.stream().anyMatch(v -> v == null || v.isBlank()))) {
            // a submitted form sends its empty fields: answer with the address without them, the one to share
            Map<String, String> clean = new LinkedHashMap<>();
            params.forEach((k, vs) -> clean.put(k, String.join(",", vs)));
            return Response.seeOther(URI.create(Links.with("/events", clean))).build();
        }
        boolean table = "table".equals(params.getFirst("view"));
        params.remove("view");
        params.remove("facets");
        params.remove("limit");
        List<Violation> errors = List.of();
        EventFilter f;
        try {
            f = EventFilter.parse(params, false);
        } catch (ApiException e) {
            errors = e.violations();
            f = EventFilter.none();
        }
        f = f.forPage(true, PAGE);
        EventList list;
        Keyset.Position position;
        try {
            list = events.list(f);
            position = events.position(f);
        } catch (ApiException e) {
            // an unknown slug or a cursor from elsewhere: show the message and everything
            errors = e.violations();
            f = EventFilter.none().forPage(true, PAGE);
            list = events.list(f);
            position = events.position(f);
        }
        Map<String, String> shared = f.asParams();
        Map<String, String> viewed = new LinkedHashMap<>(shared);
        if (table) {
            viewed.put("view", "table");
        }
        String next = null;
        if (list.next() != null) {
            Map<String, String> p = new LinkedHashMap<>(viewed);
            p.put("cursor", list.next());
            next = Links.with("/events", p);
        }
        String previous = null;
        if (position.previous() != null) {
            Map<String, String> p = new LinkedHashMap<>(viewed);
            if (!position.previous().isEmpty()) {
                p.put("cursor", position.previous());
            }
            previous = Links.with("/events", p);
        }
        String range = list.items().isEmpty() ? "" : (position.offset() + 1) + "–" + (position.offset() + list.items().size())
                + " of " + list.total();
        Map<String, String> json = new LinkedHashMap<>(shared);
        if (f.cursor() != null) {
            json.put("cursor", f.cursor());
        }
        json.put("limit", Integer.toString(PAGE));
        Map<String, String> csv = new LinkedHashMap<>(shared);
        csv.put("format", "csv");
        Map<String, String> asTable = new LinkedHashMap<>(shared);
        asTable.put("view", "table");
        Map<String, String> hidden = new LinkedHashMap<>();
        if (!f.direction().isEmpty()) {
            hidden.put("direction", shared.get("direction"));
        }
        if (table) {
            hidden.put("view", "table");
        }
        List<Facet> facets = facets(f, list.facets());
        return Templates.explorer(new Explorer(list, facets, levels(f, list.facets().get("seniority")),
                Text.orEmpty(f.q()), String.join(",", f.person()), Text.orEmpty(f.team()), Text.orEmpty(f.title()),
                f.from() == null ? "" : f.from().toString(), f.to() == null ? "" : f.to().toString(),
                String.join(",", f.destination()), String.join(",", f.origin()), errors, chips(f, viewed), next,
                previous, range, Links.with("/api/events", json), Links.with("/api/events", csv),
                Links.with("/feeds/events.atom", shared), !shared.isEmpty(), table, Links.with("/events", shared),
                Links.with("/events", asTable), hidden));
    }

    /** "Any level", "Head and above", "VP and above", "C-level": seniorityAtLeast, counted from the seniority facet. */
    private static List<Option> levels(EventFilter f, Map<String, Long> bySeniority) {
        List<Option> out = new ArrayList<>();
        for (Seniority s : List.of(Seniority.HEAD, Seniority.VP, Seniority.C_LEVEL)) {
            long n = s.andAbove().stream().mapToLong(x -> bySeniority.getOrDefault(x.name(), 0L)).sum();
            String label = s == Seniority.C_LEVEL ? "C-level only" : Display.enumLabel(s.name()) + " and above";
            out.add(new Option(s.name(), label, f.seniority().isEmpty() ? n : -1, s == f.seniorityAtLeast()));
        }
        return out;
    }

    private List<Facet> facets(EventFilter f, Map<String, Map<String, Long>> counts) {
        List<Facet> out = new ArrayList<>();
        out.add(new Facet("type", "Event type", enumOptions(EventType.values(), counts.get("type"), f.type()), false));
        out.add(new Facet("category", "Role category",
                enumOptions(RoleCategory.values(), counts.get("category"), f.category()), false));
        out.add(new Facet("seniority", "Seniority",
                enumOptions(Seniority.values(), counts.get("seniority"), f.seniority()), false));
        Map<String, Long> byCompany = counts.get("company");
        List<Option> companyOptions = new ArrayList<>();
        for (CompanyView c : companies.list(null, 500, null).items()) {
            long n = byCompany.getOrDefault(c.slug(), 0L);
            boolean checked = f.company().contains(c.slug());
            if (n > 0 || checked) {
                companyOptions.add(new Option(c.slug(), c.name(), n, checked));
            }
        }
        companyOptions.sort(Comparator.comparingLong(Option::count).reversed().thenComparing(Option::label));
        out.add(new Facet("company", "Company", companyOptions, companyOptions.size() > 8));
        List<Option> conf = new ArrayList<>();
        for (Confidence c : Confidence.values()) {
            conf.add(new Option(c.name(), Display.enumLabel(c.name()), -1, f.confidence().contains(c)));
        }
        out.add(new Facet("confidence", "Confidence", conf, false));
        return out;
    }

    private static <E extends Enum<E>> List<Option> enumOptions(E[] values, Map<String, Long> counts, List<E> checked) {
        List<Option> out = new ArrayList<>();
        for (E e : values) {
            out.add(new Option(e.name(), Display.enumLabel(e.name()), counts.getOrDefault(e.name(), 0L),
                    checked.contains(e)));
        }
        return out;
    }

    /** Names of the explorer's parameters as its form labels them. */
    private static final Map<String, String> FILTER_LABELS = Map.ofEntries(Map.entry("company", "Company"),
            Map.entry("person", "Person"), Map.entry("type", "Event type"), Map.entry("category", "Role category"),
            Map.entry("seniority", "Seniority"), Map.entry("seniorityAtLeast", "Level"), Map.entry("team", "Team contains"),
            Map.entry("title", "Title contains"), Map.entry("from", "From"), Map.entry("to", "To"),
            Map.entry("destination", "Went to"), Map.entry("origin", "Came from"), Map.entry("confidence", "Confidence"),
            Map.entry("q", "Words"), Map.entry("disputed", "Disputed"), Map.entry("direction", "Seen from the company"));

    /** One chip per active value, in words, each linking to the same view without it. */
    private List<Chip> chips(EventFilter f, Map<String, String> viewed) {
        List<Chip> out = new ArrayList<>();
        Map<String, String> companyNames = new java.util.HashMap<>();
        for (CompanyView c : companies.list(null, 500, null).items()) {
            companyNames.put(c.slug(), c.name());
        }
        f.asParams().forEach((k, joined) -> {
            List<String> values = List.of(joined.split(","));
            boolean listed = Set.of("company", "person", "type", "category", "seniority", "destination", "origin",
                    "confidence", "direction").contains(k);
            for (String v : listed ? values : List.of(joined)) {
                Map<String, String> without = new LinkedHashMap<>(viewed);
                List<String> rest = new ArrayList<>(values);
                rest.remove(v);
                if (!listed || rest.isEmpty()) {
                    without.remove(k);
                } else {
                    without.put(k, String.join(",", rest));
                }
                String shown = switch (k) {
                    case "company", "destination", "origin" -> companyNames.getOrDefault(v, v);
                    case "type", "category", "seniority", "confidence" -> Display.enumLabel(v);
                    case "seniorityAtLeast" -> Display.enumLabel(v) + " and above";
                    case "direction" -> "OUT".equals(v) ? "leaving" : "arriving";
                    case "disputed" -> "true".equals(v) ? "yes" : "no";
                    default -> v;
                };
                out.add(new Chip(FILTER_LABELS.getOrDefault(k, k) + ": " + shown, Links.with("/events", without)));
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- one event

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @RestQuery String saved) {
        EventView e = events.get(Ids.parse(id, "event"));
        List<String> keys = e.context().stream().map(EventView.ContextLink::key).toList();
        List<RawString> extra = sections.stream().map(s -> s.render(e)).toList();
        List<HistoryEntry> history = events.history(e.id());
        return Templates.detail(e, contexts.byKeys(keys), extra, saved != null, corrections(history),
                HistorySection.of(history, "/api/events/" + e.id() + "/history"), share(e));
    }

    private Share share(EventView e) {
        String base = config.publicUrl().map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("");
        String url = base + "/events/" + e.id();
        String title = e.person().name() + ": " + Display.label(e.type()).toLowerCase() + " at " + e.company().name();
        String when = Display.dateLabel(e.date());
        StringBuilder description = new StringBuilder();
        if (e.role() != null && e.role().title() != null) {
            description.append(e.role().title()).append(". ");
        }
        description.append(when).append(". ");
        if (e.summary() != null) {
            description.append(e.summary());
        }
        String citation = e.person().name() + ", " + Display.label(e.type()).toLowerCase() + " at " + e.company().name()
                + " (" + when + "). Personnel Tracker, event " + e.id() + ". " + url + " (accessed "
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ").";
        String retractedOn = e.retracted() == null ? null
                : Display.dateLabel(e.retracted().at().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
        return new Share(title, description.toString().trim(), url, citation, retractedOn);
    }

    /**
     * The revisions after the first that changed the event's date, person, company, type or role, newest first:
     * what "corrected on ..." shows with the values before.
     */
    static List<Correction> corrections(List<HistoryEntry> history) {
        List<Correction> out = new ArrayList<>();
        for (int i = 1; i < history.size(); i++) {
            HistoryEntry h = history.get(i);
            List<HistoryLines.Line> lines = HistoryLines.of(h, EventService::isCorrectable);
            if (h.action() == HistoryEntry.Action.UPDATE && !lines.isEmpty()) {
                out.add(0, new Correction(h, lines));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the logging form

    @GET
    @Path("new")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance newForm(@RestQuery String company) {
        String c = company != null && companies.slugFor(company).isPresent() ? company : "";
        return Templates.form(page(EventForm.blank(c), null, FormErrors.none(), null, null));
    }

    @POST
    @Path("new")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        return submit(null, body);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance editForm(@PathParam("id") String id) {
        long eventId = Ids.parse(id, "event");
        return Templates.form(page(EventForm.of(events.get(eventId)), eventId, FormErrors.none(), null, null));
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        return submit(Ids.parse(id, "event"), body);
    }

    /** The context events offered for a company and date: the fragment the form's script swaps in. */
    @GET
    @Path("context-options")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance contextOptions(@Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        EventForm form = EventForm.blank(Text.orEmpty(q.getFirst("company")));
        form = new EventForm(form.type(), Text.orEmpty(q.getFirst("date")), false, "", "", form.company(), "", "", "", "", false,
                "", "", "", "", "", "", "", "", "", "", form.sources(),
                new LinkedHashSet<>(q.getOrDefault("context", List.of())), "", "");
        return Templates.contextOptions(page(form, null, FormErrors.none(), null, null));
    }

    private Response submit(Long id, MultivaluedMap<String, String> body) {
        // "did you mean": a close name picked instead of a new one replaces what was typed
        String use = body.getFirst("use");
        if (use != null && use.contains("=")) {
            String[] pick = use.split("=", 2);
            if (GUARDED.contains(pick[0]) && (pick[0].equals("person") ? people.exists(pick[1])
                    : companies.slugFor(pick[1]).filter(pick[1]::equals).isPresent())) {
                body.putSingle(pick[0], pick[1]);
            }
        }
        EventForm form = EventForm.parse(body);
        String action = Text.orEmpty(body.getFirst("action"));
        if (action.equals("add-source")) {
            return Response.ok(Templates.form(page(form.withAnotherSource(), id, FormErrors.none(), null, null))).build();
        }
        if (action.equals("find-context") || action.equals("review")) {
            // "review": a draft from the ingest page, shown filled in; nothing is stored until the user saves
            return Response.ok(Templates.form(page(form, id, FormErrors.none(), null, null))).build();
        }
        EventForm.Submission submission = form.toRequest(people::exists, slug -> companies.slugFor(slug).filter(slug::equals).isPresent());
        List<NewName> newNames = newNames(body);
        // every problem at once: the form's own, then the rules of the write path on fields the form had no word on
        List<Violation> problems = new ArrayList<>(submission.violations());
        Set<String> named = new java.util.HashSet<>();
        problems.forEach(p -> named.add(formField(p.field(), submission.sourceRows())));
        for (Violation p : events.problems(submission.request())) {
            if (named.add(formField(p.field(), submission.sourceRows()))) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            return refused(form, id, problems, submission.sourceRows(), newNames);
        }
        List<NewName> unconfirmed = newNames.stream()
                .filter(n -> !body.getOrDefault("confirmNew", List.of()).contains(n.confirmation())).toList();
        if (!unconfirmed.isEmpty()) {
            return Response.ok(Templates.form(page(form, id, FormErrors.none(), null, null, newNames))).build();
        }
        if (id != null && submission.request().version() == null) {
            return refused(form, id, List.of(new Violation("version", "the form has no version: reload it")),
                    submission.sourceRows(), List.of());
        }
        try {
            EventView saved = id == null ? events.create(submission.request()) : events.update(id, submission.request());
            // logged from an article's results: they mark it and the reader goes back to them for the next one
            var fromArticle = id == null ? LoggedFromArticle.parse(form.article(), saved.id()) : Optional.<LoggedFromArticle>empty();
            if (fromArticle.isPresent()) {
                loggedFromArticle.fire(fromArticle.get());
                // set as is: the fragment (scrolling to the next candidate) would be dropped from a URI
                return Response.status(Response.Status.SEE_OTHER).header("Location", fromArticle.get().resultsPath()).build();
            }
            return Response.seeOther(URI.create("/events/" + saved.id() + "?saved=1")).build();
        } catch (ApiException e) {
            if (e.status() == 409 && e.location() != null) {
                String existing = e.location().getPath().replace("/api/events/", "/events/");
                return Response.status(409).entity(Templates.form(page(form, id, FormErrors.none(), null, existing))).build();
            }
            if (e.status() == 409) {
                return conflict(form, id);
            }
            if (e.status() == 404) {
                return PageErrors.of(e);
            }
            return refused(form, id, e.violations().isEmpty() ? List.of(new Violation("body", e.getMessage()))
                    : e.violations(), submission.sourceRows(), List.of());
        } catch (ConstraintViolationException e) {
            return refused(form, id, ProblemMappers.violationsOf(e), submission.sourceRows(), List.of());
        } catch (RuntimeException e) {
            if (isStale(e)) {
                return conflict(form, id);
            }
            throw e;
        }
    }

    private static boolean isStale(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleObjectStateException) {
                return true;
            }
        }
        return false;
    }

    private Response conflict(EventForm form, Long id) {
        return Response.status(409).entity(Templates.form(page(form, id, FormErrors.none(),
                "Someone else changed this event after you opened the form, so your changes were not saved.", null)))
                .build();
    }

    /** Re-renders the form with every typed value and each violation beside its input. */
    private Response refused(EventForm form, Long id, List<Violation> violations, List<Integer> sourceRows,
            List<NewName> newNames) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<FormErrors.Shown> shown = new ArrayList<>();
        for (Violation v : violations) {
            String field = formField(v.field(), sourceRows);
            String message = FormErrors.words(v.message());
            byField.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
            shown.add(new FormErrors.Shown(field, FormErrors.label(field, LABELS), message));
        }
        return Response.status(400).entity(Templates.form(page(form, id, new FormErrors(byField, shown), null, null,
                newNames))).build();
    }

    /** The inputs that name a person or company, and so may create one. */
    static final List<String> GUARDED = List.of("person", "company", "destination", "origin");

    /** The names typed in the form that match no stored record, each with the close ones recorded. */
    private List<NewName> newNames(MultivaluedMap<String, String> body) {
        List<NewName> out = new ArrayList<>();
        for (String field : GUARDED) {
            String typed = Text.orEmpty(body.getFirst(field)).trim();
            if (typed.isEmpty()) {
                continue;
            }
            boolean person = field.equals("person");
            if (person ? people.knows(typed) : companies.knows(typed)) {
                continue;
            }
            List<NamedRecords.Similar> close = person ? people.similar(typed, 3) : companies.similar(typed, 3);
            out.add(new NewName(field, LABELS.get(field), person ? "person" : "company", typed, close));
        }
        return out;
    }

    /** The input a violation belongs to: request source indexes become form rows, name refs their input. */
    static String formField(String field, List<Integer> sourceRows) {
        String f = field;
        if (f.startsWith("sources[")) {
            int end = f.indexOf(']');
            try {
                int i = Integer.parseInt(f.substring(8, end));
                if (i < sourceRows.size()) {
                    f = "sources[" + sourceRows.get(i) + "]" + f.substring(end + 1);
                }
            } catch (RuntimeException e) {
                // keep as is
            }
            if (f.endsWith("]")) {
                f = f + ".url";
            }
            return f;
        }
        if (f.startsWith("context[")) {
            return "context";
        }
        for (String ref : List.of("person", "company", "destination", "origin")) {
            if (f.startsWith(ref + ".")) {
                return ref;
            }
        }
        if (f.equals("role")) {
            return "role.category";
        }
        if (f.equals("previousRole")) {
            return "previousRole.category";
        }
        return f;
    }

    private FormPage page(EventForm form, Long id, FormErrors errors, String conflict, String duplicate) {
        return page(form, id, errors, conflict, duplicate, List.of());
    }

    private FormPage page(EventForm form, Long id, FormErrors errors, String conflict, String duplicate,
            List<NewName> newNames) {
        List<ContextSuggestions.Suggestion> options;
        String note;
        String slug = companies.slugFor(form.company()).orElse(null);
        PartialDate date = null;
        try {
            date = PartialDate.parseNullable(form.date());
        } catch (IllegalArgumentException e) {
            // shown as the date's violation when the form is saved
        }
        options = suggestions.suggest(slug, date, form.dateApproximate(), form.context());
        if (slug == null || date == null) {
            note = "Enter a known company and a date to see what else happened at the company around then.";
        } else {
            note = options.isEmpty() ? "Nothing recorded at this company within " + ContextSuggestions.DAYS
                    + " days of " + date.label() + "." : "Recorded at this company within " + ContextSuggestions.DAYS
                    + " days of " + date.label() + ", in date order: tick what the event belongs with.";
        }
        List<String> peopleNames = new ArrayList<>();
        for (PersonView p : people.list(null, 500, null).items()) {
            peopleNames.add(p.name());
        }
        List<String> companyNames = new ArrayList<>();
        for (CompanyView c : companies.list(null, 500, null).items()) {
            companyNames.add(c.name());
        }
        return new FormPage(form, id, errors, conflict, duplicate, newNames, options, note, peopleNames, companyNames,
                choices(EventType.values()), choices(RoleCategory.values()), choices(Seniority.values()),
                choices(Circumstance.values()), choices(Confidence.values()), choices(SourceTier.values()));
    }

    private static List<Choice> choices(Enum<?>[] values) {
        List<Choice> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(new Choice(e.name(), Display.enumLabel(e.name())));
        }
        return out;
    }
}
