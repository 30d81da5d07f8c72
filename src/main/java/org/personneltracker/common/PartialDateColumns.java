package org.personneltracker.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A {@link PartialDate} as stored: the first day of its period and its precision, so stored dates sort by their
 * start. Each use names its own columns ({@code date_start}/{@code date_precision}, {@code announced_*},
 * {@code published_*}) with attribute overrides; a null date leaves both columns null.
 */
@Embeddable
public class PartialDateColumns {

    @Column(name = "start")
    public LocalDate start;

    @Enumerated(EnumType.STRING)
    @Column(name = "precision")
    public DatePrecision precision;

    protected PartialDateColumns() {
    }

    private PartialDateColumns(LocalDate start, DatePrecision precision) {
        this.start = start;
        this.precision = precision;
    }

    /** Null for null, so an optional date is stored as two nulls. */
    public static PartialDateColumns of(PartialDate date) {
        return date == null ? null : new PartialDateColumns(date.start(), date.precision());
    }

    /** Null for null. */
    public static PartialDate toPartialDate(PartialDateColumns columns) {
        return columns == null || columns.start == null ? null : PartialDate.of(columns.start, columns.precision);
    }
}
