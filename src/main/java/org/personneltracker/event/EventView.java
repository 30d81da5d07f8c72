package org.personneltracker.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.context.ContextType;
import org.personneltracker.source.CitationView;
import org.personneltracker.source.Stance;

/**
 * A stored personnel event as the API shows it; {@code disputed} when a cited source contradicts it, {@code corrected}
 * when its date, person, company, type or role was changed after it was first saved.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventView(
        Long id,
        String key,
        EventType type,
        String date,
        DatePrecision datePrecision,
        boolean dateApproximate,
        SlugAndName person,
        SlugAndName company,
        RoleView role,
        RoleView previousRole,
        SlugAndName destination,
        SlugAndName origin,
        Circumstance circumstance,
        String announcedDate,
        String summary,
        String reason,
        Confidence confidence,
        boolean disputed,
        List<CitationView> sources,
        List<ContextLink> context,
        @JsonInclude(JsonInclude.Include.NON_NULL) Corrected corrected,
        @JsonInclude(JsonInclude.Include.NON_NULL) Retracted retracted,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public record RoleView(String title, String team, RoleCategory category, Seniority seniority, boolean founder) {
        static RoleView of(Role r) {
            return r == null ? null : new RoleView(r.title, r.team, r.category, r.seniority, r.isFounder());
        }
    }

    /**
     * Present when the event's date, person, company, type or role changed after it was first saved: when it was
     * last corrected and which of those fields were (API names). The history holds the values before and after.
     */
    public record Corrected(Instant at, List<String> fields) {
        static Corrected of(PersonnelEvent e) {
            return e.correctedAt == null ? null : new Corrected(e.correctedAt, List.of(e.correctedFields.split(",")));
        }
    }

    /** Present when an editor retracted the event: when and why. Lists, timelines, counts and feeds leave it out. */
    public record Retracted(Instant at, String reason) {
        static Retracted of(PersonnelEvent e) {
            return e.retractedAt == null ? null : new Retracted(e.retractedAt, e.retractionReason);
        }
    }

    public record ContextLink(Long id, String key, ContextType type, String title, String date,
            DatePrecision datePrecision) {
    }

    public static EventView from(PersonnelEvent e, List<CitationView> sources, List<ContextLink> context) {
        return new EventView(e.id, e.key, e.type, e.date().toString(), e.date().precision(), e.dateApproximate,
                SlugAndName.of(e.person), SlugAndName.of(e.company), RoleView.of(e.role), RoleView.of(e.previousRole),
                SlugAndName.of(e.destination), SlugAndName.of(e.origin), e.circumstance,
                e.announcedDate() == null ? null : e.announcedDate().toString(), e.summary, e.reason, e.confidence,
                sources.stream().anyMatch(l -> l.stance() == Stance.CONTRADICTS), sources, context, Corrected.of(e), Retracted.of(e), e.version,
                e.createdAt, e.updatedAt);
    }
}
