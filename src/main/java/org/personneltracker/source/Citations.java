package org.personneltracker.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.personneltracker.common.Text;
import org.personneltracker.common.VersionedEntity;
import org.personneltracker.common.Violations;

/**
 * The one way facts cite sources, used by personnel events and context events alike: the sources of a write body
 * are resolved (normalized, de-duplicated, their article text kept as a snapshot), then each is linked with its
 * quote and stance, and the quote is checked against the source's snapshot. Runs in the caller's transaction.
 */
@ApplicationScoped
public class Citations {

    @Inject
    SourceService sources;


    /**
     * The stored sources a body cites, in order (null where one cannot be identified), created when new. Records
     * violations instead of throwing, so a body's problems come back together: a bad source, or one cited twice.
     */
    public List<Source> resolve(List<SourceInput> in, Violations v) {
        return resolve(in, v, sources.direct());
    }

    /** {@link #resolve(List, Violations)} with stored sources found through {@code lookup} (a batch's). */
    public List<Source> resolve(List<SourceInput> in, Violations v, SourceLookup lookup) {
        List<Source> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            Source s = sources.resolve(in.get(i), "sources[" + i + "]", v, lookup);
            if (s != null && !seen.add(s.dedupKey)) {
                v.add("sources[" + i + "]", "the same source is cited twice");
            }
            resolved.add(s);
        }
        return resolved;
    }

    /**
     * Adds one citation per resolved source to a fact's {@code citations} (made by {@code newCitation}, which links
     * it to the fact), with the body's quote and stance (SUPPORTS when not given), its quote checked, and persists it.
     */
    public <C extends Citation> void link(List<C> citations, List<SourceInput> in, List<Source> resolved,
            Supplier<C> newCitation) {
        link(citations, in, resolved, newCitation, sources.direct());
    }

    /** {@link #link(List, List, List, Supplier)} with quotes checked through {@code lookup} (a batch's). */
    public <C extends Citation> void link(List<C> citations, List<SourceInput> in, List<Source> resolved,
            Supplier<C> newCitation, SourceLookup lookup) {
        for (C c : draft(in, resolved, newCitation, lookup)) {
            citations.add(c);
            c.persist();
        }
    }

    /**
     * The citations a body makes, not yet stored: each resolved source with the body's quote and stance (SUPPORTS
     * when not given) and its quote checked. An import compares them with the stored ones before writing anything.
     */
    public <C extends Citation> List<C> draft(List<SourceInput> in, List<Source> resolved, Supplier<C> newCitation,
            SourceLookup lookup) {
        List<C> out = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            C c = newCitation.get();
            c.source = resolved.get(i);
            fill(c, i, in.get(i), lookup);
            out.add(c);
        }
        return out;
    }

    /** Sets a citation's place, quote, stance and quote check from a body (unchanged values leave it clean). */
    private static void fill(Citation c, int position, SourceInput in, SourceLookup lookup) {
        c.position = position;
        c.quote = Text.blankToNull(in.quote());
        c.stance = in.stance() == null ? Stance.SUPPORTS : in.stance();
        c.quoteVerified = lookup.verify(c.quote, c.source);
    }

    /**
     * A PUT's citations in place of a fact's old ones: a source cited before and after keeps its citation (updated
     * only where the quote, stance or place changed), a source no longer cited loses it, a new one gains one. So a
     * PUT that changes nothing else writes no citation rows (and no history rows for them). The fact's version goes
     * up exactly once, also when only its citations changed.
     */
    public <C extends Citation> void replace(VersionedEntity fact, List<C> citations, List<SourceInput> in,
            List<Source> resolved, Supplier<C> newCitation) {
        replace(fact, citations, in, resolved, newCitation, sources.direct());
    }

    /** {@link #replace(VersionedEntity, List, List, List, Supplier)} with quotes checked through {@code lookup}. */
    public <C extends Citation> void replace(VersionedEntity fact, List<C> citations, List<SourceInput> in,
            List<Source> resolved, Supplier<C> newCitation, SourceLookup lookup) {
        fact.updatedAt = Instant.now();
        Map<Long, C> before = new HashMap<>();
        citations.forEach(c -> before.put(c.source.id, c));
        List<C> after = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            C c = before.remove(resolved.get(i).id);
            if (c == null) {
                c = newCitation.get();
                c.source = resolved.get(i);
                fill(c, i, in.get(i), lookup);
                c.persist();
            } else {
                fill(c, i, in.get(i), lookup);
            }
            after.add(c);
        }
        citations.clear();
        citations.addAll(after);
    }

    /**
     * A fact's citations as its history shows them, in order: each source (its id, and its address, or its title
     * and publisher when it has none), the quote, and the stance when the source contradicts the fact.
     */
    public static List<Map<String, Object>> historyOf(Collection<? extends Citation> cited) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Citation c : inOrder(cited)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", c.source.id);
            if (c.source.url != null) {
                m.put("url", c.source.url);
            } else {
                m.put("title", c.source.title);
                m.put("publisher", c.source.publisher);
            }
            if (c.quote != null) {
                m.put("quote", c.quote);
            }
            if (c.stance == Stance.CONTRADICTS) {
                m.put("stance", c.stance.name());
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The citations of a fact at an earlier revision as a write body gives them, to restore it: each source as it
     * is now (as it was, when deleted since: it is stored again), with the citation's quote and stance.
     */
    public static List<SourceInput> inputsOf(Collection<? extends Citation> cited) {
        List<SourceInput> out = new ArrayList<>();
        for (Citation c : inOrder(cited)) {
            Source now = Source.findById(c.source.id);
            out.add(SourceService.asInput(now != null ? now : c.source, c.quote, c.stance, null));
        }
        return out;
    }

    private static List<Citation> inOrder(Collection<? extends Citation> cited) {
        List<Citation> list = new ArrayList<>(cited);
        list.sort(Comparator.comparingInt((Citation c) -> c.position));
        return list;
    }
}
