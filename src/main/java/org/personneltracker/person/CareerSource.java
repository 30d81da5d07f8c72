package org.personneltracker.person;

import java.util.List;

/**
 * A person's career as their JSON shows it: the events that make it up, oldest first, in the event shape, and the
 * positions derived from them. People sit below events and know nothing of them, so this package declares what it
 * needs and the timeline supplies it ({@code timeline/Careers}); the entries are response records this package
 * passes on without looking into them.
 */
public interface CareerSource {

    Career careerOf(Person person);

    /** How many personnel events name the person: while there are any, the person cannot be deleted. */
    long eventCount(Person person);

    /** The events (oldest first) and the positions derived from them. */
    record Career(List<? extends Record> events, List<? extends Record> positions) {

        /** The career of someone with no recorded events. */
        public static final Career NONE = new Career(List.of(), List.of());
    }
}
