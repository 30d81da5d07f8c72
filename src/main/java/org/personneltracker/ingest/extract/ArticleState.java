package org.personneltracker.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one extraction knows about one article, shared by the pipeline's stages: the text (original and
 * normalised, same offsets), its sentences and which of them are page furniture, the people and companies found,
 * quotations, the byline, the main company, and per-article caches. Each stage reads what the stages before it
 * filled in: {@link Preparation} fills the text, the sentences and the names; {@link EventStage} (with
 * {@link SubjectFinder}, {@link CompanyFinder}, {@link EventDates}) builds drafts; {@link Merger} merges and scores
 * them. Not thread-safe: one per article.
 */
final class ArticleState {

    final String title;
    /** The article's text: offsets of spans refer to it. */
    final String text;
    /** The text with typography folded one character for one character: the same offsets as {@link #text}. */
    final String norm;
    final LocalDate published;

    List<SentenceSplitter.Sentence> sentences = List.of();
    /** Sentences that are page furniture (navigation, related links, bylines, captions): never read for events. */
    final Set<Integer> skipped = new HashSet<>();
    /** Sentences that look like headlines (short, no final full stop). */
    final Set<Integer> headlineLike = new HashSet<>();
    /** People and companies named, each sorted by start. */
    final List<EntityMention> persons = new ArrayList<>();
    final List<EntityMention> companies = new ArrayList<>();
    List<QuoteFinder.Quote> quotes = List.of();
    EntityMention byline;
    EntityMention mainCompany;
    /** The person the story was about before each sentence, for he/she. */
    final Map<Integer, EntityMention> focusBefore = new HashMap<>();
    /** A person's company as the article introduces them ("Anthropic's X", "X, a researcher at OpenAI"). */
    final Map<String, EntityMention> personCompany = new HashMap<>();
    /** The company a person is introduced as having left ("former Kestrel researcher X", "X, Korvin's former CTO"). */
    final Map<String, EntityMention> formerCompany = new HashMap<>();
    /** Spans to highlight, collected by every stage. */
    final List<Span> spans = new ArrayList<>();

    private final Map<Integer, List<EventClassifier.Trigger>> triggers = new HashMap<>();
    private final Map<Integer, List<DateResolver.DateHit>> dates = new HashMap<>();
    final Map<Integer, Integer> clauseStarts = new HashMap<>();
    final Map<EntityMention, Optional<RoleParser.Role>> roles = new HashMap<>();
    final Map<QuoteFinder.Quote, Optional<EntityMention>> speakers = new HashMap<>();
    private Map<String, List<EntityMention>> mentionsById;

    ArticleState(String title, String text, LocalDate published) {
        this.title = title;
        this.text = text == null ? "" : text;
        this.norm = TextNormalizer.normalize(this.text);
        this.published = published;
    }

    // ------------------------------------------------------------------------------------------ look-ups

    SentenceSplitter.Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SentenceSplitter.Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    QuoteFinder.Quote quoteAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteFinder.Quote q = quotes.get(mid);
            if (offset <= q.start()) {
                hi = mid - 1;
            } else if (offset >= q.end()) {
                lo = mid + 1;
            } else {
                return q;
            }
        }
        return null;
    }

    boolean inQuote(int offset) {
        return quoteAt(offset) != null;
    }

    List<EntityMention> personsIn(int s, int e) {
        return within(persons, s, e);
    }

    List<EntityMention> companiesIn(int s, int e) {
        return within(companies, s, e);
    }

    /** Mentions of a list sorted by start that lie inside [s, e). */
    private static List<EntityMention> within(List<EntityMention> sorted, int s, int e) {
        List<EntityMention> out = new ArrayList<>();
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sorted.size() && sorted.get(i).start() < e; i++) {
            if (sorted.get(i).end() <= e) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** Mentions of a list sorted by start that overlap [s, e) (names are shorter than 100 characters). */
    static List<EntityMention> overlapping(List<EntityMention> sorted, int s, int e) {
        List<EntityMention> out = new ArrayList<>(1);
        for (EntityMention m : within(sorted, Math.max(0, s - 100), e + 100)) {
            if (m.overlaps(s, e)) {
                out.add(m);
            }
        }
        return out;
    }

    boolean isPersonAt(int s, int e) {
        for (EntityMention p : within(persons, Math.max(0, s - 80), e + 80)) {
            if (p.overlaps(s, e)) {
                return true;
            }
        }
        return false;
    }

    /** Every mention of the same person (by slug or name), in text order. */
    List<EntityMention> mentionsOf(EntityMention person) {
        if (mentionsById == null) {
            mentionsById = new HashMap<>();
            for (EntityMention p : persons) {
                mentionsById.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
            }
        }
        return mentionsById.getOrDefault(person.id(), List.of());
    }

    /** The event words of a sentence, found once per article. */
    List<EventClassifier.Trigger> triggersOf(SentenceSplitter.Sentence s) {
        return triggers.computeIfAbsent(s.index(), i -> EventClassifier.find(norm, s.start(), s.end()));
    }

    /** The date expressions of a sentence, resolved once per article. */
    List<DateResolver.DateHit> datesOf(SentenceSplitter.Sentence s) {
        return dates.computeIfAbsent(s.index(), i -> DateResolver.find(norm, s.start(), s.end(), published));
    }

    String between(int from, int to) {
        return norm.substring(from, to);
    }

    /** Up to {@code n} characters before {@code offset}, not before {@code floor}. */
    String before(int offset, int n, int floor) {
        return norm.substring(Math.min(offset, Math.max(floor, offset - n)), offset);
    }

    String slug(EntityMention c) {
        return c == null ? null : c.slug();
    }

    static CompanyRef ref(EntityMention c) {
        return c == null ? null : new CompanyRef(c.name(), c.slug());
    }

    static boolean sameCompany(CompanyRef a, CompanyRef b) {
        return a != null && b != null && companyKey(a).equals(companyKey(b));
    }

    static String companyKey(CompanyRef c) {
        if (c == null) {
            return "-";
        }
        return c.slug() != null ? "slug:" + c.slug() : "name:" + c.name().toLowerCase(Locale.ROOT);
    }
}
