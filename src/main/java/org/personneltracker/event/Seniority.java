package org.personneltracker.event;

public enum Seniority {
    C_LEVEL, VP, HEAD, SENIOR_IC, IC, UNKNOWN
}
