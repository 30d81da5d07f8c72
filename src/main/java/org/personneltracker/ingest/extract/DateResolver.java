package org.personneltracker.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.personneltracker.common.PartialDate;

/**
 * Finds date expressions and resolves them against the article's publication date: explicit dates with or
 * without a year, weekdays with or without a day, and relative phrases. The precision is stated honestly:
 * "last month" is a month, "last week" an approximate day, a bare weekday a day.
 */
public final class DateResolver {

    /** A resolved date expression at [start, end) of the text. explicit: it named the day/month/year itself. */
    public record DateHit(int start, int end, PartialDate date, boolean approximate, boolean explicit) {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?";
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern MONTH_WORD = Pattern.compile("\\b" + MONTH);
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?=[JFMASONDTW])(?:\\b" + WEEKDAY + "\\.?,?[ ]+)?\\b" + MONTH
            + "\\.?[ ]+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?[ ]+(\\d{4})(?!\\d))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?=[MTWFSt0-9])(?:\\b" + WEEKDAY + "\\.?,?[ ]+)?(?:the[ ]+)?\\b(\\d{1,2})"
            + "(?:st|nd|rd|th)?(?:[ ]+of)?[ ]+" + MONTH + "\\b\\.?(?:,?[ ]+(\\d{4})(?!\\d))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?=[JFMASOND])\\b" + MONTH + "\\.?,?[ ]+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?=[isdubeolmtfISDUBEOLMTF])(?i:\\b(?:in|since|during|until|by|of|early|late|mid-?|earlier in|later in|last|this|from))[ ]+" + MONTH + "\\b(?![ ]+\\d)");
    private static final Pattern YEAR = Pattern.compile(
            "(?=[isdubeolmfISDUBEOLMF])(?i:\\b(?:(?:in|since|during|until|by|of|from|back in)[ ]+(?:early[ ]+|late[ ]+|mid-?)?|early[ ]+|late[ ]+|mid-|mid[ ]+))((?:19|20)\\d{2})(?![\\d-])");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(
            "(?=[oOlLeEtTMWFS])(?i:\\b(?:(?:on|late|early|last|this past|this)[ ]+)?)\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "(?:'s)?(?:[ ]+(?i:night|morning|evening|afternoon))?\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)(?=[ytelaofsn0-9])\\b(yesterday|today|tonight|this (?:morning|afternoon|evening)|"
            + "earlier (?:this|in the) week|this week|last week|the previous week|last weekend|this weekend|"
            + "earlier this month|this month|last month|the previous month|earlier this year|this year|last year|"
            + "(a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\\d{1,2}) (day|week|month|year)s? ago)\\b");

    private DateResolver() {
    }

    /** All date expressions in [from, to) of the normalised text, resolved against publishedDate (may be null). */
    public static List<DateHit> find(String text, int from, int to, LocalDate published) {
        List<DateHit> hits = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        String region = text.substring(from, to);
        boolean digits = hasDigit(region);
        boolean month = mayNameAMonth(region) && MONTH_WORD.matcher(region).find();
        boolean weekday = region.contains("day");
        String lower = region.toLowerCase(Locale.ROOT);
        boolean relative = RELATIVE_WORDS.stream().anyMatch(lower::contains);
        if (!digits && !weekday && !relative && !month) {
            return hits;
        }
        if (digits) {
            scan(ISO, text, from, to, taken, hits, m -> explicitDay(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), null));
        }
        if (month) {
        scan(MONTH_DAY, text, from, to, taken, hits, m -> explicitDay(m.group(3) == null ? -1 : Integer.parseInt(m.group(3)),
                month(m.group(1)), Integer.parseInt(m.group(2)), published));
        scan(DAY_MONTH, text, from, to, taken, hits, m -> explicitDay(m.group(3) == null ? -1 : Integer.parseInt(m.group(3)),
                month(m.group(2)), Integer.parseInt(m.group(1)), published));
        scan(MONTH_YEAR, text, from, to, taken, hits, m -> monthOf(Integer.parseInt(m.group(2)), month(m.group(1)), false));
        scan(MONTH_ALONE, text, from, to, taken, hits, m -> {
            if (published == null) {
                return null;
            }
            int mo = month(m.group(1));
            int y = published.getYear();
            String lead = text.substring(m.start(), m.start(1)).trim().toLowerCase(Locale.ROOT);
            if (mo > published.getMonthValue() || lead.equals("last") && mo >= published.getMonthValue()) {
                y--;
            }
            return monthOf(y, mo, false);
        });
        }
        if (digits) {
            scan(YEAR, text, from, to, taken, hits, m -> new Resolved(PartialDate.ofYear(Integer.parseInt(m.group(1))), false, true));
        }
        if (weekday) {
        scan(WEEKDAY_ALONE, text, from, to, taken, hits, m -> {
            if (published == null) {
                return null;
            }
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            String lead = text.substring(m.start(), m.start(1)).trim().toLowerCase(Locale.ROOT);
            LocalDate d = lead.startsWith("last")
                    ? published.minusDays(1).with(TemporalAdjusters.previousOrSame(dow))
                    : published.with(TemporalAdjusters.previousOrSame(dow));
            boolean ambiguous = d.equals(published) && !lead.equals("this");
            return new Resolved(PartialDate.ofDay(d), ambiguous, false);
        });
        }
        if (relative || weekday) {
            scan(RELATIVE, text, from, to, taken, hits, m -> relative(m, published));
        }
        hits.sort(Comparator.comparingInt(DateHit::start));
        return hits;
    }

    private static final List<String> RELATIVE_WORDS = List.of("yesterday", "today", "tonight", "this ", "last ", "earlier",
            "ago", "previous");
    private static final List<String> MONTH_PREFIXES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean mayNameAMonth(String s) {
        for (String m : MONTH_PREFIXES) {
            if (s.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** Resolves a single expression (the whole string) against a publication date; null when it is not a date. */
    public static DateHit resolve(String expression, LocalDate published) {
        String norm = TextNormalizer.normalize(expression);
        List<DateHit> hits = find(norm, 0, norm.length(), published);
        return hits.isEmpty() ? null : hits.get(0);
    }

    private record Resolved(PartialDate date, boolean approximate, boolean explicit) {
    }

    private interface Resolver {
        Resolved apply(Matcher m);
    }

    private static void scan(Pattern p, String text, int from, int to, List<int[]> taken, List<DateHit> hits, Resolver r) {
        Matcher m = p.matcher(text);
        m.region(from, to);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean overlap = false;
            for (int[] t : taken) {
                if (s < t[1] && t[0] < e) {
                    overlap = true;
                    break;
                }
            }
            if (overlap) {
                continue;
            }
            Resolved res;
            try {
                res = r.apply(m);
            } catch (RuntimeException ex) {
                res = null; // an impossible date such as February 30
            }
            taken.add(new int[]{s, e});
            if (res != null) {
                hits.add(new DateHit(s, e, res.date(), res.approximate(), res.explicit()));
            }
        }
    }

    private static Resolved explicitDay(int year, int month, int day, LocalDate published) {
        if (year < 0) {
            if (published == null) {
                return null;
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            if (d.isAfter(published)) {
                d = d.minusYears(1);
            }
            return new Resolved(PartialDate.ofDay(d), false, true);
        }
        return new Resolved(PartialDate.ofDay(LocalDate.of(year, month, day)), false, true);
    }

    private static Resolved monthOf(int year, int month, boolean approximate) {
        return new Resolved(PartialDate.ofMonth(year, month), approximate, true);
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (n.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Resolved relative(Matcher m, LocalDate p) {
        if (p == null) {
            return null;
        }
        String s = m.group(1).toLowerCase(Locale.ROOT);
        if (s.equals("yesterday")) {
            return new Resolved(PartialDate.ofDay(p.minusDays(1)), false, false);
        }
        if (s.equals("today") || s.equals("tonight") || s.startsWith("this morning") || s.startsWith("this afternoon")
                || s.startsWith("this evening")) {
            return new Resolved(PartialDate.ofDay(p), false, false);
        }
        if (s.startsWith("earlier") && s.endsWith("week") || s.equals("this week")) {
            LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate d = p.minusDays(2).isBefore(monday) ? monday : p.minusDays(2);
            return weekOf(monday, p, d);
        }
        if (s.equals("last week") || s.equals("the previous week")) {
            LocalDate monday = p.minusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return weekOf(monday, monday.plusDays(6), p.minusDays(7));
        }
        if (s.equals("last weekend")) {
            return new Resolved(PartialDate.ofDay(p.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))), true, false);
        }
        if (s.equals("this weekend")) {
            return new Resolved(PartialDate.ofDay(p), true, false);
        }
        if (s.equals("earlier this month") || s.equals("this month")) {
            return new Resolved(PartialDate.ofMonth(p.getYear(), p.getMonthValue()), false, false);
        }
        if (s.equals("last month") || s.equals("the previous month")) {
            LocalDate d = p.minusMonths(1);
            return new Resolved(PartialDate.ofMonth(d.getYear(), d.getMonthValue()), false, false);
        }
        if (s.equals("earlier this year") || s.equals("this year")) {
            return new Resolved(PartialDate.ofYear(p.getYear()), false, false);
        }
        if (s.equals("last year")) {
            return new Resolved(PartialDate.ofYear(p.getYear() - 1), false, false);
        }
        if (m.group(2) != null) {
            int n = number(m.group(2).toLowerCase(Locale.ROOT));
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            boolean vague = m.group(2).contains("few") || m.group(2).contains("several");
            return switch (unit) {
                case "day" -> new Resolved(PartialDate.ofDay(p.minusDays(n)), vague, false);
                case "week" -> new Resolved(PartialDate.ofDay(p.minusWeeks(n)), true, false);
                case "year" -> new Resolved(PartialDate.ofYear(p.minusYears(n).getYear()), true, true);
                default -> {
                    LocalDate d = p.minusMonths(n);
                    yield new Resolved(PartialDate.ofMonth(d.getYear(), d.getMonthValue()), true, false);
                }
            };
        }
        return null;
    }

    /**
     * A week told without its day ("this week", "last week"): its month when the week from {@code from} to
     * {@code to} lies in one month, else the approximate day {@code guess}.
     */
    private static Resolved weekOf(LocalDate from, LocalDate to, LocalDate guess) {
        if (from.getMonthValue() == to.getMonthValue() && from.getYear() == to.getYear()) {
            return new Resolved(PartialDate.ofMonth(to.getYear(), to.getMonthValue()), false, false);
        }
        return new Resolved(PartialDate.ofDay(guess), true, false);
    }

    private static int number(String w) {
        return switch (w) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three", "a few", "several" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(w);
        };
    }
}
