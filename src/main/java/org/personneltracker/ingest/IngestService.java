package org.personneltracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.PartialDate;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.event.Confidence;
import org.personneltracker.event.EventType;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;
import org.personneltracker.ingest.extract.ArticleExtractor;
import org.personneltracker.ingest.extract.Candidate;
import org.personneltracker.ingest.extract.CompanyRef;
import org.personneltracker.ingest.extract.Extraction;
import org.personneltracker.ingest.extract.Gazetteer;
import org.personneltracker.ingest.extract.KnownContext;
import org.personneltracker.ingest.extract.KnownEntity;
import org.personneltracker.ingest.extract.Mention;

/**
 * Article-assisted entry: reads an article with the extractor and answers drafts of events to review.
 * Stores nothing; a draft, once reviewed, is posted through the event write path like any other body.
 */
@ApplicationScoped
public class IngestService {

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ArticleReader reader;

    private volatile CachedExtractor cached;

    private record CachedExtractor(String fingerprint, ArticleExtractor extractor) {
    }

    @Transactional
    public IngestResult ingest(IngestRequest body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        LocalDate published = publishedDate(body.publishedDate());
        ArticleText article = reader.read(body);
        if (published == null) {
            published = article.publishedDate();
        }
        article = new ArticleText(article.title(), article.publisher(), article.url(), published, article.text());
        if (article.text().isBlank()) {
            throw ApiException.badRequest(body.html() != null ? "html" : "text", "the article has no text");
        }
        Extraction x = extractor().extract(article.title(), article.text(), article.publishedDate());
        List<IngestResult.MentionView> mentions = x.mentions().stream().map(m -> new IngestResult.MentionView(
                m.type(), m.title(), m.date() == null ? null : m.date().toString(), m.amount(), m.currency(),
                m.valuation(), m.status(), m.key())).toList();
        List<String> contextKeys = x.mentions().stream().map(Mention::key).filter(k -> k != null).distinct().toList();
        String publishedText = published == null ? null : published.toString();
        List<IngestResult.EventDraft> drafts = new ArrayList<>();
        for (Candidate c : x.candidates()) {
            drafts.add(draft(c, article, publishedText, mentions, contextKeys, namesOf(c)));
        }
        return new IngestResult(
                new IngestResult.ArticleSource(article.url(), article.title(), article.publisher(), publishedText,
                        article.text()),
                drafts,
                x.spans().stream().map(s -> new IngestResult.SpanView(s.start(), s.end(), s.label())).toList(),
                x.candidates().stream().map(Candidate::score).toList());
    }

