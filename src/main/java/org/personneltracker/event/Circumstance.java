package org.personneltracker.event;

/** How a departure came about (departures only). */
public enum Circumstance {
    RESIGNED, DISMISSED, LAID_OFF, RETIRED, DECEASED, UNKNOWN
}
