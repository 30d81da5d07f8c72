package org.personneltracker.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds stored people and companies by name or alias: case-insensitive, accent-insensitive, whole words, and
 * possessives ("Anthropic's", "OpenAI's") included. A match with no capital letter is ignored ("meta-analysis"),
 * and short aliases (three letters or fewer, like "SSI") must match exactly.
 */
final class EntityMatcher {

    private final EntityMention.Kind kind;
    private final Pattern pattern;
    private final Map<String, KnownEntity> byForm = new HashMap<>();
    private final Set<String> nameTokens = new LinkedHashSet<>();

    EntityMatcher(List<KnownEntity> entities, EntityMention.Kind kind) {
        this.kind = kind;
        List<String> forms = new ArrayList<>();
        for (KnownEntity e : entities) {
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : names) {
                if (n == null || n.isBlank()) {
                    continue;
                }
                String key = key(n);
                if (key.length() < 2) {
                    continue;
                }
                byForm.putIfAbsent(key, e);
                forms.add(key);
                for (String tok : key.split(" ")) {
                    nameTokens.add(tok);
                }
            }
        }
        forms = new ArrayList<>(new LinkedHashSet<>(forms));
        forms.sort(Comparator.comparingInt(String::length).reversed());
        if (forms.isEmpty()) {
            pattern = null;
        } else {
            // a cheap first-letter check before trying every name at a position
            java.util.Set<Character> firsts = new java.util.TreeSet<>();
            for (String f : forms) {
                firsts.add(Character.toLowerCase(f.charAt(0)));
                firsts.add(Character.toUpperCase(f.charAt(0)));
            }
            StringBuilder look = new StringBuilder("(?=[");
            for (char c : firsts) {
                look.append(Pattern.quote(String.valueOf(c)).replace("\\Q", "").replace("\\E", "").equals(String.valueOf(c))
                        && Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
            }
            look.append("])");
            StringBuilder sb = new StringBuilder(look).append("(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < forms.size(); i++) {
                if (i > 0) {
                    sb.append('|');
                }
                String[] toks = forms.get(i).split(" ");
                for (int t = 0; t < toks.length; t++) {
                    if (t > 0) {
                        sb.append("\\s+");
                    }
                    sb.append(Pattern.quote(toks[t]));
                }
            }
            sb.append(")(?![\\p{L}\\p{N}])(?!-\\p{Ll})");
            pattern = Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** Lower-cased, accent-folded, typography-folded, single-spaced form of a name. */
    static String key(String name) {
        return fold(TextNormalizer.normalize(name)).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /** Removes accents one character for one character, so offsets are kept. */
    static String fold(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c > 0x7F && Character.isLetter(c)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                if (d.length() > 1 && d.charAt(0) < 0x80) {
                    out[i] = d.charAt(0);
                } else if (c == 'ø') {
                    out[i] = 'o';
                } else if (c == 'Ø') {
                    out[i] = 'O';
                } else if (c == 'ß') {
                    out[i] = 's';
                } else if (c == 'ł') {
                    out[i] = 'l';
                }
            }
        }
        return new String(out);
    }

    /** Tokens of all stored names, lower-cased (used to keep company words out of person names). */
    Set<String> nameTokens() {
        return nameTokens;
    }

    KnownEntity lookup(String name) {
        return byForm.get(key(name));
    }

    List<EntityMention> find(String folded) {
        List<EntityMention> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            String matched = m.group();
            boolean hasUpper = matched.chars().anyMatch(Character::isUpperCase);
            if (!hasUpper) {
                continue;
            }
            String key = matched.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            KnownEntity e = byForm.get(key);
            if (e == null) {
                continue;
            }
            if (key.length() <= 3 && !isExactForm(e, matched)) {
                continue;
            }
            out.add(new EntityMention(m.start(), m.end(), kind, e.name(), e.slug()));
        }
        return out;
    }

    private static boolean isExactForm(KnownEntity e, String matched) {
        if (fold(e.name()).equals(matched)) {
            return true;
        }
        for (String a : e.aliases()) {
            if (fold(TextNormalizer.normalize(a)).equals(matched)) {
                return true;
            }
        }
        return false;
    }
}
