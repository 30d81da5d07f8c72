package org.personneltracker.transfer;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.personneltracker.common.Retractions;
import org.personneltracker.company.Company;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.event.EventService;
import org.personneltracker.event.PersonnelEvent;
import org.personneltracker.person.Person;

/**
 * The stored records an import chunk defines, by slug or key, loaded in one query per kind (with the references
 * their export lines show). Every key asked for is in the answer: null when nothing is stored under it.
 */
final class Stored {

    private Stored() {
    }

    static Map<String, Company> companies(EntityManager em, Collection<String> slugs) {
        return load(em, slugs, "select c from Company c left join fetch c.parent where c.slug in :k", Company.class,
                c -> c.slug);
    }

    static Map<String, Person> people(EntityManager em, Collection<String> slugs) {
        return load(em, slugs, "select p from Person p where p.slug in :k", Person.class, p -> p.slug);
    }

    static Map<String, ContextEvent> contexts(EntityManager em, Collection<String> keys) {
        return load(em, keys, "select c from ContextEvent c join fetch c.company where c.key in :k",
                ContextEvent.class, c -> c.key);
    }

    /** Retracted events too: a line may carry one (it is compared with it, and keeps its key). */
    static Map<String, PersonnelEvent> events(EntityManager em, Collection<String> keys) {
        return Retractions.included(() -> load(em, keys, EventService.SELECT_WITH_REFERENCES + " where e.key in :k",
                PersonnelEvent.class, e -> e.key));
    }

    private static <T> Map<String, T> load(EntityManager em, Collection<String> keys, String query, Class<T> type,
            Function<T, String> key) {
        Map<String, T> out = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += ImportService.BATCH) {
            for (T row : em.createQuery(query, type)
                    .setParameter("k", all.subList(i, Math.min(all.size(), i + ImportService.BATCH))).getResultList()) {
                out.put(key.apply(row), row);
            }
        }
        for (String k : keys) {
            out.putIfAbsent(k, null);
        }
        return out;
    }
}
