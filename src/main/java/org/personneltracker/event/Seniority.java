package org.personneltracker.event;

import java.util.List;

/** Seniority of a role, most senior first; {@code UNKNOWN} ranks nowhere. */
public enum Seniority {
    C_LEVEL, VP, HEAD, SENIOR_IC, IC, UNKNOWN;

    /** The ranked levels, most junior first (API.md: IC < SENIOR_IC < HEAD < VP < C_LEVEL). */
    public static List<Seniority> ranked() {
        return List.of(IC, SENIOR_IC, HEAD, VP, C_LEVEL);
    }

    /** This level and every level above it ({@code seniorityAtLeast}). */
    public List<Seniority> andAbove() {
        List<Seniority> r = ranked();
        return r.subList(r.indexOf(this), r.size());
    }
}
