package org.personneltracker.ingest;

import io.quarkus.qute.CheckedTemplate;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.Text;
import org.personneltracker.common.Roles;
import org.personneltracker.common.Violation;
import org.personneltracker.context.ContextSuggestions;
import org.personneltracker.event.LoggedFromArticle;

/**
 * /ingest: paste an article (text or HTML) or upload a saved page, see what it reports with the supporting spans
 * highlighted, and open a reported event in the logging form, filled in. Nothing is stored until the user saves.
 */
@Path("/ingest")
@RolesAllowed(Roles.EDITOR)
@Produces(MediaType.TEXT_HTML)
public class IngestPage {

    /** What the user sent, kept to show it again. */
    public record Input(String text, String url, String publishedDate, String title, String publisher) {
    }

    /** A stretch of the article: plain, or highlighted with a label. */
    public record Segment(String text, String label) {
    }

    /**
     * One candidate: the draft, the form fields that open it in the logging form, and the company events near its date
     * offered for linking (those the article mentions come ticked, first), and the extractor's confidence (high, medium, low).
     */
    public record CandidateView(int number, IngestResult.EventDraft draft, List<Map.Entry<String, String>> fields,
            String person, String company, String destination, String origin,
            List<ContextSuggestions.Suggestion> suggestions, String confidence, Long loggedAs, boolean next) {
    }

    /**
     * {@code missing}: what the source still lacks (its title, its publisher) that the reader should type;
     * {@code id}: where the results are kept ({@code /ingest/{id}}); {@code justLogged}: the candidate whose event
     * was just saved, or null; {@code next}: the first candidate not logged yet, or null.
     */
    public record Result(IngestResult result, List<Segment> segments, List<CandidateView> candidates,
            List<String> missing, String id, CandidateView justLogged, CandidateView next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ingest(Input input, Result result, List<Violation> errors);
    }

    @Inject
    Analyses analyses;

    @Inject
    org.personneltracker.person.PersonService people;

    @Inject
    org.personneltracker.company.CompanyService companies;

    @Inject
    IngestService service;

    @Inject
    ContextSuggestions suggestions;

    @GET
    public TemplateInstance form() {
        return Templates.ingest(new Input("", "", "", "", ""), null, List.of());
    }

    /**
     * The results of an article read before, kept a few days: what was logged from them is marked, with the event it
     * made, and the next candidate is the one to review ({@code logged}: the candidate just saved).
     */
    @GET
    @Path("{id}")
    public TemplateInstance results(@PathParam("id") String id, @RestQuery Integer logged) {
        Analyses.Stored stored = analyses.find(id);
        Result r = view(knownNow(stored.result()), this::suggest, stored.input(), stored.id(), stored.logged(), logged);
        return Templates.ingest(stored.input(), r, List.of());
    }

    /** The results with "known" as the records are now: a person created by logging one candidate is known to the next. */
    private IngestResult knownNow(IngestResult r) {
        List<IngestResult.EventDraft> drafts = new ArrayList<>();
        for (IngestResult.EventDraft d : r.candidates()) {
            IngestResult.Known known = new IngestResult.Known(
                    d.known().person() || (d.person() != null && people.knows(refText(d.person()))),
                    d.known().company() || (d.company() != null && companies.knows(refText(d.company()))));
            drafts.add(new IngestResult.EventDraft(d.type(), d.date(), d.dateApproximate(), d.person(), d.company(),
                    d.role(), d.destination(), d.origin(), d.circumstance(), d.summary(), d.reason(), d.confidence(),
                    d.sources(), d.context(), known, d.mentions()));
        }
        return new IngestResult(r.source(), drafts, r.spans(), r.scores());
    }

