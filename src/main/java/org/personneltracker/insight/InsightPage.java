package org.personneltracker.insight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.DayDistance;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.common.Violation;
import org.personneltracker.company.CompanyService;
import org.personneltracker.company.CompanyView;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;
import org.personneltracker.common.Display;
import org.personneltracker.common.Links;
import org.personneltracker.common.PageErrors;

/**
 * /insights: waves of departures, talent flows, departures and arrivals over time and departures after launches, for
 * the filters in the address (a view is a link), each with its JSON beside it; /insights/flow lists the moves behind
 * one cell of the flow matrix.
 */
@Path("/insights")
@Produces(MediaType.TEXT_HTML)
public class InsightPage {

    /** One choice of a filter select. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** The filter form as shown. */
    public record Filters(List<Choice> companies, List<Choice> categories, List<Choice> seniorities, String from,
            String to, int days, int minSize, List<Choice> intervals, List<Choice> bys, boolean active) {
    }

    /** A wave as the page shows it: dates in words and each context event placed against the run. */
    public record WaveView(Waves.Wave wave, String dates, List<Placed> context) {
    }

    /** A context event with where it stands against a wave. */
    public record Placed(ContextBrief context, String where) {
    }

    /** Addresses of the JSON (and CSV) beside each section. */
    public record JsonLinks(String waves, String flows, String series, String seriesCsv, String afterLaunches) {
    }

    public record View(Filters filters, List<Violation> errors, Waves waves, List<WaveView> waveViews, Flows flows,
            FlowMatrix matrix, List<String> flowLinks, Series series, SeriesChart chart, AfterLaunches after,
            JsonLinks json, String unitLabel) {
    }

    /** The moves behind one flow cell. */
    public record FlowList(SlugAndName from, SlugAndName to, long count, List<EventBrief> events, boolean truncated,
            String json, String back) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance insights(View v);

