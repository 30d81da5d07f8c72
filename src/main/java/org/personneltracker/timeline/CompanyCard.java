package org.personneltracker.timeline;

import org.personneltracker.company.CompanyView;

/** A company with its counts, as the company list and the home page show it. */
public record CompanyCard(CompanyView company, CompanyView.Counts counts) {

    public long total() {
        return counts.departures() + counts.hires();
    }
}
