package org.personneltracker.insight;

import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.context.ContextType;
import org.personneltracker.context.ContextView;
import org.personneltracker.context.FundingStatus;

/** A context event as insights list it, with its figures (amount, valuation, status). */
public record ContextBrief(long id, String key, SlugAndName company, ContextType type, String title, String date,
        DatePrecision datePrecision, boolean dateApproximate, Long amount, String currency, Long valuation,
        String round, FundingStatus status) {

    static ContextBrief of(ContextView c) {
        return new ContextBrief(c.id(), c.key(), c.company(), c.type(), c.title(), c.date(), c.datePrecision(),
                c.dateApproximate(), c.amount(), c.currency(), c.valuation(), c.round(), c.status());
    }
}
