package org.personneltracker.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    @Inject
    EntityManager em;

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
            c.position = i;
            c.quote = Text.blankToNull(in.get(i).quote());
            c.stance = in.get(i).stance() == null ? Stance.SUPPORTS : in.get(i).stance();
            c.quoteVerified = lookup.verify(c.quote, c.source);
            out.add(c);
        }
        return out;
    }

    /**
     * A PUT's new citations in place of a fact's old ones. The old rows are deleted first (a source cited before
     * and after keeps its unique link), and the fact's version goes up exactly once, also when only its citations
     * changed.
     */
    public <C extends Citation> void replace(VersionedEntity fact, List<C> citations, List<SourceInput> in,
            List<Source> resolved, Supplier<C> newCitation) {
        replace(fact, citations, in, resolved, newCitation, sources.direct());
    }

    /** {@link #replace(VersionedEntity, List, List, List, Supplier)} with quotes checked through {@code lookup}. */
    public <C extends Citation> void replace(VersionedEntity fact, List<C> citations, List<SourceInput> in,
            List<Source> resolved, Supplier<C> newCitation, SourceLookup lookup) {
        citations.clear();
        fact.updatedAt = Instant.now();
        em.flush();
        link(citations, in, resolved, newCitation, lookup);
    }
}
