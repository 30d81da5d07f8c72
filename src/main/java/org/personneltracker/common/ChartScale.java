package org.personneltracker.common;

/** The value axis of the server-rendered bar charts: a round step and the top of the axis for a maximum. */
public final class ChartScale {

    private ChartScale() {
    }

    /** 1, 2, 5 or 10 for small maxima, then a multiple of 10 giving at most about five ticks per side. */
    public static long step(long max) {
        return max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : max <= 50 ? 10 : (long) Math.ceil(max / 50.0) * 10;
    }

    /** The maximum rounded up to a whole step. */
    public static long top(long max) {
        long step = step(max);
        return (long) Math.ceil((double) max / step) * step;
    }
}
