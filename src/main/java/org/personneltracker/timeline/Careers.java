package org.personneltracker.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.personneltracker.common.Retractions;
import org.personneltracker.event.EventService;
import org.personneltracker.event.EventView;
import org.personneltracker.event.PersonnelEvent;
import org.personneltracker.person.CareerSource;
import org.personneltracker.person.Person;
import org.personneltracker.person.PersonService;
import org.personneltracker.person.PersonView;

/**
 * A person's timeline: their events, oldest first, and the positions derived from them. Supplies the career of the
 * person's JSON ({@link CareerSource}, declared by the person feature) and the person page.
 */
@ApplicationScoped
public class Careers implements CareerSource {

    @Inject
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    PersonService people;

    /** A person with their events and positions, as the person page shows them. */
    public record PersonCareer(PersonView person, List<EventView> events, List<Position> positions) {
    }

    @Transactional
    public PersonCareer of(String slug) {
        Person p = people.find(slug);
        List<EventView> career = eventsOf(p);
        return new PersonCareer(PersonView.from(p, null), career, Positions.derive(career));
    }

    @Override
    @Transactional
    public Career careerOf(Person person) {
        List<EventView> career = eventsOf(person);
        return new Career(career, Positions.derive(career));
    }

    @Override
    public long eventCount(Person person) {
        // retracted events still name the person: they are stored and shown on their pages
        return Retractions.included(() -> PersonnelEvent.count("person", person));
    }

    /** The person's events, oldest first, in the event shape: one statement plus the views' two. */
    private List<EventView> eventsOf(Person p) {
        return events.views(em.createQuery(EventService.SELECT_WITH_REFERENCES
                + " where e.person = :p order by e.date.start, e.id", PersonnelEvent.class)
                .setParameter("p", p).getResultList());
    }
}
