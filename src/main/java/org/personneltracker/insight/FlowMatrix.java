package org.personneltracker.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.SlugAndName;

/**
 * Talent flows as a from/to matrix heat map (server-rendered SVG): a row per company people left, a column per
 * company they went to, each cell printing its number of moves (the shade only repeats it) and linking to the moves
 * behind it. The busiest {@value #MAX_SIDE} companies on each side are drawn; the table under it lists every flow.
 */
public record FlowMatrix(int width, int height, int left, int top, int cell, List<Label> rows, List<Label> columns,
        List<Cell> cells, String description, int hiddenMoves) {

    public record Label(double x, double y, String text, String full) {
    }

    public record Cell(int x, int y, int size, long count, int shade, String link, String title) {
        public double textX() {
            return x + size / 2.0;
        }

        public double textY() {
            return y + size / 2.0 + 4;
        }
    }

    static final int MAX_SIDE = 10;

    public int titleY() {
        return top - 8;
    }

    /** Null when there is no flow. {@code linkFor} gives the address of the moves behind a (from, to) pair. */
    static FlowMatrix of(Flows flows, java.util.function.BiFunction<SlugAndName, SlugAndName, String> linkFor) {
        if (flows.flows().isEmpty()) {
            return null;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        Map<String, Long> in = new LinkedHashMap<>();
        Map<String, SlugAndName> refs = new LinkedHashMap<>();
        for (Flows.Flow f : flows.flows()) {
            out.merge(f.from().slug(), f.count(), Long::sum);
            in.merge(f.to().slug(), f.count(), Long::sum);
            refs.put(f.from().slug(), f.from());
            refs.put(f.to().slug(), f.to());
        }
        List<String> rowKeys = top(out);
        List<String> colKeys = top(in);
        int cell = 40;
        int left = 170;
        int top = 130;
        // room on the right for the last column's label, slanted up to the right
        int width = left + colKeys.size() * cell + 130;
        int height = top + rowKeys.size() * cell + 8;
        long max = flows.flows().stream().mapToLong(Flows.Flow::count).max().orElse(1);
        List<Label> rows = new ArrayList<>();
        for (int i = 0; i < rowKeys.size(); i++) {
            SlugAndName r = refs.get(rowKeys.get(i));
            rows.add(new Label(left - 8, top + i * cell + cell / 2.0 + 4, shorten(r.name()), r.name()));
        }
        List<Label> columns = new ArrayList<>();
        for (int i = 0; i < colKeys.size(); i++) {
            SlugAndName r = refs.get(colKeys.get(i));
            columns.add(new Label(left + i * cell + cell / 2.0 + 4, top - 8, shorten(r.name()), r.name()));
        }
        List<Cell> cells = new ArrayList<>();
        int hidden = 0;
        for (Flows.Flow f : flows.flows()) {
            int ri = rowKeys.indexOf(f.from().slug());
            int ci = colKeys.indexOf(f.to().slug());
            if (ri < 0 || ci < 0) {
                hidden += (int) f.count();
                continue;
            }
            int shade = (int) Math.min(4, Math.ceil(4.0 * f.count() / max));
            cells.add(new Cell(left + ci * cell + 2, top + ri * cell + 2, cell - 4, f.count(), shade,
                    linkFor.apply(f.from(), f.to()), f.count() + (f.count() == 1 ? " move" : " moves") + " from "
                            + f.from().name() + " to " + f.to().name()));
        }
        String description = flows.moves() + (flows.moves() == 1 ? " move" : " moves") + " between " + flows.pairs()
                + (flows.pairs() == 1 ? " pair" : " pairs") + " of companies. Rows: where people left; columns: where"
                + " they went; each cell prints its number of moves. The table below lists every flow.";
        return new FlowMatrix(width, height, left, top, cell, rows, columns, cells, description, hidden);
    }

    private static List<String> top(Map<String, Long> totals) {
        List<String> keys = new ArrayList<>(totals.keySet());
        keys.sort((a, b) -> Long.compare(totals.get(b), totals.get(a)));
        return keys.subList(0, Math.min(MAX_SIDE, keys.size()));
    }

    private static String shorten(String name) {
        return name.length() <= 22 ? name : name.substring(0, 21) + "…";
    }
}
