package org.personneltracker.event;

public enum Confidence {
    CONFIRMED, REPORTED, RUMOURED
}
