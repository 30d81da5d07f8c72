package org.personneltracker.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URI;
import java.text.NumberFormat;
import java.util.Locale;
import org.personneltracker.common.PartialDate;
import org.personneltracker.context.ContextType;
import org.personneltracker.context.ContextView;
import org.personneltracker.event.EventType;
import org.personneltracker.event.EventView;
import org.personneltracker.person.Position;
import org.personneltracker.source.UrlNormalizer;

/** Display values computed for templates: dates at their precision, enum labels, money, safe links. */
@TemplateExtension
public class Display {

    private Display() {
    }

    /** "2026", "Feb 2026" or "9 Feb 2026": never a day the sources did not give. */
    public static String dateLabel(String isoPartialDate) {
        if (isoPartialDate == null || isoPartialDate.isBlank()) {
            return "";
        }
        if (Position.PRESENT.equals(isoPartialDate)) {
            return "present";
        }
        try {
            return PartialDate.parse(isoPartialDate).label();
        } catch (IllegalArgumentException e) {
            return isoPartialDate;
        }
    }

    static String dateLabel(EventView e) {
        return (e.dateApproximate() ? "c. " : "") + dateLabel(e.date());
    }

    static String dateLabel(ContextView c) {
        return (c.dateApproximate() ? "c. " : "") + dateLabel(c.date());
    }

    static String dateLabel(EventView.ContextLink c) {
        return dateLabel(c.date());
    }

    /** "Safety", "C-level", "Senior IC", "Product launch". */
    static String label(Enum<?> e) {
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
    static String css(Enum<?> e) {
        return e == null ? "" : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The CSS fragment of an enum constant's name: "SENIOR_IC" -> "senior-ic". */
    static String cssOf(String enumName) {
        return enumName == null ? "" : enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What happened, as a verb phrase: "left", "joined", "changed role at", "returned to". */
    static String verb(EventType t) {
        return switch (t) {
            case DEPARTURE -> "left";
            case HIRE -> "joined";
            case ROLE_CHANGE -> "changed role at";
            case RETURN -> "returned to";
        };
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

    /** "$30B raised at a $380B valuation", "about 2,000 employees", or "" when the event has no figure. */
    static String figure(ContextView c) {
        if (c.type() == ContextType.HEADCOUNT) {
            return c.amount() == null ? "" : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(c.amount()) + " employees";
        }
        StringBuilder sb = new StringBuilder();
        if (c.amount() != null) {
            sb.append(money(c.amount(), c.currency()));
            if (c.type() == ContextType.FUNDING_ROUND) {
                sb.append(" raised");
            }
        }
        if (c.valuation() != null) {
            sb.append(sb.isEmpty() ? "Valuation " : " at a ").append(money(c.valuation(), c.currency()))
                    .append(sb.length() > 10 ? " valuation" : "");
        }
        if (c.round() != null) {
            sb.append(sb.isEmpty() ? "" : " · ").append(c.round());
        }
        return sb.toString();
    }

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
