package org.personneltracker.common;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A record placed on the timeline by a partial date (personnel events and context events). Besides the stored
 * date ({@code date_start}, {@code date_precision}) it keeps the last day of the period, so the overlap filters
 * ({@code from}, {@code to}) are plain indexed comparisons. In queries: {@code e.date.start}, {@code e.dateEnd}.
 */
@Audited
@MappedSuperclass
public abstract class DatedEntity extends VersionedEntity {

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "date_start", nullable = false))
    @AttributeOverride(name = "precision", column = @Column(name = "date_precision", nullable = false))
    protected PartialDateColumns date;

    @Column(name = "date_end", nullable = false)
    public LocalDate dateEnd;

    @Column(name = "date_approximate", nullable = false)
    public boolean dateApproximate;

    public PartialDate date() {
        return PartialDateColumns.toPartialDate(date);
    }

    /** The first day of the date's period: the sort key. */
    public LocalDate dateStart() {
        return date.start;
    }

    public void setDate(PartialDate partialDate) {
        this.date = PartialDateColumns.of(partialDate);
        this.dateEnd = partialDate.end();
    }
}
