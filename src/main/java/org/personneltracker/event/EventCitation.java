package org.personneltracker.event;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.personneltracker.source.Citation;
import org.personneltracker.source.SourceView;

/** A personnel event's citation of a source. */
@Entity
@Audited
@Table(name = "event_source")
public class EventCitation extends Citation {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public PersonnelEvent event;

    protected EventCitation() {
    }

    EventCitation(PersonnelEvent event) {
        this.event = event;
    }

    @Override
    public SourceView.CitingFact citingFact() {
        return new SourceView.CitingFact(SourceView.CitingFact.Kind.EVENT, event.id, event.key, null,
                event.date().toString(), quote);
    }
}
