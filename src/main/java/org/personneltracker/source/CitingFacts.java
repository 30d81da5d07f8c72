package org.personneltracker.source;

import java.util.List;

/**
 * A kind of fact that cites sources: personnel events, context events. Those features sit above sources, so each
 * implements this (as a bean) and the source feature finds them all: to list what cites a source, to refuse
 * deleting a cited source, and to check the quotes again when a source gets a new snapshot.
 */
public interface CitingFacts {

    /** Every citation of the source by facts of this kind, with the fact loaded, oldest fact first. */
    List<? extends Citation> citationsOf(Source source);
}
