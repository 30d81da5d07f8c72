package org.personneltracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Serialises first-start work (the first admin, the seed load) when several app instances start together on one
 * database: {@link #lock()} locks a row of {@code app_lock} (SELECT ... FOR UPDATE) until the calling transaction
 * ends, so the second instance waits, then finds the work done. On one H2 file there is only ever one instance; the
 * lock costs nothing there.
 */
@ApplicationScoped
public class FirstStartLock {

    @Inject
    EntityManager em;

    /** Locks the first-start row for the current transaction. */
    public void lock() {
        em.createNativeQuery("SELECT name FROM app_lock WHERE name = 'first-start' FOR UPDATE").getResultList();
    }
}
