package org.personneltracker.common;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Retracted personnel events stay stored (their page and history show them) but every query leaves them out: the
 * Hibernate filter {@link #FILTER}, enabled in every session, adds "not retracted" to each query over them. Loading
 * one by id still finds it. Code that must see them all (what still refers to a person or company, a merge, the
 * uniqueness of keys) runs inside {@link #included}.
 */
public final class Retractions {

    /** The filter's name; its condition is declared on the event entity. */
    public static final String FILTER = "unretracted";

    private Retractions() {
    }

    /** Runs {@code work} with retracted events visible to queries, in the current session. */
    public static <T> T included(Supplier<T> work) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        boolean was = session.getEnabledFilter(FILTER) != null;
        if (was) {
            session.disableFilter(FILTER);
        }
        try {
            return work.get();
        } finally {
            if (was) {
                session.enableFilter(FILTER);
            }
        }
    }
}
