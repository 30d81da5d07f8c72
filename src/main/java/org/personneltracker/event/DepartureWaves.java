package org.personneltracker.event;

import java.time.LocalDate;
import java.util.List;

/**
 * Waves of departures from a company (runs of departures with short gaps), as a feature above {@code event} finds them
 * (the insight feature). Declared here so the company timeline and its chart can mark each wave without importing
 * that feature; when no implementation is deployed they mark nothing.
 */
public interface DepartureWaves {

    /** One wave: the days its first and last departures are placed on, its size, and words for its band. */
    record Wave(LocalDate first, LocalDate last, long size, String label) {
    }

    /** The waves of one company for the timeline's filters, oldest first. */
    List<Wave> of(String companySlug, EventFilter filter);
}