    /** Reads the article, keeps the results, and sends the reader to them (so they survive logging one by one). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response read(@RestForm String text, @RestForm String url, @RestForm String publishedDate,
            @RestForm String title, @RestForm String publisher, @RestForm("file") FileUpload file) {
        Input input = new Input(nz(text), nz(url), nz(publishedDate), nz(title).trim(), nz(publisher).trim());
        String html = null;
        String body = blank(text) ? null : text;
        if (file != null && file.size() > 0) {
            try {
                html = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return refused(input, List.of(new Violation("file", "the file could not be read")));
            }
            body = null;
        } else if (body != null && body.stripLeading().startsWith("<")) {
            html = body;
            body = null;
        }
        try {
            IngestResult r = service.ingest(new IngestRequest(body, html, blank(url) ? null : url.trim(),
                    blank(publishedDate) ? null : publishedDate.trim()));
            // an uploaded page is not shown again in the text box (its text is in the results)
            String id = analyses.keep(html != null && file != null && file.size() > 0
                    ? new Input("", input.url(), input.publishedDate(), input.title(), input.publisher()) : input, r);
            return Response.seeOther(URI.create("/ingest/" + id)).build();
        } catch (ApiException e) {
            return refused(input, e.violations().isEmpty()
                    ? List.of(new Violation("text", e.getMessage())) : e.violations());
        } catch (jakarta.validation.ConstraintViolationException e) {
            return refused(input, List.of(new Violation("text", "the article is too long")));
        }
    }

    private static Response refused(Input input, List<Violation> errors) {
        return Response.ok(Templates.ingest(input, null, errors)).build();
    }

    Result view(IngestResult r, Function<IngestResult.EventDraft, List<ContextSuggestions.Suggestion>> suggest,
            Input input, String id, Map<Integer, Long> logged, Integer justLogged) {
        List<CandidateView> candidates = new ArrayList<>();
        // the next to review: the first not logged after the one just saved, else the first not logged
        Integer next = null;
        int after = justLogged == null ? 0 : justLogged;
        for (int i = 1; i <= r.candidates().size() && next == null; i++) {
            if (i > after && !logged.containsKey(i)) {
                next = i;
            }
        }
        for (int i = 1; i <= r.candidates().size() && next == null; i++) {
            if (!logged.containsKey(i)) {
                next = i;
            }
        }
        CandidateView nextView = null;
        CandidateView justView = null;
        for (IngestResult.EventDraft d : r.candidates()) {
            int number = candidates.size() + 1;
            double score = candidates.size() < r.scores().size() ? r.scores().get(candidates.size()) : 0;
            List<Map.Entry<String, String>> fields = fields(d, input);
            if (id != null) {
                fields.add(0, Map.entry("article", LoggedFromArticle.field(id, number)));
            }
            CandidateView c = new CandidateView(number, d, fields, personName(d.person()), companyName(d.company()),
                    companyName(d.destination()), companyName(d.origin()), suggest.apply(d),
                    score >= 0.7 ? "high" : score >= 0.5 ? "medium" : "low", logged.get(number),
                    next != null && next == number);
            candidates.add(c);
            if (c.next()) {
                nextView = c;
            }
            if (justLogged != null && justLogged == number && c.loggedAs() != null) {
                justView = c;
            }
        }
        // the source needs a title and a publisher: from the page when it gives them, else as the reader typed them
        List<String> missing = new ArrayList<>();
        if (blank(r.source().title()) && blank(input.title())) {
            missing.add("title");
        }
        if (blank(r.source().publisher()) && blank(input.publisher())) {
            missing.add("publisher");
        }
        return new Result(r, segments(r.source().text(), r.spans()), candidates, missing, id, justView, nextView);
    }

    /** The draft as the logging form's fields (their names are the JSON paths of an event body). */
    static List<Map.Entry<String, String>> fields(IngestResult.EventDraft d, Input input) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        put(f, "action", "review");
        put(f, "type", d.type() == null ? null : d.type().name());
        put(f, "date", d.date());
        put(f, "dateApproximate", Boolean.TRUE.equals(d.dateApproximate()) ? "true" : null);
        put(f, "person", refText(d.person()));
        put(f, "company", refText(d.company()));
        if (d.role() != null) {
            put(f, "role.title", d.role().title());
            put(f, "role.team", d.role().team());
            put(f, "role.category", d.role().category() == null ? null : d.role().category().name());
            put(f, "role.seniority", d.role().seniority() == null ? null : d.role().seniority().name());
            put(f, "role.founder", d.role().founder() ? "true" : null);
        }
        put(f, "destination", refText(d.destination()));
        put(f, "origin", refText(d.origin()));
        put(f, "circumstance", d.circumstance() == null ? null : d.circumstance().name());
        put(f, "summary", d.summary());
        put(f, "reason", d.reason());
        put(f, "confidence", d.confidence() == null ? null : d.confidence().name());
        for (int i = 0; i < d.sources().size(); i++) {
            IngestResult.SourceDraft s = d.sources().get(i);
            String p = "sources[" + i + "].";
            put(f, p + "url", s.url());
            put(f, p + "title", blank(s.title()) && i == 0 ? Text.blankToNull(input.title()) : s.title());
            put(f, p + "publisher", blank(s.publisher()) && i == 0 ? Text.blankToNull(input.publisher()) : s.publisher());
            put(f, p + "publishedDate", s.publishedDate());
            put(f, p + "quote", s.quote());
            put(f, p + "text", s.text());
        }
        put(f, "sources[" + d.sources().size() + "].url", "");
        // the context keys are the checkboxes of the suggestions, ticked for what the article mentions
        return f;
    }

    /** The stored company's events near the draft's date; none when the company or the date is not known. */
    private List<ContextSuggestions.Suggestion> suggest(IngestResult.EventDraft d) {
        String slug = d.company() == null ? null : d.company().get("slug");
        PartialDate date = null;
        try {
            date = PartialDate.parseNullable(d.date());
        } catch (IllegalArgumentException e) {
            // a draft without a usable date: only what the article mentions
        }
        return suggestions.suggest(slug, date, Boolean.TRUE.equals(d.dateApproximate()), d.context());
    }

    /** A person for display: the stored person's name, or the name as the article gives it. */
    private String personName(Map<String, String> ref) {
        return stored(ref) ? nameOr(ref, () -> people.find(ref.get("slug")).name) : label(ref);
    }

    /** A company for display: the stored company's name, or the name as the article gives it. */
    private String companyName(Map<String, String> ref) {
        return stored(ref) ? nameOr(ref, () -> companies.find(ref.get("slug")).name) : label(ref);
    }

    private static boolean stored(Map<String, String> ref) {
        return ref != null && ref.containsKey("slug");
    }

    /** The stored record's name; its slug when it is gone since the article was read. */
    private static String nameOr(Map<String, String> ref, java.util.function.Supplier<String> name) {
        try {
            return name.get();
        } catch (ApiException e) {
            return ref.get("slug");
        }
    }

    /** A reference for display: the stored slug, or the name as the article gives it. */
    private static String label(Map<String, String> ref) {
        return ref == null ? "" : refText(ref);
    }

    private static String refText(Map<String, String> ref) {
        if (ref == null) {
            return null;
        }
        return ref.containsKey("slug") ? ref.get("slug") : ref.get("name");
    }

    private static void put(List<Map.Entry<String, String>> f, String name, String value) {
        if (value != null) {
            f.add(Map.entry(name, value));
        }
    }

    /** Splits the text into plain and highlighted stretches; overlapping spans keep the earlier, longer one. */
    static List<Segment> segments(String text, List<IngestResult.SpanView> spans) {
        List<IngestResult.SpanView> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(IngestResult.SpanView::start)
                .thenComparing(Comparator.comparingInt((IngestResult.SpanView s) -> s.end() - s.start()).reversed()));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (IngestResult.SpanView s : sorted) {
            if (s.start() < at || s.end() > text.length() || s.end() <= s.start()) {
                continue;
            }
            if (s.start() > at) {
                out.add(new Segment(text.substring(at, s.start()), null));
            }
            out.add(new Segment(text.substring(s.start(), s.end()), s.label().toLowerCase()));
            at = s.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
