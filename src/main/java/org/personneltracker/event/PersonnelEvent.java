package org.personneltracker.event;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.personneltracker.common.RestorableId;
import org.personneltracker.common.DatedEntity;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.PartialDateColumns;
import org.personneltracker.common.Retractions;
import org.personneltracker.company.Company;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.person.Person;

/** A departure, hire, role change or return of a person at a company. */
@Entity
@Audited
@Table(name = "personnel_event")
@FilterDef(name = Retractions.FILTER, autoEnabled = true, applyToLoadByKey = false,
        defaultCondition = "retracted_at is null")
@Filter(name = Retractions.FILTER)
@jakarta.persistence.EntityListeners(EventCounts.Listener.class)
public class PersonnelEvent extends DatedEntity {

    @Id
    @RestorableId
    public Long id;

    @Column(name = "event_key", nullable = false)
    public String key;

    @Enumerated(EnumType.STRING)
    public EventType type;

    /** When the move became public, when that differs from its date. */
    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "announced_start"))
    @AttributeOverride(name = "precision", column = @Column(name = "announced_precision"))
    protected PartialDateColumns announced;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    public Company company;

    @Embedded
    public Role role;

    @Embedded
    @AttributeOverride(name = "title", column = @Column(name = "prev_title"))
    @AttributeOverride(name = "team", column = @Column(name = "prev_team"))
    @AttributeOverride(name = "category", column = @Column(name = "prev_category"))
    @AttributeOverride(name = "seniority", column = @Column(name = "prev_seniority"))
    @AttributeOverride(name = "founder", column = @Column(name = "prev_founder"))
    public Role previousRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "destination_id")
    public Company destination;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_id")
    public Company origin;

    @Enumerated(EnumType.STRING)
    public Circumstance circumstance;

    public String summary;
    public String reason;

    @Enumerated(EnumType.STRING)
    public Confidence confidence;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<EventCitation> sources = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_context",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "context_id"))
    public Set<ContextEvent> context = new LinkedHashSet<>();

    /**
     * When the date, person, company, type or role was last changed after the event was first saved (null: never),
     * and which of them were ({@code "company,role.team"}, API names). Kept on the row so that lists show
     * corrections without reading the history; the history holds the values before and after.
     */
    /**
     * When an editor retracted the event, and why (null: standing). A retracted event keeps its page and history;
     * queries leave it out ({@link Retractions}).
     */
    public Instant retractedAt;

    public String retractionReason;

    @NotAudited
    public Instant correctedAt;

    @NotAudited
    public String correctedFields;


    public PartialDate announcedDate() {
        return PartialDateColumns.toPartialDate(announced);
    }

    public void setAnnouncedDate(PartialDate date) {
        announced = PartialDateColumns.of(date);
    }

    /** The key this event is counted under in the kept counts as last loaded or written ({@link EventCounts}). */
    @jakarta.persistence.Transient
    EventCounts.Key countedAs;
}
