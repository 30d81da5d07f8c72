package org.personneltracker.ingest.extract;

import org.personneltracker.common.PartialDate;
import org.personneltracker.context.ContextType;

/** A stored context event (launch, funding round, headcount, ...) that mentions can be matched to. */
public record KnownContext(String key, String companySlug, ContextType type, String title, PartialDate date,
                           Long amount, String currency, Long valuation) {
}
