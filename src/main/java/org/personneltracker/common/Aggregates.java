package org.personneltracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers that aggregate many rows (a list's total and facet counts, a company's chart, the insights over all
 * companies), kept until the next write ({@link DataVersion}): at a million events such an answer costs from tens of
 * milliseconds to seconds to compute, and it changes only when a fact does. Bounded (least recently used first out),
 * keyed by what the answer depends on (a records' {@code equals}), the feature's name first.
 * {@code tracker.cache.aggregates=false} computes every answer afresh.
 */
@ApplicationScoped
public class Aggregates {

    static final int MAX_ENTRIES = 2_000;

    private record Entry(long version, Object value) {
    }

    private final Map<Object, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    @Inject
    TrackerConfig config;

    /** The answer for {@code key}: the kept one if no fact changed since it was computed, else {@code compute}'s. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        if (!config.cacheAggregates()) {
            return compute.get();
        }
        long version = DataVersion.current();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.version() == version) {
                return (T) e.value();
            }
        }
        T value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(version, value));
        }
        return value;
    }
}
