package org.personneltracker.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;

class RoleParserTest {

    private static void role(String title, RoleCategory category, Seniority seniority) {
        RoleParser.Role r = RoleParser.classify(title, null);
        assertEquals(category, r.category(), title);
        assertEquals(seniority, r.seniority(), title);
    }

    @Test
    void headOfASafetyTeamIsSafetyAndHead() {
        RoleParser.Role r = RoleParser.classify("head of the Safeguards Research team", null);
        assertEquals(RoleCategory.SAFETY, r.category());
        assertEquals(Seniority.HEAD, r.seniority());
        assertEquals("Safeguards Research", r.team());
    }

    @Test
    void commonTitles() {
        role("chief scientist", RoleCategory.RESEARCH, Seniority.C_LEVEL);
        role("CTO", RoleCategory.EXECUTIVE, Seniority.C_LEVEL);
        role("co-founder", RoleCategory.EXECUTIVE, Seniority.UNKNOWN);
        role("VP of research", RoleCategory.RESEARCH, Seniority.VP);
        role("member of technical staff", RoleCategory.RESEARCH, Seniority.IC);
        role("vice president of research and safety", RoleCategory.SAFETY, Seniority.VP);
        role("senior advisor for AGI Readiness", RoleCategory.POLICY, Seniority.SENIOR_IC);
        role("Chief Product Officer", RoleCategory.PRODUCT, Seniority.C_LEVEL);
        role("CFO", RoleCategory.OPERATIONS, Seniority.C_LEVEL);
        role("security engineer", RoleCategory.SECURITY, Seniority.IC);
        role("executive vice president and CEO of Microsoft AI", RoleCategory.EXECUTIVE, Seniority.C_LEVEL);
        role("head of sales", RoleCategory.BUSINESS, Seniority.HEAD);
        role("infrastructure lead", RoleCategory.ENGINEERING, Seniority.HEAD);
    }

    @Test
    void machineRewrittenTitlesStillClassify() {
        // "head" rewritten to "chief": a chief of a group leads a team, not the company
        role("chief of Anthropic's Safeguards Research group", RoleCategory.SAFETY, Seniority.HEAD);
        role("chief govt", RoleCategory.EXECUTIVE, Seniority.C_LEVEL);
    }
}
