package org.personneltracker.timeline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Display;
import org.personneltracker.common.Links;
import org.personneltracker.common.Page;
import org.personneltracker.common.Violation;
import org.personneltracker.common.Violations;
import org.personneltracker.company.CompanyService;
import org.personneltracker.company.CompanyView;
import org.personneltracker.context.ContextType;
import org.personneltracker.event.DepartureWaves;
import org.personneltracker.event.Direction;
import org.personneltracker.event.EventFilter;
import org.personneltracker.event.EventService;
import org.personneltracker.event.EventType;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;
import org.personneltracker.history.HistorySection;

/** /companies and /companies/{slug}: the company list and a company's timeline with its filters and chart. */
@Path("/companies")
@Produces(MediaType.TEXT_HTML)
public class CompanyPage {

    /**
     * Entries of one month (or of a year, for year-precision dates), newest first; {@code inWave} when the month lies in
     * a wave of departures, {@code wave} (the wave's words) on the first month of it shown.
     */
    public record Month(String label, List<TimelineEntry> entries, boolean inWave, String wave) {

        /** The month's anchor: "m-2026-02", or "y-2025" for entries dated to a year. */
        public String anchor() {
            String d = entries.get(0).date();
            return d.length() == 4 ? "y-" + d : "m-" + d.substring(0, 7);
        }

        public String year() {
            return entries.get(0).date().substring(0, 4);
        }

        /** "Feb", or "year" for entries dated only to the year. */
        public String shortLabel() {
            String d = entries.get(0).date();
            return d.length() == 4 ? "month not known"
                    : YearMonth.parse(d.substring(0, 7)).getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
    }

    /** The jump links above the timeline: a year and its months on this page. */
    public record Year(String year, List<Month> months) {
    }

    static List<Year> years(List<Month> months) {
        List<Year> out = new ArrayList<>();
        for (Month m : months) {
            if (out.isEmpty() || !out.get(out.size() - 1).year().equals(m.year())) {
                out.add(new Year(m.year(), new ArrayList<>()));
            }
            out.get(out.size() - 1).months().add(m);
        }
        return out;
    }

    /** One choice of a filter select. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** The timeline filters as the form shows them. */
    public record Filters(List<Choice> categories, List<Choice> seniorities, List<Choice> types, List<Choice> directions,
            String from, String to, boolean active) {
    }

    /**
     * The moves of the filtered timeline by direction, with the same lists in the explorer: the numbers the chart
     * draws and the list shows.
     */
    public record MoveCounts(long out, long in, String outLink, String inLink) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CompanyCard> cards, String q);

