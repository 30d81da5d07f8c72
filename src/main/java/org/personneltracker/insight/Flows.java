package org.personneltracker.insight;

import java.util.List;
import org.personneltracker.common.SlugAndName;

/**
 * GET /api/insights/flows: where people went, from departures' destinations and hires' or returns' origins, each move
 * counted once (a departure with a destination and the matching arrival are one move, see {@code SameMove}).
 * {@code moves} counts every move matching the filters, {@code flows} holds the largest {@code limit} pairs.
 */
public record Flows(long moves, long pairs, List<Flow> flows) {

    /**
     * Moves from one company to another: {@code events} holds the ids of the records behind up to 100 of them (the
     * departure and the arrival of one move both), newest first; {@code eventsTruncated} when there are more.
     */
    public record Flow(SlugAndName from, SlugAndName to, long count, List<Long> events, boolean eventsTruncated) {
    }
}
