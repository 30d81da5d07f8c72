package org.personneltracker.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Slugs: lower-case ASCII letters, digits and single dashes, derived from names. */
public final class Slugs {

    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 80;
    private static final int MAX_KEY_LENGTH = 200;
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private Slugs() {
    }

    /**
     * Folds accents and reduces text to a slug; answers "" when nothing Latin is left
     * (the caller then picks a fallback such as {@code person-<n>}).
     */
    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String folded = text
                .replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O").replace("ø", "o")
                .replace("Œ", "OE").replace("œ", "oe").replace("Ł", "L").replace("ł", "l").replace("Đ", "D")
                .replace("đ", "d").replace("Þ", "Th").replace("þ", "th").replace("&", " and ");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimDashes(slug.substring(0, MAX_LENGTH));
        }
        return slug;
    }

    /**
     * A slug for a new record: the requested one when given (it must be valid and free), else one derived
     * from the name ({@code jane-doe}, then {@code jane-doe-2}...), else {@code <prefix>-<n>}.
     */
    public static String allocate(String requested, String name, String prefix, Predicate<String> taken,
            String field) {
        if (requested != null) {
            if (!isValid(requested)) {
                throw ApiException.badRequest(field, "a slug has lower-case ASCII letters, digits and single dashes");
            }
            if (taken.test(requested)) {
                throw ApiException.conflict("the slug '" + requested + "' is taken");
            }
            return requested;
        }
        String base = slugify(name);
        if (base.isEmpty()) {
            for (int n = 1; ; n++) {
                String candidate = prefix + "-" + n;
                if (!taken.test(candidate)) {
                    return candidate;
                }
            }
        }
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Records a violation for a client-given key of a personnel or context event that is not slug-shaped. */
    public static void checkKey(String key, Violations v) {
        if (key != null && (key.length() > MAX_KEY_LENGTH || !VALID.matcher(key).matches())) {
            v.add("key", "a key has lower-case ASCII letters, digits and single dashes (at most " + MAX_KEY_LENGTH + ")");
        }
    }

    /**
     * The derived key of a personnel or context event: company, date, type and subject (the person's slug, the
     * slugified title), {@code anthropic-2026-02-09-departure-mrinank-sharma}, at most 200 characters.
     */
    public static String key(String companySlug, PartialDate date, Enum<?> type, String subject) {
        String key = companySlug + "-" + date + "-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + subject;
        key = key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
        return TRAILING_DASHES.matcher(key).replaceAll("");
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 120 && VALID.matcher(slug).matches();
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '-') {
            b--;
        }
        return s.substring(a, b);
    }
}
