package org.personneltracker.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an article and proposes personnel events (candidates, best first) and the context it mentions.
 * Rule-based: the gazetteer's names, a vocabulary of event words, and sentence-level analysis tie each event word
 * to its subject, company, destination, role, date, reason and quote. Thread-safe and reusable: all per-article
 * state lives in an {@link ArticleState}; build one extractor per gazetteer.
 */
public final class ArticleExtractor {

    private final Gazetteer gazetteer;
    private final EntityMatcher people;
    private final EntityMatcher companies;
    private final NameFinder nameFinder;
    private final ContextMentionFinder contextFinder;

    public ArticleExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer == null ? Gazetteer.empty() : gazetteer;
        this.people = new EntityMatcher(this.gazetteer.people(), EntityMention.Kind.PERSON);
        this.companies = new EntityMatcher(this.gazetteer.companies(), EntityMention.Kind.COMPANY);
        Set<String> companyTokens = new HashSet<>();
        for (String t : companies.nameTokens()) {
            if (t.length() > 2) {
                companyTokens.add(t);
            }
        }
        // a person's surname may also be a word of a company name ("Thinking"?); keep person tokens out
        companyTokens.removeAll(people.nameTokens());
        this.nameFinder = new NameFinder(companyTokens);
        this.contextFinder = new ContextMentionFinder(this.gazetteer.contextEvents(), this::companyByName);
    }

    private KnownEntity companyByName(String name) {
        KnownEntity e = companies.lookup(name);
        if (e != null) {
            return e;
        }
        for (KnownEntity k : gazetteer.companies()) {
            if (k.slug().equals(name) || k.slug().startsWith(name + "-") || k.slug().equals(name.replace(' ', '-'))) {
                return k;
            }
        }
        return null;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Reads one article: title (may be null), text, and the publication date relative dates resolve against (may be
     * null). The stages run in order over one {@link ArticleState}.
     */
    public Extraction extract(String title, String text, LocalDate published) {
        ArticleState a = new ArticleState(title, text, published);
        Preparation.prepare(a, people, companies, nameFinder);
        SubjectFinder subjects = new SubjectFinder(a);
        Roles roles = new Roles(a);
        EventStage events = new EventStage(a, subjects, new CompanyFinder(a, subjects), roles, new EventDates(a));
        List<CandidateDraft> drafts = events.drafts();
        new FoundingGroups(a).add(drafts);
        List<Candidate> candidates = new Merger(a, subjects, roles).candidates(drafts);
        List<Mention> mentions = contextFinder.find(new ContextMentionFinder.Input(a.norm, a.sentences, a.skipped,
                s -> a.companiesIn(s.start(), s.end()), a.mainCompany == null ? null : a.mainCompany.slug(), published,
                a::datesOf));
        List<Span> spans = new ArrayList<>(a.spans);
        for (Mention m : mentions) {
            spans.add(m.span());
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Span s : spans) {
            if (seen.add(s.start() + ":" + s.end() + ":" + s.label())) {
                unique.add(s);
            }
        }
        return new Extraction(candidates, mentions, unique);
    }
}
