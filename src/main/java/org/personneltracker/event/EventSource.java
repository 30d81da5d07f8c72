package org.personneltracker.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.personneltracker.source.Source;

/** A personnel event's citation of a source, with the quote that supports it. */
@Entity
@Table(name = "event_source")
public class EventSource extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public PersonnelEvent event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    public int position;

    public String quote;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public org.personneltracker.source.Stance stance = org.personneltracker.source.Stance.SUPPORTS;

    /** Null when it cannot be checked (no quote or no snapshot); false when the quote is not in the snapshot. */
    public Boolean quoteVerified;
}
