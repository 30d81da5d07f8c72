package org.personneltracker.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/** A record placed on the timeline by a partial date (personnel events and context events). */
@MappedSuperclass
public abstract class DatedEntity extends PanacheEntityBase {

    @Column(name = "date_start", nullable = false)
    public LocalDate dateStart;

    @Column(name = "date_end", nullable = false)
    public LocalDate dateEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    public DatePrecision datePrecision;

    @Column(name = "date_approximate", nullable = false)
    public boolean dateApproximate;

    public PartialDate date() {
        return PartialDate.of(dateStart, datePrecision);
    }

    public void setDate(PartialDate date) {
        this.dateStart = date.start();
        this.dateEnd = date.end();
        this.datePrecision = date.precision();
    }
}
