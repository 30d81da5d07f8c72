package org.personneltracker.event;

public enum EventType {
    DEPARTURE, HIRE, ROLE_CHANGE, RETURN
}