        static native TemplateInstance timeline(CompanyView company, List<Month> months, List<Year> years, long total,
                Filters filters,
                List<Violation> errors, QuarterChart chart, MoveCounts moves, String olderLink, String newestLink, String jsonLink,
                String explorerLink, String csvLink, String feedLink, String jsonLd, HistorySection history);
    }

    @Inject
    CompanyService companies;

    @Inject
    CompanyCounts counts;

    @Inject
    TimelineService timelines;

    @Inject
    EventService events;

    /** Waves of departures, handed down by the insight feature (none when it is not deployed). */
    @Inject
    Instance<DepartureWaves> waves;

    static final int PAGE = 200;

    @GET
    public TemplateInstance list(@RestQuery String q) {
        return Templates.list(counts.cards(q), q == null ? "" : q);
    }

    @GET
    @Path("{slug}")
    public TemplateInstance timeline(@PathParam("slug") String slug, @Context UriInfo uri) {
        CompanyView company = companies.get(slug);
        MultivaluedMap<String, String> params = Links.nonEmpty(uri.getQueryParameters());
        List<Violation> errors = List.of();
        EventFilter filter;
        TimelineService.Options options;
        try {
            Violations v = new Violations();
            options = new TimelineService.Options(true, true);
            filter = EventFilter.parse(params, true, v).withLimit(PAGE);
        } catch (ApiException e) {
            errors = e.violations();
            filter = EventFilter.none().withLimit(PAGE);
            options = new TimelineService.Options(true, true);
        }
        Page<TimelineEntry> page = timelines.timeline(slug, filter, options);
        List<DepartureWaves.Wave> runs = new ArrayList<>();
        for (DepartureWaves w : waves) {
            runs.addAll(w.of(slug, filter));
        }
        List<QuarterChart.Move> moves = timelines.moves(slug, filter);
        QuarterChart chart = QuarterChart.of(moves, runs);

        Map<String, String> shared = new LinkedHashMap<>(filter.asParams());
        String olderLink = null;
        if (page.next() != null) {
            Map<String, String> older = new LinkedHashMap<>(shared);
            older.put("cursor", page.next());
            olderLink = Links.with("/companies/" + slug, older);
        }
        String newestLink = filter.cursor() == null ? null : Links.with("/companies/" + slug, shared);
        Map<String, String> json = new LinkedHashMap<>(shared);
        json.put("order", "desc");
        Map<String, String> explorer = new LinkedHashMap<>();
        explorer.put("company", slug);
        explorer.putAll(shared);
        explorer.remove("type");
        filter.type().forEach(t -> explorer.merge("type", t.name(), (a, b) -> a + "," + b));
        // the explorer lists one company's own events; seen from the company (direction) it lists the timeline's moves
        explorer.putIfAbsent("direction", "IN,OUT");
        Map<String, String> outs = new LinkedHashMap<>(explorer);
        outs.put("direction", "OUT");
        Map<String, String> ins = new LinkedHashMap<>(explorer);
        ins.put("direction", "IN");
        MoveCounts counted = new MoveCounts(
                moves.stream().filter(m -> m.direction() == Direction.OUT).mapToLong(QuarterChart.Move::count).sum(),
                moves.stream().filter(m -> m.direction() == Direction.IN).mapToLong(QuarterChart.Move::count).sum(),
                Links.with("/events", outs), Links.with("/events", ins));
        List<Month> months = months(page.items(), runs);
        return Templates.timeline(company, months, years(months), page.total(), filters(filter), errors, chart,
                counted,
                olderLink, newestLink, Links.with("/api/companies/" + slug + "/timeline", json),
                Links.with("/events", explorer), Links.with("/api/events", csv(explorer)),
                Links.with("/feeds/events.atom", explorer), JsonLd.company(company, uri.getBaseUri()),
                HistorySection.of(companies.history(slug), "/api/companies/" + slug + "/history"));
    }


    /** The company's personnel events with the page's filters, as CSV (context types are not personnel events). */
    private static Map<String, String> csv(Map<String, String> explorer) {
        Map<String, String> m = new LinkedHashMap<>(explorer);
        m.put("format", "csv");
        return m;
    }

    static List<Month> months(List<TimelineEntry> entries, List<DepartureWaves.Wave> runs) {
        List<Month> months = new ArrayList<>();
        java.util.Set<DepartureWaves.Wave> labelled = new java.util.HashSet<>();
        String current = null;
        List<TimelineEntry> bucket = null;
        for (TimelineEntry e : entries) {
            String label = monthLabel(e.date());
            if (!label.equals(current)) {
                bucket = new ArrayList<>();
                DepartureWaves.Wave wave = e.date().length() == 4 ? null : waveOf(e.date(), runs);
                boolean first = wave != null && labelled.add(wave);
                months.add(new Month(label, bucket, wave != null, first ? wave.label() : null));
                current = label;
            }
            bucket.add(e);
        }
        return months;
    }

    /** The wave whose first to last month includes the month of a date ("2026-02" or "2026-02-09"), or null. */
    private static DepartureWaves.Wave waveOf(String date, List<DepartureWaves.Wave> runs) {
        java.time.YearMonth ym = java.time.YearMonth.parse(date.substring(0, 7));
        for (DepartureWaves.Wave w : runs) {
            if (!ym.isBefore(java.time.YearMonth.from(w.first())) && !ym.isAfter(java.time.YearMonth.from(w.last()))) {
                return w;
            }
        }
        return null;
    }

    /** "February 2026" for day and month dates; "2025 (month not known)" for a year. */
    static String monthLabel(String date) {
        if (date.length() == 4) {
            return date + " · month not known";
        }
        YearMonth ym = YearMonth.parse(date.substring(0, 7));
        return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
    }

    static Filters filters(EventFilter f) {
        List<Choice> categories = new ArrayList<>();
        for (RoleCategory c : RoleCategory.values()) {
            categories.add(new Choice(c.name(), Display.enumLabel(c.name()), f.category().contains(c)));
        }
        List<Choice> seniorities = new ArrayList<>();
        for (Seniority s : Seniority.values()) {
            seniorities.add(new Choice(s.name(), Display.enumLabel(s.name()), f.seniority().contains(s)));
        }
        List<Choice> types = new ArrayList<>();
        for (EventType t : EventType.values()) {
            types.add(new Choice(t.name(), Display.enumLabel(t.name()), f.type().contains(t)));
        }
        for (ContextType t : ContextType.values()) {
            types.add(new Choice(t.name(), Display.enumLabel(t.name()) + " (context)", f.contextType().contains(t)));
        }
        List<Choice> directions = List.of(
                new Choice("OUT", "Departures (out)", f.direction().equals(List.of(Direction.OUT))),
                new Choice("IN", "Arrivals (in)", f.direction().equals(List.of(Direction.IN))));
        boolean active = !f.direction().isEmpty() || !f.category().isEmpty() || !f.seniority().isEmpty() || !f.type().isEmpty()
                || !f.contextType().isEmpty() || f.from() != null || f.to() != null;
        return new Filters(categories, seniorities, types, directions, f.from() == null ? "" : f.from().toString(),
                f.to() == null ? "" : f.to().toString(), active);
    }

}
