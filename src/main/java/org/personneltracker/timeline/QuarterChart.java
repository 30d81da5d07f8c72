package org.personneltracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.personneltracker.common.Display;
import org.personneltracker.common.ChartScale;
import org.personneltracker.event.DepartureWaves;
import org.personneltracker.event.Direction;
import org.personneltracker.event.EventType;
import org.personneltracker.event.RoleCategory;

/**
 * A server-rendered chart of hires (above the line) and departures (below it) per quarter, stacked by role
 * category: the geometry is computed here and drawn as SVG by {@code templates/tags/chart.html}.
 */
public record QuarterChart(int width, int height, int plotLeft, int plotRight, int plotTop, int plotBottom, int zeroY,
        int tickX, int hiresY, int departuresY, int quarterY, int yearY, int xTitleX, int xTitleY,
        List<Bar> bars, List<Tick> yTicks, List<XLabel> xLabels, List<LegendItem> legend, List<Row> rows,
        String description, boolean truncated, List<Band> bands) {

    /** A wave of departures, marked as a hatched band over the quarters it spans. */
    public record Band(double x, double w, String label, String title) {
    }

    public record Bar(double x, double y, double w, double h, String css, String title) {
    }

    public record Tick(int y, int textY, String label) {
    }

    public record XLabel(double x, String quarter, String year) {
    }

    public record LegendItem(String css, String label) {
    }

    /** The same numbers as a table, for screen readers and for reading exact values. */
    public record Row(String quarter, int hires, int departures) {
    }

    /**
     * Moves reduced to what the chart needs: their direction from the company's point of view, date (the first of
     * their month) and category, and how many there are.
     */
    public record Move(Direction direction, LocalDate start, RoleCategory category, long count) {
    }

    static final int MAX_QUARTERS = 24;

    /** Height of a wave band: the whole plot. */
    public int bandHeight() {
        return plotBottom - plotTop;
    }

    /**
     * Null when no hire or departure falls in any quarter (the page shows an empty state instead). Each wave becomes a
     * band over the quarters from its first to its last departure.
     */
    public static QuarterChart of(List<Move> moves, List<DepartureWaves.Wave> waves) {
        TreeMap<Integer, Map<RoleCategory, int[]>> byQuarter = new TreeMap<>();
        for (Move m : moves) {
            if (m.direction() == null) {
                continue;
            }
            int side = m.direction() == Direction.OUT ? 1 : 0;
            byQuarter.computeIfAbsent(index(m.start()), k -> new EnumMap<>(RoleCategory.class))
                    .computeIfAbsent(m.category(), k -> new int[2])[side] += (int) m.count();
        }
        if (byQuarter.isEmpty()) {
            return null;
        }
        int last = byQuarter.lastKey();
        int first = Math.max(byQuarter.firstKey(), last - MAX_QUARTERS + 1);
        boolean truncated = byQuarter.firstKey() < first;
        int n = last - first + 1;

        int max = 1;
        for (int q = first; q <= last; q++) {
            int[] totals = totals(byQuarter.get(q));
            max = Math.max(max, Math.max(totals[0], totals[1]));
        }
        int step = (int) ChartScale.step(max);
        int top = (int) ChartScale.top(max);

        // sized to its data: about 48 px a quarter (a few quarters make a small chart), lower when the counts are small
        int width = Math.max(380, Math.min(760, 68 + n * 48));
        int height = max <= 3 ? 250 : 320;
        int left = 56;
        int right = width - 12;
        int plotTop = 14;
        int plotBottom = height - 58;
        int zero = (plotTop + plotBottom) / 2;
        double unit = (zero - plotTop) / (double) top;
        double band = (right - left) / (double) n;
        double barW = Math.max(4, Math.min(34, band * 0.62));

        List<Bar> bars = new ArrayList<>();
        List<XLabel> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<RoleCategory> seen = EnumSet.noneOf(RoleCategory.class);
        for (int q = first; q <= last; q++) {
            double cx = left + band * (q - first) + band / 2;
            String name = name(q);
            Map<RoleCategory, int[]> cats = byQuarter.getOrDefault(q, Map.of());
            double up = zero;
            double down = zero;
            for (RoleCategory c : RoleCategory.values()) {
                int[] v = cats.get(c);
                if (v == null) {
                    continue;
                }
                String css = "cat-" + Display.css(c);
                if (v[0] > 0) {
                    double h = v[0] * unit;
                    up -= h;
                    bars.add(new Bar(cx - barW / 2, up, barW, h, css,
                            name + ": " + v[0] + " " + Display.label(c).toLowerCase() + (v[0] == 1 ? " hire" : " hires")));
                    seen.add(c);
                }
                if (v[1] > 0) {
                    double h = v[1] * unit;
                    bars.add(new Bar(cx - barW / 2, down, barW, h, css, name + ": " + v[1] + " "
                            + Display.label(c).toLowerCase() + (v[1] == 1 ? " departure" : " departures")));
                    down += h;
                    seen.add(c);
                }
            }
            boolean showYear = q == first || q % 4 == 0;
            boolean everyOther = n > 12 && (q - first) % 2 == 1;
            labels.add(new XLabel(cx, everyOther ? "" : "Q" + (q % 4 + 1), showYear ? Integer.toString(q / 4) : ""));
            int[] t = totals(cats);
            rows.add(new Row(name, t[0], t[1]));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = -top; v <= top; v += step) {
            int y = (int) Math.round(zero - v * unit);
            ticks.add(new Tick(y, y + 4, Integer.toString(Math.abs(v))));
        }
        List<LegendItem> legend = seen.stream().map(c -> new LegendItem("cat-" + Display.css(c), Display.label(c))).toList();
        int hires = rows.stream().mapToInt(Row::hires).sum();
        int departures = rows.stream().mapToInt(Row::departures).sum();
        String description = hires + (hires == 1 ? " hire" : " hires") + " and " + departures
                + (departures == 1 ? " departure" : " departures") + " from " + name(first) + " to " + name(last)
                + ", by quarter and role category.";
        List<Band> bands = new ArrayList<>();
        for (DepartureWaves.Wave wave : waves) {
            int a = Math.max(first, index(wave.first()));
            int b = Math.min(last, index(wave.last()));
            if (a <= b) {
                bands.add(new Band(left + band * (a - first) + 1, band * (b - a + 1) - 2, "Wave", wave.label()));
            }
        }
        return new QuarterChart(width, height, left, right, plotTop, plotBottom, zero,
                left - 8, (plotTop + zero) / 2, (zero + plotBottom) / 2, plotBottom + 16, plotBottom + 30, (left + right) / 2, height - 6, bars, ticks, labels, legend,
                rows, description, truncated, bands);
    }

    private static int[] totals(Map<RoleCategory, int[]> cats) {
        int[] t = new int[2];
        if (cats != null) {
            for (int[] v : cats.values()) {
                t[0] += v[0];
                t[1] += v[1];
            }
        }
        return t;
    }

    private static int index(LocalDate d) {
        return d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
    }

    private static String name(int q) {
        return "Q" + (q % 4 + 1) + " " + q / 4;
    }
}
