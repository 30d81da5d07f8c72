package org.personneltracker.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.personneltracker.common.DayDistance;
import org.personneltracker.common.PartialDate;

/**
 * The company events offered for linking when an event is logged (the form, and the review of an article's drafts):
 * those within {@value #DAYS} days of the event's date by the one day-window rule ({@link DayDistance}: a month date
 * stands mid-month and is "about", a period that contains the date counts, a year date is too vague), in date order
 * ({@link PartialDate#READING_ORDER}). Linked events outside the window stay on the list, so nothing ticked disappears.
 */
@ApplicationScoped
public class ContextSuggestions {

    public static final int DAYS = 30;

    /** A context event offered for linking, with its distance from the event's date in words. */
    public record Suggestion(ContextView context, boolean linked, String distance) {
    }

    @Inject
    ContextService contexts;

    /** Without a known company or a date ({@code null}), only the linked events are offered. */
    public List<Suggestion> suggest(String companySlug, PartialDate date, boolean dateApproximate,
            Collection<String> linkedKeys) {
        Set<String> linked = new LinkedHashSet<>(linkedKeys);
        List<Suggestion> near = new ArrayList<>();
        Set<String> offered = new LinkedHashSet<>();
        List<ContextView> candidates = companySlug == null || date == null ? List.of()
                : contexts.near(companySlug, date, DAYS);
        for (ContextView c : candidates) {
            PartialDate d = PartialDate.parse(c.date());
            DayDistance toContext = DayDistance.between(date, dateApproximate, d, c.dateApproximate());
            // a year date is too vague for a window of days: offered only when already linked
            boolean covers = toContext != null && DayDistance.covers(d, date);
            if (!covers && (toContext == null || !toContext.within(DAYS)) && !linked.contains(c.key())) {
                continue;
            }
            near.add(new Suggestion(c, linked.contains(c.key()), words(toContext, covers)));
            offered.add(c.key());
        }
        List<Suggestion> out = new ArrayList<>(near);
        List<String> missing = linked.stream().filter(k -> !offered.contains(k)).toList();
        for (ContextView c : contexts.byKeys(missing)) {
            DayDistance toContext = date == null ? null
                    : DayDistance.between(date, dateApproximate, PartialDate.parse(c.date()), c.dateApproximate());
            out.add(new Suggestion(c, true, date == null ? "" : words(toContext, false)));
        }
        // date order, as the timeline reads (month dates at their middle), whatever is ticked
        out.sort(Comparator.comparing((Suggestion x) -> PartialDate.parse(x.context().date()), PartialDate.READING_ORDER)
                .thenComparing(x -> x.context().id()));
        return out;
    }

    /** "4 days before this date", "covers this date", "about 12 days after this date", "dated only to a year". */
    static String words(DayDistance toContext, boolean covers) {
        if (covers) {
            return "around this date (its period covers it)";
        }
        if (toContext == null) {
            return "dated only to a year";
        }
        return toContext.words() + " this date";
    }
}
