package org.personneltracker.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "After launches" as pure logic. The windows are the {@code days} days after each launch or funding event (day 1 to
 * day N; the event's own day is not "after" it), merged where they overlap and clipped to the period observed. The
 * comparison is of rates, departures per N days inside the windows and outside them, with the number an even spread
 * would put inside: counts, not a test, and the words say how little small counts can show.
 */
final class LaunchWindows {

    private LaunchWindows() {
    }

    /** A departure's position in the period (see {@code DayDistance.position}) and how many stand there. */
    record Departure(LocalDate day, long count, boolean approximate) {
    }

    record Result(int launches, long windowDays, long otherDays, long departuresAfter, long departuresOther,
            long approximateAfter, double perWindowAfter, double perWindowOther, double expectedAfter,
            String verdict) {
    }

    /** Counts at or under which nothing is said beyond the counts themselves. */
    static final int FEW_DEPARTURES = 5;
    static final int FEW_LAUNCHES = 3;

    /**
     * @param launches    positions of the company's launches and funding events (may fall outside the period)
     * @param departures  positions of its departures
     * @param periodStart first day observed, {@code periodEnd} the last (inclusive)
     */
    static Result compare(List<LocalDate> launches, List<Departure> departures, LocalDate periodStart,
            LocalDate periodEnd, int days) {
        long periodDays = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
        List<LocalDate[]> windows = merge(launches, periodStart, periodEnd, days);
        long inside = 0;
        for (LocalDate[] w : windows) {
            inside += ChronoUnit.DAYS.between(w[0], w[1]) + 1;
        }
        long other = periodDays - inside;
        long after = 0;
        long outside = 0;
        long approximateAfter = 0;
        for (Departure d : departures) {
            if (d.day().isBefore(periodStart) || d.day().isAfter(periodEnd)) {
                continue;
            }
            if (in(windows, d.day())) {
                after += d.count();
                approximateAfter += d.approximate() ? d.count() : 0;
            } else {
                outside += d.count();
            }
        }
        int launchCount = (int) launches.stream().filter(l -> !l.isBefore(periodStart.minusDays(days))
                && !l.isAfter(periodEnd)).count();
        double perAfter = inside == 0 ? 0 : after * (double) days / inside;
        double perOther = other == 0 ? 0 : outside * (double) days / other;
        double expected = periodDays == 0 ? 0 : (after + outside) * (double) inside / periodDays;
        return new Result(launchCount, inside, other, after, outside, approximateAfter, perAfter, perOther, expected,
                verdict(launchCount, after, outside, expected, approximateAfter, days));
    }

    /** Plain words about what the counts support, and no more. */
    static String verdict(int launches, long after, long outside, double expected, long approximateAfter, int days) {
        long total = after + outside;
        String counts = after + " of " + total + (total == 1 ? " departure" : " departures") + " fell in the " + days
                + " days after " + launches + (launches == 1 ? " launch or funding event" : " launches or funding events")
                + "; an even spread over the period would put about " + String.format(Locale.ROOT, "%.1f", expected)
                + " there.";
        if (launches == 0) {
            return "No launches or funding events are recorded in this period, so there is nothing to compare.";
        }
        if (total < FEW_DEPARTURES || launches < FEW_LAUNCHES) {
            return counts + " Too few events to tell a pattern from chance: a single departure more or less would"
                    + " change the picture.";
        }
        String approx = approximateAfter > 0 ? " " + approximateAfter + " of the departures in the windows are dated"
                + " only to the month, so they may fall just outside." : "";
        // an even spread gives a Poisson-like scatter of about the square root of the expected count
        double spread = 2 * Math.sqrt(Math.max(expected, 1));
        if (Math.abs(after - expected) <= spread) {
            return counts + " That is within the scatter chance alone often produces, so the record shows no"
                    + " clear link." + approx;
        }
        return counts + " That is " + (after > expected ? "more" : "fewer") + " than chance alone usually gives, a"
                + " reason to look closer, not proof: the record is incomplete, and it cannot show that a launch"
                + " caused anyone to leave." + approx;
    }

    /** The windows [launch + 1, launch + days], merged and clipped to the period, in order. */
    static List<LocalDate[]> merge(List<LocalDate> launches, LocalDate periodStart, LocalDate periodEnd, int days) {
        List<LocalDate[]> raw = new ArrayList<>();
        for (LocalDate l : launches) {
            LocalDate a = l.plusDays(1).isBefore(periodStart) ? periodStart : l.plusDays(1);
            LocalDate b = l.plusDays(days).isAfter(periodEnd) ? periodEnd : l.plusDays(days);
            if (!a.isAfter(b)) {
                raw.add(new LocalDate[] {a, b});
            }
        }
        raw.sort(Comparator.comparing((LocalDate[] w) -> w[0]));
        List<LocalDate[]> out = new ArrayList<>();
        for (LocalDate[] w : raw) {
            LocalDate[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !w[0].isAfter(last[1].plusDays(1))) {
                if (w[1].isAfter(last[1])) {
                    last[1] = w[1];
                }
            } else {
                out.add(new LocalDate[] {w[0], w[1]});
            }
        }
        return out;
    }

    private static boolean in(List<LocalDate[]> windows, LocalDate day) {
        for (LocalDate[] w : windows) {
            if (!day.isBefore(w[0]) && !day.isAfter(w[1])) {
                return true;
            }
        }
        return false;
    }
}
