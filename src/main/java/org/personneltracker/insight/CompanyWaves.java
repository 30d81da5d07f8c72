package org.personneltracker.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.personneltracker.common.DayDistance;
import org.personneltracker.common.PartialDate;
import org.personneltracker.event.DepartureWaves;
import org.personneltracker.event.EventFilter;

/** Hands the company timeline its waves (default size and gap), to mark them on the list and the chart. */
@ApplicationScoped
public class CompanyWaves implements DepartureWaves {

    @Inject
    InsightService insights;

    @Override
    public List<Wave> of(String companySlug, EventFilter filter) {
        return insights.wavesOf(companySlug, filter).stream().map(w -> {
            PartialDate from = PartialDate.parse(w.from());
            PartialDate to = PartialDate.parse(w.to());
            String dates = from.equals(to) ? from.label() : from.label() + " – " + to.label();
            return new Wave(DayDistance.position(from), DayDistance.position(to), w.size(),
                    "Wave of departures: " + w.size() + " from " + dates + (w.approximate() ? " (about)" : ""));
        }).toList();
    }
}
