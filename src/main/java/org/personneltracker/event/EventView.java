package org.personneltracker.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.RefView;
import org.personneltracker.context.ContextType;
import org.personneltracker.source.SourceTier;
import org.personneltracker.source.Stance;

/** A stored personnel event as the API shows it; {@code disputed} when a cited source contradicts it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventView(
        Long id,
        String key,
        EventType type,
        String date,
        DatePrecision datePrecision,
        boolean dateApproximate,
        RefView person,
        RefView company,
        RoleView role,
        RoleView previousRole,
        RefView destination,
        RefView origin,
        Circumstance circumstance,
        String announcedDate,
        String summary,
        String reason,
        Confidence confidence,
        boolean disputed,
        List<SourceLink> sources,
        List<ContextLink> context,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public record RoleView(String title, String team, RoleCategory category, Seniority seniority, boolean founder) {
        static RoleView of(Role r) {
            return r == null ? null : new RoleView(r.title, r.team, r.category, r.seniority, r.isFounder());
        }
    }

    public record SourceLink(Long id, String url, String title, String publisher, SourceTier tier,
            String publishedDate, String quote, Stance stance, Boolean quoteVerified) {
        static SourceLink of(EventSource es) {
            var s = es.source;
            return new SourceLink(s.id, s.url, s.title, s.publisher, s.tier,
                    s.publishedDate() == null ? null : s.publishedDate().toString(), es.quote, es.stance,
                    es.quoteVerified);
        }
    }

    public record ContextLink(Long id, String key, ContextType type, String title, String date,
            DatePrecision datePrecision) {
    }

    public static EventView from(PersonnelEvent e, List<SourceLink> sources, List<ContextLink> context) {
        return new EventView(e.id, e.key, e.type, e.date().toString(), e.datePrecision, e.dateApproximate,
                RefView.of(e.person), RefView.of(e.company), RoleView.of(e.role), RoleView.of(e.previousRole),
                RefView.of(e.destination), RefView.of(e.origin), e.circumstance,
                e.announcedDate() == null ? null : e.announcedDate().toString(), e.summary, e.reason, e.confidence,
                sources.stream().anyMatch(l -> l.stance() == Stance.CONTRADICTS), sources, context, e.version, e.createdAt, e.updatedAt);
    }
}
