package org.personneltracker.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to year, month or day precision ("2026", "2026-02", "2026-02-09").
 * Stored as the first day of its period plus the precision, so partial dates sort by their start.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final LocalDate start;
    private final DatePrecision precision;

    private PartialDate(LocalDate start, DatePrecision precision) {
        this.start = start;
        this.precision = precision;
    }

    /**
     * Parses an ISO 8601 year, year-month or full date.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not such a date
     *                                  or names a day that does not exist
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a date is required");
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return ofMonth(year, month);
            }
            return ofDay(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date", e);
        }
    }

    /** Like {@link #parse} but answers null for null or blank text. */
    public static PartialDate parseNullable(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public static PartialDate ofYear(int year) {
        checkYear(year);
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        checkYear(year);
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate ofDay(LocalDate day) {
        checkYear(day.getYear());
        return new PartialDate(day, DatePrecision.DAY);
    }

    /** Rebuilds a stored value; the start is moved to the start of its period. */
    public static PartialDate of(LocalDate start, DatePrecision precision) {
        Objects.requireNonNull(start);
        Objects.requireNonNull(precision);
        return switch (precision) {
            case YEAR -> ofYear(start.getYear());
            case MONTH -> ofMonth(start.getYear(), start.getMonthValue());
            case DAY -> ofDay(start);
        };
    }

    private static void checkYear(int year) {
        if (year < 1800 || year > 2999) {
            throw new IllegalArgumentException("year " + year + " is out of range (1800-2999)");
        }
    }

    /** First day of the period. */
    public LocalDate start() {
        return start;
    }

    /** Last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case DAY -> start;
        };
    }

    public DatePrecision precision() {
        return precision;
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(PartialDate other) {
        return !start.isAfter(other.end()) && !other.start.isAfter(end());
    }

    /** A human label at the date's precision: "2026", "Feb 2026", "9 Feb 2026". */
    public String label() {
        String month = start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return switch (precision) {
            case YEAR -> Integer.toString(start.getYear());
            case MONTH -> month + " " + start.getYear();
            case DAY -> start.getDayOfMonth() + " " + month + " " + start.getYear();
        };
    }

    /** The ISO string at the date's precision. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }

    /** The middle day of the period: the day itself, the 15th or 16th of a month, 2 July of a year. */
    public LocalDate middle() {
        return start.plusDays((end().toEpochDay() - start.toEpochDay()) / 2);
    }

    /**
     * Reading order for lists that mix precisions: by the middle of each period, so "February 2026" falls between
     * 5 and 17 February rather than before 1 February's events; the more precise first on the same middle.
     */
    public static final java.util.Comparator<PartialDate> READING_ORDER = java.util.Comparator
            .comparing(PartialDate::middle).thenComparing(PartialDate::precision, java.util.Comparator.reverseOrder());

    @Override
    public int compareTo(PartialDate o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.start.equals(start) && p.precision == precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, precision);
    }
}
