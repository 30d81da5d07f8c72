package org.personneltracker.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled-once regular expressions for the few places that test a string against an inline expression:
 * {@link String#matches}, {@link String#replaceAll} and {@link String#split} compile their pattern on every call,
 * which in the per-sentence loops of the extractor cost more than the matching itself.
 */
final class Rx {

    private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Rx() {
    }

    static Pattern p(String regex) {
        Pattern p = CACHE.get(regex);
        if (p == null) {
            p = CACHE.computeIfAbsent(regex, Pattern::compile);
        }
        return p;
    }

    static boolean matches(CharSequence s, String regex) {
        return p(regex).matcher(s).matches();
    }

    static String replaceAll(CharSequence s, String regex, String replacement) {
        return p(regex).matcher(s).replaceAll(replacement);
    }

    static String replaceFirst(CharSequence s, String regex, String replacement) {
        return p(regex).matcher(s).replaceFirst(replacement);
    }

    static String[] split(CharSequence s, String regex) {
        return p(regex).split(s);
    }
}
