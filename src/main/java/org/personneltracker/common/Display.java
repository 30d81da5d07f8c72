package org.personneltracker.common;

import io.quarkus.qute.TemplateExtension;
import java.net.URI;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Display values computed for templates, for every page: dates at their precision, enum labels, money, safe links.
 * Features add their own extensions beside their views ({@code EventDisplay}, {@code ContextDisplay}).
 */
@TemplateExtension
public class Display {

    private Display() {
    }

    /** "2026", "Feb 2026" or "9 Feb 2026": never a day the sources did not give. */
    public static String dateLabel(String isoPartialDate) {
        if (isoPartialDate == null || isoPartialDate.isBlank()) {
            return "";
        }
        try {
            return PartialDate.parse(isoPartialDate).label();
        } catch (IllegalArgumentException e) {
            return isoPartialDate;
        }
    }

    /** "Safety", "C-level", "Senior IC", "Product launch". */
    public static String label(Enum<?> e) {
        return e == null ? "" : enumLabel(e.name());
    }

    public static String enumLabel(String name) {
        return switch (name) {
            case "C_LEVEL" -> "C-level";
            case "VP" -> "VP";
            case "IC" -> "IC";
            case "SENIOR_IC" -> "Senior IC";
            case "ROLE_CHANGE" -> "Role change";
            case "IN_TALKS" -> "In talks";
            default -> {
                String s = name.toLowerCase(Locale.ROOT).replace('_', ' ');
                yield Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        };
    }

    /** A CSS class fragment for an enum value: "safety", "c-level". */
    public static String css(Enum<?> e) {
        return e == null ? "" : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The CSS fragment of an enum constant's name: "SENIOR_IC" -> "senior-ic". */
    static String cssOf(String enumName) {
        return enumName == null ? "" : enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for an absolute http(s) address: the only kind of source rendered as a link. */
    static boolean webUrl(String url) {
        return url != null && UrlNormalizer.isWebUrl(url);
    }

    /** The host of a web address without "www.", for a compact source label. */
    static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** "$30B", "€1.2M", "CHF 500,000". */
    public static String money(long amount, String currency) {
        String symbol = currency == null ? "" : switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> currency + " ";
        };
        double a = amount;
        String scaled;
        if (a >= 1e12) {
            scaled = trim(a / 1e12) + "T";
        } else if (a >= 1e9) {
            scaled = trim(a / 1e9) + "B";
        } else if (a >= 1e6) {
            scaled = trim(a / 1e6) + "M";
        } else {
            scaled = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(amount);
        }
        return symbol + scaled;
    }

    private static String trim(double d) {
        String s = String.format(Locale.ROOT, "%.1f", d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** "Left" from "left". */
    static String sentenceCase(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A value encoded for a query string. */
    static String queryValue(String s) {
        return s == null ? "" : Links.enc(s);
    }

    /** Initials for the avatar circle beside a name. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] parts = name.trim().split("\\s+");
        String first = parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }
}
