package org.personneltracker.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.personneltracker.source.CitingFacts;
import org.personneltracker.source.Source;

/** Tells the source feature which personnel events cite a source. */
@ApplicationScoped
public class EventCitations implements CitingFacts {

    @Override
    public List<EventCitation> citationsOf(Source source) {
        return EventCitation.<EventCitation>find("select es from EventCitation es join fetch es.event e"
                + " where es.source = ?1 order by e.date.start, e.id", source).list();
    }
}
