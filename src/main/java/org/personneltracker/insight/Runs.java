package org.personneltracker.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.DayDistance;
import org.personneltracker.common.PartialDate;

/**
 * Waves as pure logic: runs of at least {@code minSize} departures from one company with no gap longer than
 * {@code days} between one departure and the next. Each departure stands at its {@link DayDistance#position}
 * (a month-precision one at the middle of its month, which makes the run approximate); year-precision departures
 * have no place in a run of days and are left to the caller to count apart.
 */
final class Runs {

    private Runs() {
    }

    /** {@code count} departures dated {@code date} ({@code approximate}: the sources' "c." flag). */
    record Point(PartialDate date, boolean approximate, long count) {
        LocalDate position() {
            return DayDistance.position(date);
        }
    }

    /** One run: its first and last dates, its size, and whether any of its dates is not known to the day. */
    record Run(PartialDate from, PartialDate to, LocalDate firstDay, LocalDate lastDay, long size, boolean approximate) {
        long spanDays() {
            return ChronoUnit.DAYS.between(firstDay, lastDay);
        }
    }

    /** The runs among one company's departures, oldest first; points of year precision are ignored. */
    static List<Run> find(List<Point> points, int minSize, int days) {
        List<Point> placed = new ArrayList<>(points.stream().filter(p -> DayDistance.placeable(p.date())).toList());
        placed.sort(Comparator.comparing(Point::position).thenComparing(Point::date));
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < placed.size()) {
            int j = i;
            long size = placed.get(i).count();
            boolean approximate = isApproximate(placed.get(i));
            while (j + 1 < placed.size()
                    && ChronoUnit.DAYS.between(placed.get(j).position(), placed.get(j + 1).position()) <= days) {
                j++;
                size += placed.get(j).count();
                approximate |= isApproximate(placed.get(j));
            }
            if (size >= minSize) {
                Point first = placed.get(i);
                Point last = placed.get(j);
                out.add(new Run(first.date(), last.date(), first.position(), last.position(), size, approximate));
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean isApproximate(Point p) {
        return p.approximate() || p.date().precision() != DatePrecision.DAY;
    }
}
