package org.personneltracker.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that changes whenever a fact is written (a company, person, source, context or personnel event, or a
 * citation): the JPA entity listener of those records. {@link Aggregates} keeps answers computed from the whole
 * table (counts, facets, charts, insights) under the version they were computed at, so a changed fact invalidates
 * them all at once.
 * <p>
 * It is bumped twice per writing transaction: when the row is flushed, and again once the transaction has ended. A
 * reader that started between the two read the data as it was before the commit; the second bump makes sure what it
 * stored is never served. The version lives in this JVM: a second instance writing to the same PostgreSQL database is
 * not seen, so {@code tracker.cache.aggregates=false} turns the cache off for such setups (README, Configuration).
 */
public class DataVersion {

    private static final AtomicLong VERSION = new AtomicLong();
    private static final Object KEY = new Object();
    /** When the version last changed (epoch milliseconds); the start of this JVM before any write. */
    private static final AtomicLong CHANGED_AT = new AtomicLong(System.currentTimeMillis());

    public static long current() {
        return VERSION.get();
    }

    /** When a fact was last written in this JVM (epoch milliseconds), or when it started if none was. */
    public static long changedAt() {
        return CHANGED_AT.get();
    }

    /** Marks the data as changed (also for writes that bypass the entity listener). */
    public static void bump() {
        CHANGED_AT.accumulateAndGet(System.currentTimeMillis(), Math::max);
        VERSION.incrementAndGet();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        bump();
        try (InstanceHandle<TransactionSynchronizationRegistry> h =
                Arc.container().instance(TransactionSynchronizationRegistry.class)) {
            TransactionSynchronizationRegistry registry = h.isAvailable() ? h.get() : null;
            if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE
                    || registry.getResource(KEY) != null) {
                return;
            }
            registry.putResource(KEY, Boolean.TRUE);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    bump();
                }
            });
        }
    }
}
