package org.personneltracker.context;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.RefView;
import org.personneltracker.source.SourceTier;

@JsonInclude(JsonInclude.Include.ALWAYS)
public record ContextView(
        Long id,
        String key,
        RefView company,
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
        List<SourceLink> sources,
        int version) {

    public record SourceLink(Long id, String url, String title, String publisher, SourceTier tier,
            String publishedDate, String quote) {
        static SourceLink of(ContextSource cs) {
            var s = cs.source;
            return new SourceLink(s.id, s.url, s.title, s.publisher, s.tier,
                    s.publishedDate() == null ? null : s.publishedDate().toString(), cs.quote);
        }
    }

    public static ContextView from(ContextEvent c, List<SourceLink> sources) {
        return new ContextView(c.id, c.key, RefView.of(c.company), c.type, c.title, c.date().toString(),
                c.datePrecision, c.dateApproximate, c.description, c.amount, c.currency, c.valuation, c.round,
                c.status, sources, c.version);
    }
}
