package org.personneltracker.context;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.source.CitationView;

@JsonInclude(JsonInclude.Include.ALWAYS)
public record ContextView(
        Long id,
        String key,
        SlugAndName company,
        ContextType type,
        String title,
        String date,
        DatePrecision datePrecision,
        boolean dateApproximate,
        String description,
        Long amount,
        String currency,
        Long valuation,
        String round,
        FundingStatus status,
        List<CitationView> sources,
        int version) {

    public static ContextView from(ContextEvent c, List<CitationView> sources) {
        return new ContextView(c.id, c.key, SlugAndName.of(c.company), c.type, c.title, c.date().toString(),
                c.date().precision(), c.dateApproximate, c.description, c.amount, c.currency, c.valuation, c.round,
                c.status, sources, c.version);
    }
}