    /** The person's name and, when stored, aliases: how the article may name them. */
    private List<String> namesOf(Candidate c) {
        if (c.person() == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(c.person().name());
        if (c.person().slug() != null) {
            names.addAll(em.createQuery("select a.alias from Person p join p.aliases a where p.slug = :s", String.class)
                    .setParameter("s", c.person().slug()).getResultList());
        }
        return names;
    }

    private static IngestResult.EventDraft draft(Candidate c, ArticleText article, String published,
            List<IngestResult.MentionView> mentions, List<String> contextKeys, List<String> names) {
        PartialDate date = c.date();
        boolean approximate = c.dateApproximate();
        if (date == null && article.publishedDate() != null) {
            date = PartialDate.ofDay(article.publishedDate());
            approximate = true;
        }
        EventType type = c.type();
        String summary = summary(c);
        return new IngestResult.EventDraft(
                type,
                date == null ? null : date.toString(),
                approximate ? Boolean.TRUE : null,
                ref(c.person() == null ? null : c.person().slug(), c.person() == null ? null : c.person().name()),
                ref(c.company() == null ? null : c.company().slug(), c.company() == null ? null : c.company().name()),
                new IngestResult.RoleDraft(c.roleTitle(), c.roleTeam(),
                        c.category() == null ? RoleCategory.OTHER : c.category(),
                        c.seniority() == null ? Seniority.UNKNOWN : c.seniority(), c.founder()),
                type == EventType.DEPARTURE && distinct(c.destination(), c.company())
                        ? ref(c.destination().slug(), c.destination().name()) : null,
                (type == EventType.HIRE || type == EventType.RETURN) && distinct(c.origin(), c.company())
                        ? ref(c.origin().slug(), c.origin().name()) : null,
                type == EventType.DEPARTURE ? c.circumstance() : null,
                summary,
                c.reason(),
                Confidence.REPORTED,
                List.of(new IngestResult.SourceDraft(article.url(), article.title(), article.publisher(), published,
                        QuoteChoice.choose(article.text(), c.quote(), names, type), article.text())),
                contextKeys,
                new IngestResult.Known(c.person() != null && c.person().known(), c.company() != null && c.company().known()),
                mentions);
    }

    /** A destination or origin that is the event's own company would make the draft invalid: leave it out. */
    private static boolean distinct(CompanyRef other, CompanyRef company) {
        if (other == null) {
            return false;
        }
        if (company == null) {
            return true;
        }
        return other.slug() != null ? !other.slug().equals(company.slug())
                : !other.name().equalsIgnoreCase(company.name());
    }

    private static String summary(Candidate c) {
        if (c.person() == null || c.company() == null) {
            return null;
        }
        String who = c.person().name();
        String at = c.company().name();
        return switch (c.type()) {
            case DEPARTURE -> who + " left " + at
                    + (c.destination() != null ? " for " + c.destination().name() : "") + ".";
            case HIRE -> who + " joined " + at + (c.origin() != null ? " from " + c.origin().name() : "") + ".";
            case RETURN -> who + " returned to " + at + ".";
            case ROLE_CHANGE -> who + " took a new role at " + at + ".";
        };
    }

    private static Map<String, String> ref(String slug, String name) {
        if (slug != null) {
            return Map.of("slug", slug);
        }
        return name == null ? null : Map.of("name", name);
    }

    private static LocalDate publishedDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(text);
            if (d.precision() != DatePrecision.DAY) {
                throw ApiException.badRequest("publishedDate", "publishedDate is a day: YYYY-MM-DD");
            }
            return d.start();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("publishedDate", e.getMessage());
        }
    }

    /** The extractor over the current names and context events, rebuilt only when they changed. */
    ArticleExtractor extractor() {
        String fingerprint = fingerprint();
        CachedExtractor c = cached;
        if (c == null || !c.fingerprint().equals(fingerprint)) {
            c = new CachedExtractor(fingerprint, new ArticleExtractor(gazetteer()));
            cached = c;
        }
        return c.extractor();
    }

    private String fingerprint() {
        Object[] p = em.createQuery("select count(p), max(p.updatedAt) from Person p", Object[].class).getSingleResult();
        Object[] c = em.createQuery("select count(c), max(c.updatedAt) from Company c", Object[].class).getSingleResult();
        Object[] x = em.createQuery("select count(x), max(x.updatedAt) from ContextEvent x", Object[].class)
                .getSingleResult();
        return p[0] + "/" + p[1] + "|" + c[0] + "/" + c[1] + "|" + x[0] + "/" + x[1];
    }

    Gazetteer gazetteer() {
        return new Gazetteer(entities("Person"), entities("Company"), contexts());
    }

    private List<KnownEntity> entities(String entity) {
        Map<Long, String[]> rows = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select e.id, e.slug, e.name from " + entity + " e", Object[].class)
                .getResultList()) {
            rows.put((Long) r[0], new String[] {(String) r[1], (String) r[2]});
        }
        Map<Long, List<String>> aliases = new HashMap<>();
        for (Object[] r : em.createQuery("select e.id, a.alias from " + entity + " e join e.aliases a", Object[].class)
                .getResultList()) {
            aliases.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        List<KnownEntity> out = new ArrayList<>();
        rows.forEach((id, r) -> out.add(new KnownEntity(r[0], r[1], aliases.getOrDefault(id, List.of()))));
        return out;
    }

    private List<KnownContext> contexts() {
        return em.createQuery("select x from ContextEvent x join fetch x.company", ContextEvent.class).getResultList()
                .stream().map(x -> new KnownContext(x.key, x.company.slug, x.type, x.title, x.date(), x.amount,
                        x.currency, x.valuation)).toList();
    }
}
