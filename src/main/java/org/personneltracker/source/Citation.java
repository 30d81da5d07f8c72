package org.personneltracker.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.personneltracker.common.DataVersion;

/**
 * A fact's citation of a source: the quote that supports the fact, whether the source supports or contradicts it,
 * and whether the quote was found in the source's snapshot. Personnel events and context events cite sources the
 * same way ({@link Citations}); each kind keeps its citations in its own table with a link to the citing fact.
 */
@Audited
@MappedSuperclass
@EntityListeners(DataVersion.class)
public abstract class Citation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    /** The citation's place in the fact's list of sources. */
    public int position;

    public String quote;

    @Enumerated(EnumType.STRING)
    public Stance stance = Stance.SUPPORTS;

    /** Null when it cannot be checked (no quote or no snapshot); false when the quote is not in the snapshot. */
    public Boolean quoteVerified;

    /** The citing fact, as a source's {@code citedBy} lists it. */
    public abstract SourceView.CitingFact citingFact();
}
