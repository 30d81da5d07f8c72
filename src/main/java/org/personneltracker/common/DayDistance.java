package org.personneltracker.common;

import java.time.LocalDate;

/**
 * The signed distance in days from one partial date to another, and whether it is known to the day. This is the one
 * rule for every window of days (around an event, waves of departures, departures after launches, the company events
 * suggested when logging):
 * <ul>
 * <li>a DAY date is that day;</li>
 * <li>a MONTH date is placed at the middle of its month, and every distance to or from it is approximate: shown as
 * "about N days", never as if the day were known;</li>
 * <li>a YEAR date has no place in a window of days (its middle, 2 July, would be an invention): {@link #between}
 * answers null and callers leave it out of day windows, counting it apart;</li>
 * <li>a date the sources pin only roughly ({@code dateApproximate}, shown as "c.") makes the distance approximate
 * too.</li>
 * </ul>
 * A period that contains the other date (a February funding-round talk around 9 February) is told by
 * {@link #covers}, whatever the distance between the middles.
 */
public record DayDistance(long days, boolean approximate) {

    /** Distance from {@code from} to {@code to}: positive when {@code to} is later. Null when either is a year. */
    public static DayDistance between(PartialDate from, boolean fromApproximate, PartialDate to, boolean toApproximate) {
        Long a = halfDays(from);
        Long b = halfDays(to);
        if (a == null || b == null) {
            return null;
        }
        long half = b - a;
        // half days round away from zero: the middle of a 30-day month is 14.5 days after its first day
        long days = half >= 0 ? (half + 1) / 2 : -((-half + 1) / 2);
        boolean approximate = fromApproximate || toApproximate || from.precision() != DatePrecision.DAY
                || to.precision() != DatePrecision.DAY;
        return new DayDistance(days, approximate);
    }

    public static DayDistance between(PartialDate from, PartialDate to) {
        return between(from, false, to, false);
    }

    /** True when the date can be placed in a window of days (day or month precision). */
    public static boolean placeable(PartialDate d) {
        return d.precision() != DatePrecision.YEAR;
    }

    /** The day a date stands for in day windows: its day, or the middle day of its month; null for a year. */
    public static LocalDate position(PartialDate d) {
        Long h = halfDays(d);
        return h == null ? null : LocalDate.ofEpochDay(Math.floorDiv(h, 2));
    }

    /** True when {@code outer} is a wider period that contains all of {@code inner} (a month around a day). */
    public static boolean covers(PartialDate outer, PartialDate inner) {
        return outer.precision().compareTo(inner.precision()) < 0 && !outer.start().isAfter(inner.start())
                && !outer.end().isBefore(inner.end());
    }

    /** The position in half days since the epoch (so the middle of an even month is exact). */
    private static Long halfDays(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> d.start().toEpochDay() * 2;
            case MONTH -> d.start().toEpochDay() * 2 + (d.end().toEpochDay() - d.start().toEpochDay());
            case YEAR -> null;
        };
    }

    public boolean within(int n) {
        return Math.abs(days) <= n;
    }

    /** "the same day", "4 days after", "1 day before", "about 12 days after", "about the same time". */
    public String words() {
        long n = Math.abs(days);
        if (n == 0) {
            return approximate ? "about the same time" : "the same day";
        }
        String side = days > 0 ? " after" : " before";
        return (approximate ? "about " : "") + n + (n == 1 ? " day" : " days") + side;
    }
}
