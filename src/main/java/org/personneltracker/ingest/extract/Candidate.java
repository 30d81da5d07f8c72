package org.personneltracker.ingest.extract;

import java.util.List;
import org.personneltracker.common.PartialDate;
import org.personneltracker.event.Circumstance;
import org.personneltracker.event.EventType;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;

/** A personnel event the article appears to report, for a person to review. */
public record Candidate(
        PersonRef person, CompanyRef company, EventType type,
        String roleTitle, String roleTeam, RoleCategory category, Seniority seniority, boolean founder,
        PartialDate date, boolean dateApproximate,
        CompanyRef destination, CompanyRef origin, Circumstance circumstance,
        String reason, String quote, double score, List<Span> evidence) {
    public Candidate {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
