package org.personneltracker.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.personneltracker.common.Retractions;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyMerging;
import org.personneltracker.person.Person;
import org.personneltracker.person.PersonMerging;

/**
 * Personnel events follow a merge: the person, company, destination and origin merged away become the one kept.
 * Retracted events move too. Entities are changed one by one (not a bulk update) so the history records each.
 */
@ApplicationScoped
public class EventMerging implements PersonMerging, CompanyMerging {

    @Override
    public long moveReferences(Person from, Person into) {
        List<PersonnelEvent> rows = Retractions.included(() -> PersonnelEvent.<PersonnelEvent>list("person", from));
        rows.forEach(e -> e.person = into);
        return rows.size();
    }

    @Override
    public long moveReferences(Company from, Company into) {
        List<PersonnelEvent> rows = Retractions.included(() -> PersonnelEvent.<PersonnelEvent>list(
                "company = ?1 or destination = ?1 or origin = ?1", from));
        for (PersonnelEvent e : rows) {
            if (same(e.company, from)) {
                e.company = into;
            }
            if (same(e.destination, from)) {
                e.destination = into;
            }
            if (same(e.origin, from)) {
                e.origin = into;
            }
        }
        return rows.size();
    }

    /** By id: a lazy reference may be a proxy rather than the loaded instance. */
    private static boolean same(Company a, Company b) {
        return a != null && Objects.equals(a.id, b.id);
    }
}
