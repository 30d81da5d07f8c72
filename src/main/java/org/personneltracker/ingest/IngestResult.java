package org.personneltracker.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.personneltracker.context.ContextType;
import org.personneltracker.context.FundingStatus;
import org.personneltracker.event.Circumstance;
import org.personneltracker.event.Confidence;
import org.personneltracker.event.EventType;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;

/**
 * The answer of POST /api/ingest/article. Each candidate is a valid POST /api/events body plus, for review only,
 * {@code known} and {@code mentions}; {@code spans} (offsets into {@code source.text}) are for highlighting;
 * {@code scores[i]} is the extractor's confidence (0 to 1) in {@code candidates[i]}, candidates being best first.
 */
public record IngestResult(ArticleSource source, List<EventDraft> candidates, List<SpanView> spans, List<Double> scores) {

    public record ArticleSource(String url, String title, String publisher, String publishedDate, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** A candidate event: a POST /api/events body, plus {@code known} and {@code mentions} for review. */
    public record EventDraft(
            EventType type,
            @JsonInclude(JsonInclude.Include.ALWAYS) String date,
            Boolean dateApproximate,
            Map<String, String> person,
            Map<String, String> company,
            RoleDraft role,
            Map<String, String> destination,
            Map<String, String> origin,
            Circumstance circumstance,
            String summary,
            String reason,
            Confidence confidence,
            List<SourceDraft> sources,
            List<String> context,
            Known known,
            List<MentionView> mentions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoleDraft(String title, String team, RoleCategory category, Seniority seniority, boolean founder) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceDraft(String url, String title, String publisher, String publishedDate, String quote,
            String text) {
    }

    public record Known(boolean person, boolean company) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MentionView(ContextType type, String title, String date, Long amount, String currency,
            Long valuation, FundingStatus status, String key) {
    }

    public record SpanView(int start, int end, String label) {
    }
}
