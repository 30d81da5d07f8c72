package org.personneltracker.event;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Text;
import org.personneltracker.common.TextRules;
import org.personneltracker.common.Violation;
import org.personneltracker.source.CitationView;
import org.personneltracker.source.SourceInput;
import org.personneltracker.source.SourceTier;
import org.personneltracker.source.Stance;

/**
 * The logging form as typed: every value kept as text so a refused form comes back exactly as it was sent.
 * Input names are the JSON paths of {@link EventRequest} ("role.category", "sources[0].url"), so a violation's
 * field names the input it belongs to.
 */
public record EventForm(
        String type, String date, boolean dateApproximate, String announcedDate,
        String person, String company,
        String roleTitle, String roleTeam, String roleCategory, String roleSeniority, boolean roleFounder,
        String previousTitle, String previousTeam, String previousCategory, String previousSeniority,
        String destination, String origin, String circumstance,
        String summary, String reason, String confidence,
        List<SourceRow> sources, Set<String> context, String version, String article) {

    /** One source row of the form. */
    public record SourceRow(int index, String url, String title, String publisher, String tier, String publishedDate,
            String quote, String stance, String text) {

        boolean blank() {
            return isBlank(url) && isBlank(title) && isBlank(publisher) && isBlank(tier) && isBlank(publishedDate)
                    && isBlank(quote);
        }

        static SourceRow empty(int index) {
            return new SourceRow(index, "", "", "", "", "", "", "", "");
        }
    }

    /** Source rows a new form starts with; "add another source" (a button, or a script without reloading) adds more. */
    public static final int SOURCE_ROWS = 2;
    public static final int MAX_SOURCE_ROWS = 50;

    public static EventForm blank(String company) {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < SOURCE_ROWS; i++) {
            rows.add(SourceRow.empty(i));
        }
        return new EventForm("DEPARTURE", "", false, "", "", company == null ? "" : company, "", "", "", "", false,
                "", "", "", "", "", "", "", "", "", "REPORTED", rows, new LinkedHashSet<>(), "", "");
    }

    /** The form of a stored event, for editing. */
    public static EventForm of(EventView e) {
        List<SourceRow> rows = new ArrayList<>();
        for (CitationView s : e.sources()) {
            rows.add(new SourceRow(rows.size(), Text.orEmpty(s.url()), Text.orEmpty(s.title()), Text.orEmpty(s.publisher()),
                    s.tier() == null ? "" : s.tier().name(), Text.orEmpty(s.publishedDate()), Text.orEmpty(s.quote()),
                    s.stance() == null ? "" : s.stance().name(), ""));
        }
        rows.add(SourceRow.empty(rows.size()));
        Set<String> context = new LinkedHashSet<>();
        e.context().forEach(c -> context.add(c.key()));
        EventView.RoleView r = e.role();
        EventView.RoleView p = e.previousRole();
        return new EventForm(e.type().name(), e.date(), e.dateApproximate(), Text.orEmpty(e.announcedDate()),
                e.person().slug(), e.company().slug(),
                Text.orEmpty(r.title()), Text.orEmpty(r.team()), r.category().name(), r.seniority().name(), r.founder(),
                p == null ? "" : Text.orEmpty(p.title()), p == null ? "" : Text.orEmpty(p.team()),
                p == null ? "" : p.category().name(), p == null ? "" : p.seniority().name(),
                e.destination() == null ? "" : e.destination().slug(), e.origin() == null ? "" : e.origin().slug(),
                e.circumstance() == null ? "" : e.circumstance().name(), Text.orEmpty(e.summary()), Text.orEmpty(e.reason()),
                e.confidence().name(), rows, context, Integer.toString(e.version()), "");
    }

    public static EventForm parse(MultivaluedMap<String, String> f) {
        List<SourceRow> rows = new ArrayList<>();
        int n = 0;
        for (String name : f.keySet()) {
            if (name.startsWith("sources[")) {
                int end = name.indexOf(']');
                try {
                    n = Math.max(n, Integer.parseInt(name.substring(8, end)) + 1);
                } catch (RuntimeException e) {
                    // not a source field
                }
            }
        }
        n = Math.min(n, MAX_SOURCE_ROWS);
        for (int i = 0; i < n; i++) {
            String p = "sources[" + i + "].";
            rows.add(new SourceRow(i, get(f, p + "url"), get(f, p + "title"), get(f, p + "publisher"), get(f, p + "tier"),
                    get(f, p + "publishedDate"), get(f, p + "quote"), get(f, p + "stance"), get(f, p + "text")));
        }
        if (rows.isEmpty()) {
            rows.add(SourceRow.empty(0));
        }
        Set<String> context = new LinkedHashSet<>();
        List<String> keys = f.get("context");
        if (keys != null) {
            keys.stream().filter(k -> k != null && !k.isBlank()).limit(100).forEach(k -> context.add(k.trim()));
        }
        return new EventForm(get(f, "type"), get(f, "date"), "true".equals(get(f, "dateApproximate")),
                get(f, "announcedDate"), get(f, "person"), get(f, "company"),
                get(f, "role.title"), get(f, "role.team"), get(f, "role.category"), get(f, "role.seniority"),
                "true".equals(get(f, "role.founder")),
                get(f, "previousRole.title"), get(f, "previousRole.team"), get(f, "previousRole.category"),
                get(f, "previousRole.seniority"),
                get(f, "destination"), get(f, "origin"), get(f, "circumstance"), get(f, "summary"), get(f, "reason"),
                get(f, "confidence"), rows, context, get(f, "version"), get(f, "article"));
    }

    /** The results of the article the form was opened from ("Review and log"), to go back to; null otherwise. */
    public String articleLink() {
        return LoggedFromArticle.parse(article, 0).map(a -> "/ingest/" + a.analysis()).orElse(null);
    }

    /** The same form with one more empty source row. */
    public EventForm withAnotherSource() {
        List<SourceRow> rows = new ArrayList<>(sources);
        if (rows.size() < MAX_SOURCE_ROWS) {
            rows.add(SourceRow.empty(rows.size()));
        }
        return new EventForm(type, date, dateApproximate, announcedDate, person, company, roleTitle, roleTeam,
                roleCategory, roleSeniority, roleFounder, previousTitle, previousTeam, previousCategory,
                previousSeniority, destination, origin, circumstance, summary, reason, confidence, rows, context,
                version, article);
    }

    /**
     * The form as a request body, with the problems found before the service is asked (text that is not one of the
     * choices, a damaged version) and, for each request source, the form row it came from.
     */
    public record Submission(EventRequest request, List<Violation> violations, List<Integer> sourceRows) {
    }

    /**
     * The request the form stands for. Blank source rows are left out; {@code sourceRows} maps a request index back
     * to the form row, so "sources[0].url" can be shown beside the row the user typed it in.
     */
    public Submission toRequest(Predicate<String> personSlugExists, Predicate<String> companySlugExists) {
        List<Violation> v = new ArrayList<>();
        EventType t = choice(EventType.class, type, "type", v, true);
        RoleCategory cat = choice(RoleCategory.class, roleCategory, "role.category", v, true);
        Seniority sen = choice(Seniority.class, roleSeniority, "role.seniority", v, false);
        RoleInput previous = null;
        if (!isBlank(previousTitle) || !isBlank(previousTeam) || !isBlank(previousCategory)
                || !isBlank(previousSeniority)) {
            previous = new RoleInput(trim(previousTitle), trim(previousTeam),
                    choice(RoleCategory.class, previousCategory, "previousRole.category", v, true),
                    choice(Seniority.class, previousSeniority, "previousRole.seniority", v, false), false);
        }
        List<SourceInput> in = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (SourceRow r : sources) {
            if (r.blank()) {
                continue;
            }
            SourceTier tier = choice(SourceTier.class, r.tier(), "sources[" + r.index() + "].tier", v, false);
            Stance stance = choice(Stance.class, r.stance(), "sources[" + r.index() + "].stance", v, false);
            // text: the article as read on the ingest page, kept as the source's snapshot
            in.add(new SourceInput(trim(r.url()), trim(r.title()), trim(r.publisher()), null, tier,
                    trim(r.publishedDate()), null, trim(r.quote()), stance, trim(r.text()), null, null));
            rowOf.add(r.index());
        }
        Integer ver = null;
        if (!isBlank(version)) {
            try {
                ver = Integer.valueOf(version.trim());
            } catch (NumberFormatException e) {
                v.add(new Violation("version", "the form's version is damaged: reload"));
            }
        }
        List<ContextKeyOrId> ctx = context.stream().map(k -> new ContextKeyOrId(k, null)).toList();
        EventRequest req = new EventRequest(null, t, trim(date), dateApproximate ? Boolean.TRUE : null,
                ref(person, personSlugExists), ref(company, companySlugExists),
                cat == null && isBlank(roleTitle) && isBlank(roleTeam) ? null
                        : new RoleInput(trim(roleTitle), trim(roleTeam), cat, sen, roleFounder),
                previous, ref(destination, companySlugExists), ref(origin, companySlugExists),
                choice(Circumstance.class, circumstance, "circumstance", v, false), trim(announcedDate), trim(summary),
                trim(reason), choice(Confidence.class, confidence, "confidence", v, false), in, ctx, ver);
        return new Submission(req, v, rowOf);
    }

    /** A typed person or company: an existing slug links by slug, anything else is a name (linked or created). */
    private static SlugOrName ref(String typed, Predicate<String> slugExists) {
        String t = trim(typed);
        if (t == null) {
            return null;
        }
        return slugExists.test(t) ? SlugOrName.ofSlug(t) : SlugOrName.ofName(t);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field,
            List<Violation> v, boolean required) {
        if (isBlank(text)) {
            if (required) {
                v.add(new Violation(field, "choose one"));
            }
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text.trim())) {
                return e;
            }
        }
        v.add(new Violation(field, "choose one of the offered values"));
        return null;
    }

    private static String get(MultivaluedMap<String, String> f, String name) {
        String s = f.getFirst(name);
        return s == null ? "" : s;
    }

    static boolean isBlank(String s) {
        return TextRules.blank(s);
    }

    private static String trim(String s) {
        return Text.blankToNull(s);
    }
}