        static native TemplateInstance flow(FlowList f);
    }

    @Inject
    InsightService insights;

    @Inject
    CompanyService companies;

    @GET
    public TemplateInstance insights(@Context UriInfo uri) {
        MultivaluedMap<String, String> params = Links.nonEmpty(uri.getQueryParameters());
        List<Violation> errors = List.of();
        InsightQuery q;
        try {
            // the strictest kind: the page's filters must suit every section
            q = InsightQuery.parse(params, InsightQuery.Kind.WAVES);
        } catch (ApiException e) {
            errors = e.violations();
            q = InsightQuery.defaults();
        }
        Waves waves;
        Flows flows;
        Series series;
        AfterLaunches after;
        try {
            waves = insights.waves(q);
            flows = insights.flows(q);
            series = insights.series(q);
            after = insights.afterLaunches(q);
        } catch (ApiException e) {
            // an unknown company or person slug: say so and show everything
            errors = e.violations();
            q = InsightQuery.defaults();
            waves = insights.waves(q);
            flows = insights.flows(q);
            series = insights.series(q);
            after = insights.afterLaunches(q);
        }
        Map<String, String> shared = q.filterParams();
        List<WaveView> waveViews = new ArrayList<>();
        for (Waves.Wave w : waves.waves()) {
            waveViews.add(waveView(w));
        }
        Map<String, String> flowBase = new LinkedHashMap<>(shared);
        FlowMatrix matrix = FlowMatrix.of(flows, (from, to) -> flowLink(flowBase, from, to));
        List<String> flowLinks = flows.flows().stream().map(f -> flowLink(flowBase, f.from(), f.to())).toList();
        return Templates.insights(new View(filters(q), errors, waves, waveViews, flows, matrix, flowLinks, series,
                SeriesChart.of(series), after, json(q), switch (q.interval()) {
                    case MONTH -> "Month";
                    case QUARTER -> "Quarter";
                    case YEAR -> "Year";
                }));
    }

    @GET
    @Path("flow")
    public TemplateInstance flow(@Context UriInfo uri) {
        MultivaluedMap<String, String> params = Links.nonEmpty(uri.getQueryParameters());
        if (missing(params, "origin") || missing(params, "destination")) {
            throw ApiException.badRequest("origin", "give the company people left as origin and the one they went to as"
                    + " destination");
        }
        InsightQuery q = InsightQuery.parse(params, InsightQuery.Kind.FLOWS);
        Flows flows = insights.flows(q);
        Flows.Flow f = flows.flows().isEmpty() ? null : flows.flows().get(0);
        Map<String, String> back = q.filterParams();
        back.remove("origin");
        back.remove("destination");
        Map<String, String> json = q.filterParams();
        String jsonLink = Links.with("/api/insights/flows", json);
        if (f == null) {
            return Templates.flow(new FlowList(null, null, 0, List.of(), false, jsonLink, Links.with("/insights", back)));
        }
        return Templates.flow(new FlowList(f.from(), f.to(), f.count(), insights.briefs(f.events()), f.eventsTruncated(),
                jsonLink, Links.with("/insights", back) + "#flows"));
    }

    private static String flowLink(Map<String, String> base, SlugAndName from, SlugAndName to) {
        Map<String, String> p = new LinkedHashMap<>(base);
        p.remove("company");
        p.put("origin", from.slug());
        p.put("destination", to.slug());
        return Links.with("/insights/flow", p);
    }

    static WaveView waveView(Waves.Wave w) {
        PartialDate from = PartialDate.parse(w.from());
        PartialDate to = PartialDate.parse(w.to());
        String dates = from.equals(to) ? from.label() : from.label() + " – " + to.label();
        List<Placed> placed = new ArrayList<>();
        for (ContextBrief c : w.context()) {
            PartialDate d = PartialDate.parse(c.date());
            // the context event's distance from the first and from the last departure
            DayDistance before = DayDistance.between(from, false, d, c.dateApproximate());
            DayDistance after = DayDistance.between(to, false, d, c.dateApproximate());
            String where;
            if (before != null && before.days() < 0) {
                where = before.words() + " the first departure";
            } else if (after != null && after.days() > 0) {
                where = after.words() + " the last departure";
            } else {
                where = "during the wave";
            }
            placed.add(new Placed(c, where));
        }
        return new WaveView(w, dates, placed);
    }

    private static JsonLinks json(InsightQuery q) {
        Map<String, String> base = q.filterParams();
        Map<String, String> waves = new LinkedHashMap<>(base);
        waves.put("days", Integer.toString(q.days()));
        waves.put("minSize", Integer.toString(q.minSize()));
        Map<String, String> series = new LinkedHashMap<>(base);
        series.put("interval", q.interval().name());
        series.put("by", q.by().name().toLowerCase());
        Map<String, String> csv = new LinkedHashMap<>(series);
        csv.put("format", "csv");
        Map<String, String> after = new LinkedHashMap<>(base);
        after.put("days", Integer.toString(q.days()));
        return new JsonLinks(Links.with("/api/insights/waves", waves), Links.with("/api/insights/flows", base),
                Links.with("/api/insights/series", series), Links.with("/api/insights/series", csv),
                Links.with("/api/insights/after-launches", after));
    }

    private Filters filters(InsightQuery q) {
        List<Choice> companyChoices = new ArrayList<>();
        for (CompanyView c : companies.list(null, 500, null).items()) {
            companyChoices.add(new Choice(c.slug(), c.name(), q.filter().company().contains(c.slug())));
        }
        List<Choice> categories = new ArrayList<>();
        for (RoleCategory c : RoleCategory.values()) {
            categories.add(new Choice(c.name(), Display.enumLabel(c.name()), q.filter().category().contains(c)));
        }
        List<Choice> seniorities = new ArrayList<>();
        for (Seniority s : Seniority.values()) {
            seniorities.add(new Choice(s.name(), Display.enumLabel(s.name()), q.filter().seniority().contains(s)));
        }
        List<Choice> intervals = new ArrayList<>();
        for (InsightQuery.Interval i : InsightQuery.Interval.values()) {
            intervals.add(new Choice(i.name(), Display.enumLabel(i.name()), q.interval() == i));
        }
        List<Choice> bys = new ArrayList<>();
        for (InsightQuery.By b : InsightQuery.By.values()) {
            bys.add(new Choice(b.name().toLowerCase(), b == InsightQuery.By.TYPE ? "Event type" : Display.enumLabel(b.name()),
                    q.by() == b));
        }
        boolean active = !q.filterParams().isEmpty() || q.days() != InsightQuery.DEFAULT_DAYS
                || q.minSize() != InsightQuery.DEFAULT_MIN_SIZE;
        return new Filters(companyChoices, categories, seniorities,
                q.filter().from() == null ? "" : q.filter().from().toString(),
                q.filter().to() == null ? "" : q.filter().to().toString(), q.days(), q.minSize(), intervals, bys, active);
    }

    @ServerExceptionMapper
    public Response failed(ApiException e) {
        return PageErrors.of(e);
    }

    private static boolean missing(MultivaluedMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null || v.isBlank();
    }
}
