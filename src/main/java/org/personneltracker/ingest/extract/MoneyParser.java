package org.personneltracker.ingest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses amounts of money in whole currency units: "$350 billion" = 350000000000 USD, "€1.7bn", "$6.6B",
 * "£20m", "USD 6.6 billion", "350bn" (no currency), "$200".
 */
public final class MoneyParser {

    /** An amount at [start, end) of the text; currency is an ISO 4217 code or null when the text gives none. */
    public record Money(int start, int end, long amount, String currency) {
    }

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** Headlines capitalise the words: "$9 Billion". */
    private static final String MULT = "((?i:trillion|billion|million|thousand)|tn|bn|bln|mn|mln|mio|[TtBbMmKk])";
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(US\\$|A\\$|C\\$|[$€£])[ ]?" + NUMBER + "(?:[ ]?" + MULT + "(?![\\p{L}]))?");
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(USD|EUR|GBP)[ ]?" + NUMBER + "(?:[ ]?" + MULT + "(?![\\p{L}]))?");
    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}$€£.,])" + NUMBER + "[ ]?((?i:trillion|billion|million)|tn|bn|bln|mn|mln)(?![\\p{L}])"
                    + "(?:[ ]+(?:(?:US|U\\.S\\.)[ ]+)?(dollars|euros|pounds|USD|EUR|GBP))?");

    private MoneyParser() {
    }

    /** Parses one expression ("$350 billion"); null when it is not an amount of money. */
    public static Money parse(String expression) {
        List<Money> all = findAll(TextNormalizer.normalize(expression), 0, expression.length());
        return all.isEmpty() ? null : all.get(0);
    }

    public static List<Money> findAll(String text, int from, int to) {
        List<Money> out = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text);
        m.region(from, to);
        while (m.find()) {
            out.add(new Money(m.start(), m.end(), value(m.group(2), m.group(3)), currency(m.group(1))));
        }
        m = CODE.matcher(text);
        m.region(from, to);
        while (m.find()) {
            if (!overlaps(out, m.start(), m.end())) {
                out.add(new Money(m.start(), m.end(), value(m.group(2), m.group(3)), m.group(1)));
            }
        }
        m = WORDS.matcher(text);
        m.region(from, to);
        while (m.find()) {
            if (!overlaps(out, m.start(), m.end())) {
                out.add(new Money(m.start(), m.end(), value(m.group(1), m.group(2)), currency(m.group(3))));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean overlaps(List<Money> list, int s, int e) {
        for (Money x : list) {
            if (s < x.end() && x.start() < e) {
                return true;
            }
        }
        return false;
    }

    static long value(String number, String mult) {
        BigDecimal v = new BigDecimal(number.replace(",", ""));
        if (mult != null) {
            String u = mult.toLowerCase(Locale.ROOT);
            long f = switch (u) {
                case "trillion", "tn", "t" -> 1_000_000_000_000L;
                case "billion", "bn", "bln", "b" -> 1_000_000_000L;
                case "million", "mn", "mln", "mio", "m" -> 1_000_000L;
                case "thousand", "k" -> 1_000L;
                default -> 1L;
            };
            v = v.multiply(BigDecimal.valueOf(f));
        }
        return v.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    static String currency(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "$", "us$", "usd", "dollars" -> "USD";
            case "€", "eur", "euros" -> "EUR";
            case "£", "gbp", "pounds" -> "GBP";
            case "a$" -> "AUD";
            case "c$" -> "CAD";
            default -> null;
        };
    }
}
