package org.personneltracker.context;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.personneltracker.source.Citation;
import org.personneltracker.source.SourceView;

/** A context event's citation of a source. */
@Entity
@Audited
@Table(name = "context_source")
public class ContextCitation extends Citation {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "context_id")
    public ContextEvent context;

    protected ContextCitation() {
    }

    ContextCitation(ContextEvent context) {
        this.context = context;
    }

    @Override
    public SourceView.CitingFact citingFact() {
        return new SourceView.CitingFact(SourceView.CitingFact.Kind.CONTEXT_EVENT, context.id, context.key,
                context.title, context.date().toString(), quote);
    }
}
