package org.personneltracker.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an article and proposes personnel events (candidates, best first) and the context it mentions.
 * Rule-based: the gazetteer's names, a vocabulary of event words, and sentence-level analysis tie each event word
 * to its subject, company, destination, role, date, reason and quote. Thread-safe and reusable: all per-article
 * state lives in an {@link ArticleAnalysis}; build one extractor per gazetteer.
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

    public Extraction extract(ArticleText article) {
        ArticleAnalysis a = new ArticleAnalysis(article, people, companies, nameFinder);
        List<Candidate> candidates = a.candidates();
        List<Mention> mentions = contextFinder.find(new ContextMentionFinder.Input(a.norm(), a.sentences(), a.skipped(),
                a.companyMentions(), a.mainCompanySlug(), article.publishedDate(), a::datesOf));
        List<Span> spans = new ArrayList<>(a.spans());
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
        return new Extraction(article, candidates, mentions, unique);
    }
}
