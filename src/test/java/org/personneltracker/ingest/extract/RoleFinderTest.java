package org.personneltracker.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoleFinderTest {

    @Test
    void aTitleLosesTheClauseOrTheNameThatFollowsIt() {
        assertEquals("president", RoleFinder.clean("president in protest"));
        assertEquals("chief executive", RoleFinder.clean("chief executive under an agreement"));
        assertEquals("co-founder", RoleFinder.clean("co-founder Douglas Chen"));
        assertEquals("researcher", RoleFinder.clean("researcher Olivia Grant and"));
        assertEquals("chief know-how officer", RoleFinder.clean("and chief know-how officer"));
        assertEquals("interim co-CEO", RoleFinder.clean("interim co-CEOs whereas it searches for a permanent chief"));
    }

    @Test
    void capitalisedTitleWordsStay() {
        assertEquals("Member of Technical Staff", RoleFinder.clean("Member of Technical Staff"));
        assertEquals("General Counsel", RoleFinder.clean("General Counsel"));
        assertEquals("Chief People Officer", RoleFinder.clean("Chief People Officer and"));
    }
}
