package org.personneltracker.ingest.extract;

import org.personneltracker.common.PartialDate;
import org.personneltracker.context.ContextType;
import org.personneltracker.context.FundingStatus;

/**
 * A context event the article mentions (launch, funding round, headcount, ...).
 * key is the matched stored context event's key, or null.
 */
public record Mention(ContextType type, String title, PartialDate date, Long amount, String currency, Long valuation,
                      FundingStatus status, String key, Span span) {
}
