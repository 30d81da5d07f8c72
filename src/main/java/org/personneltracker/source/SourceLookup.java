package org.personneltracker.source;

/**
 * How a write finds the stored sources a body cites and checks quotes against their snapshots: one query per
 * source for a single API write ({@link SourceService#direct()}), or from what an import loaded for a whole chunk of
 * records at once, so a batch makes no query per record.
 */
public interface SourceLookup {

    /** The stored source with this identity (normalized URL, or title|publisher|date), or null. */
    Source byDedupKey(String dedupKey);

    /** A source this write created, so later references in the same batch find it. */
    default void created(Source source) {
    }

    /** Whether a quote occurs in the source's latest snapshot; null when it cannot be checked. */
    Boolean verify(String quote, Source source);
}
