package org.personneltracker.company;

/**
 * What the features above companies know about one: the departures, hires and people its events count, and what
 * still refers to it. Companies sit below events and know nothing of them, so this package declares what it needs
 * and the timeline supplies it ({@code timeline/CompanyCounts}).
 */
public interface CompanyActivity {

    /** The counts shown with a company (GET /api/companies/{slug}). */
    CompanyView.Counts counts(Company company);

    /** Records above companies that refer to this one: while there are any, it cannot be deleted. */
    Referrers referrers(Company company);

    /** Personnel events naming the company (as company, destination or origin) and its context events. */
    record Referrers(long personnelEvents, long contextEvents) {
    }
}
