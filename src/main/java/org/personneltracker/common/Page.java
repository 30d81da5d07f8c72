package org.personneltracker.common;

import java.util.List;
import java.util.function.Function;

/** The list envelope of every collection endpoint. */
public record Page<T>(List<T> items, String next, long total) {

    /** The same page with each item mapped (records to their views). */
    public <V> Page<V> map(Function<T, V> f) {
        return new Page<>(items.stream().map(f).toList(), next, total);
    }
}
