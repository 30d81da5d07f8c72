package org.personneltracker.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.personneltracker.common.ChartScale;

/**
 * The series as a server-rendered SVG chart: arrivals above the line and departures below it, per period, stacked by
 * key. Each key has a colour and a fill pattern (stripes, dots, cross-hatch...), so the chart reads without colour;
 * every bar carries its numbers as a tooltip and the table under the chart holds them all. The geometry is computed
 * here, drawn by {@code templates/tags/seriesChart.html}.
 */
public record SeriesChart(int width, int height, int plotLeft, int plotRight, int plotTop, int plotBottom, int zeroY,
        List<Bar> bars, List<Tick> yTicks, List<XLabel> xLabels, List<LegendItem> legend, String xTitle,
        String description, int shownPeriods, int allPeriods) {

    public record Bar(double x, double y, double w, double h, String colour, String pattern, String title) {
    }

    public record Tick(int y, String label) {
        public int textY() {
            return y + 4;
        }
    }

    public record XLabel(double x, String text, boolean major) {
    }

    public record LegendItem(String colour, String pattern, String label) {
    }

    public int tickX() {
        return plotLeft - 8;
    }

    public int labelY() {
        return plotBottom + 16;
    }

    public int xTitleX() {
        return (plotLeft + plotRight) / 2;
    }

    public int xTitleY() {
        return height - 8;
    }

    /** Where the "Arrivals" and "Departures" axis titles stand. */
    public int upY() {
        return (plotTop + zeroY) / 2;
    }

    public int downY() {
        return (zeroY + plotBottom) / 2;
    }

    /** Keys beyond this many are drawn together as "Other". */
    static final int MAX_KEYS = 7;
    static final int MAX_PERIODS = 40;
    static final String[] COLOURS = {"#3346c9", "#c2410c", "#0e7490", "#be185d", "#15803d", "#a16207", "#7c3aed",
        "#64748b"};
    static final String[] PATTERNS = {"solid", "stripes", "dots", "cross", "hlines", "vlines", "back", "grid"};

    /** Null when the series has no rows. */
    static SeriesChart of(Series s) {
        if (s.series().isEmpty()) {
            return null;
        }
        // keys by total, the busiest first; the rest fold into "Other"
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Series.Row r : s.series()) {
            totals.merge(r.key(), r.departures() + r.hires(), Long::sum);
            labels.put(r.key(), r.label());
        }
        List<String> keys = new ArrayList<>(totals.keySet());
        keys.sort((a, b) -> Long.compare(totals.get(b), totals.get(a)));
        List<String> drawn = keys.subList(0, Math.min(keys.size(), keys.size() > MAX_KEYS ? MAX_KEYS - 1 : MAX_KEYS));
        boolean other = keys.size() > drawn.size();
        List<String> periods = periods(s);
        int all = periods.size();
        if (periods.size() > MAX_PERIODS) {
            periods = periods.subList(periods.size() - MAX_PERIODS, periods.size());
        }
        Map<String, Map<String, long[]>> cells = new LinkedHashMap<>();
        for (Series.Row r : s.series()) {
            String k = drawn.contains(r.key()) ? r.key() : "";
            long[] c = cells.computeIfAbsent(r.period(), p -> new LinkedHashMap<>()).computeIfAbsent(k, x -> new long[2]);
            c[0] += r.departures();
            c[1] += r.hires();
        }
        List<String> order = new ArrayList<>(drawn);
        if (other) {
            order.add("");
        }
        long max = 1;
        for (String p : periods) {
            long up = 0;
            long down = 0;
            for (long[] c : cells.getOrDefault(p, Map.of()).values()) {
                down += c[0];
                up += c[1];
            }
            max = Math.max(max, Math.max(up, down));
        }
        long step = ChartScale.step(max);
        long top = ChartScale.top(max);
        int width = 760;
        int height = 340;
        int right = width - 12;
        int left = 56;
        int plotBottom = height - 62;
        int plotTop = 16;
        int zero = (plotTop + plotBottom) / 2;
        double unit = (zero - plotTop) / (double) top;
        double band = (right - left) / (double) periods.size();
        double barW = Math.max(3, Math.min(30, band * 0.66));
        List<Bar> bars = new ArrayList<>();
        List<XLabel> xLabels = new ArrayList<>();
        int every = periods.size() <= 12 ? 1 : periods.size() <= 24 ? 2 : 4;
        for (int i = 0; i < periods.size(); i++) {
            String p = periods.get(i);
            double cx = left + band * i + band / 2;
            double up = zero;
            double down = zero;
            Map<String, long[]> byKey = cells.getOrDefault(p, Map.of());
            for (int k = 0; k < order.size(); k++) {
                long[] c = byKey.get(order.get(k));
                if (c == null) {
                    continue;
                }
                String label = order.get(k).isEmpty() ? "Other" : labels.get(order.get(k));
                String colour = colour(s, order.get(k), k);
                String pattern = order.get(k).isEmpty() ? PATTERNS[PATTERNS.length - 1] : PATTERNS[k];
                if (c[1] > 0) {
                    double h = c[1] * unit;
                    up -= h;
                    bars.add(new Bar(cx - barW / 2, up, barW, h, colour, pattern,
                            p + ", " + label + ": " + c[1] + (c[1] == 1 ? " arrival" : " arrivals")));
                }
                if (c[0] > 0) {
                    double h = c[0] * unit;
                    bars.add(new Bar(cx - barW / 2, down, barW, h, colour, pattern,
                            p + ", " + label + ": " + c[0] + (c[0] == 1 ? " departure" : " departures")));
                    down += h;
                }
            }
            if (i % every == 0) {
                xLabels.add(new XLabel(cx, p, p.length() == 4 || p.endsWith("Q1") || p.endsWith("-01")));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (long v = -top; v <= top; v += step) {
            ticks.add(new Tick((int) Math.round(zero - v * unit), Long.toString(Math.abs(v))));
        }
        List<LegendItem> legend = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            boolean rest = order.get(k).isEmpty();
            legend.add(new LegendItem(colour(s, order.get(k), k), rest ? PATTERNS[PATTERNS.length - 1] : PATTERNS[k],
                    rest ? "Other" : labels.get(order.get(k))));
        }
        long departures = s.series().stream().mapToLong(Series.Row::departures).sum();
        long hires = s.series().stream().mapToLong(Series.Row::hires).sum();
        String unitName = switch (s.interval()) {
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case YEAR -> "year";
        };
        String description = departures + (departures == 1 ? " departure" : " departures") + " and " + hires
                + (hires == 1 ? " arrival" : " arrivals") + " per " + unitName + " from " + periods.get(0) + " to "
                + periods.get(periods.size() - 1) + ", by " + s.by() + ": " + String.join(", ",
                        legend.stream().map(LegendItem::label).toList()) + ". The table below gives every number.";
        return new SeriesChart(width, height, left, right, plotTop, plotBottom, zero, bars, ticks, xLabels, legend,
                Character.toUpperCase(unitName.charAt(0)) + unitName.substring(1) + " (date of the move)", description,
                periods.size(), all);
    }

    /**
     * The role categories' colours, as app.css's {@code --cat-*} variables give them: the chart sets them as SVG
     * {@code fill} attributes (the Content-Security-Policy refuses style attributes, and attributes take no var()).
     */
    private static final java.util.Map<String, String> CATEGORY_COLOURS = java.util.Map.of("EXECUTIVE", "#3346c9",
            "RESEARCH", "#0e7490", "SAFETY", "#c2410c", "SECURITY", "#7c3aed", "POLICY", "#be185d", "ENGINEERING",
            "#15803d", "PRODUCT", "#a16207", "BUSINESS", "#475569", "OPERATIONS", "#0369a1", "OTHER", "#94a3b8");

    /** A key's colour: a role category keeps the colour it has everywhere in the app; "Other" is grey. */
    private static String colour(Series s, String key, int index) {
        if (key.isEmpty()) {
            return COLOURS[COLOURS.length - 1];
        }
        if (s.by().equals("category")) {
            return CATEGORY_COLOURS.getOrDefault(key, COLOURS[COLOURS.length - 1]);
        }
        return COLOURS[index];
    }

    /** Every period from the first to the last with data, gaps included ("2024-Q4", "2025-Q1", ...). */
    static List<String> periods(Series s) {
        TreeSet<String> present = new TreeSet<>();
        s.series().forEach(r -> present.add(r.period()));
        List<String> out = new ArrayList<>();
        String p = present.first();
        String last = present.last();
        out.add(p);
        while (!p.equals(last) && out.size() < 10_000) {
            p = next(p);
            out.add(p);
        }
        return out;
    }

    static String next(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return Integer.toString(year + 1);
        }
        if (period.charAt(5) == 'Q') {
            int q = period.charAt(6) - '0';
            return q == 4 ? (year + 1) + "-Q1" : year + "-Q" + (q + 1);
        }
        int m = Integer.parseInt(period.substring(5));
        return m == 12 ? String.format("%04d-01", year + 1) : String.format("%04d-%02d", year, m + 1);
    }
}
