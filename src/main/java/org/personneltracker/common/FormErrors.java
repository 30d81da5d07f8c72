package org.personneltracker.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The violations of a refused page form, all at once and in the words of the form: each names the input it belongs
 * to (its id, for the summary's links) and the label a reader sees there ("Source 1 address", not
 * {@code sources[0].url}).
 */
public record FormErrors(Map<String, List<String>> byField, List<Shown> all) {

    /** One violation as the summary lists it. */
    public record Shown(String field, String label, String message) {
    }

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)](?:\\.(.+))?");

    private static final Map<String, String> SOURCE_FIELDS = Map.of("url", "address", "title", "title", "publisher",
            "publisher", "tier", "kind", "publishedDate", "date", "quote", "quote", "author", "author");

    public static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    /** The violations keyed by input, labelled from {@code labels} (input name to visible label) and the list rules. */
    public static FormErrors of(List<Violation> violations, Map<String, String> labels) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<Shown> all = new ArrayList<>();
        for (Violation v : violations) {
            String input = input(v.field());
            byField.computeIfAbsent(input, k -> new ArrayList<>()).add(words(v.message()));
            all.add(new Shown(input, label(v.field(), labels), words(v.message())));
        }
        return new FormErrors(byField, all);
    }

    /** Bean Validation's terse messages in a form's words. */
    public static String words(String message) {
        return switch (message) {
            case "must not be null", "must not be blank", "must not be empty" -> "fill this in";
            default -> message;
        };
    }

    /** The input a violation belongs to: one text area holds a whole list ("aliases[2]" is in "aliases"). */
    static String input(String field) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches() && !m.group(1).equals("sources")) {
            return m.group(1);
        }
        return field;
    }

    /** The visible label of an input: "Source 2 address" for sources[1].url, "Alias 1" for aliases[0]. */
    public static String label(String field, Map<String, String> labels) {
        String known = labels.get(field);
        if (known != null) {
            return known;
        }
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2)) + 1;
            String list = m.group(1);
            String rest = m.group(3);
            if (list.equals("sources")) {
                return "Source " + n + (rest == null ? "" : " " + SOURCE_FIELDS.getOrDefault(rest, Display.enumLabel(rest).toLowerCase()));
            }
            String one = labels.getOrDefault(list, Display.enumLabel(list));
            return one + " " + n;
        }
        int dot = field.lastIndexOf('.');
        String base = dot < 0 ? field : field.substring(0, dot);
        if (labels.containsKey(base)) {
            return labels.get(base);
        }
        // camelCase to words: "foundedYear" -> "Founded year"
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").replace('.', ' ').toLowerCase();
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        List<String> m = byField.get(field);
        return m == null ? "" : String.join("; ", m);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Whether a row of a form's sources has a problem with {@code field} ("url", "quote"). */
    public boolean hasSource(int row, String field) {
        return has("sources[" + row + "]." + field);
    }

    public String source(int row, String field) {
        return of("sources[" + row + "]." + field);
    }
}
