package org.personneltracker.ingest.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part of stage 1 (preparation): the article's author, who is page furniture when the article is about others and the
 * "I" of a first-person post: a byline ("By X", "X · June 10, 2026"), a handle line ("X @handle"), a signature
 * ("- X"), or the name above a LinkedIn-style profile line. The author's line is skipped for events.
 */
final class Bylines {

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Posted by|Words by|Author:|From)[ ]+((?:\\p{Lu}[\\p{L}'.-]*[ ]?){2,4})");
    private static final Pattern HANDLE_LINE = Pattern.compile("^((?:\\p{Lu}[\\p{L}'.-]+[ ]){1,3}\\p{Lu}[\\p{L}'.-]+)[ ]*\\(?@\\w+");
    private static final Pattern SIGNATURE = Pattern.compile("^[-~][ ]*((?:\\p{Lu}[\\p{L}'.-]+[ ]?){2,3})$");
    private static final Pattern BYLINE_TRAILING_WORD = Pattern.compile("[ ]+(?:and|for|at|in|on)$");
    /** "HELENA MARSH Wire Technology Writer", "Owen Pryce, Senior Editor": the words after a byline's name. */
    private static final Pattern BYLINE_DESK = Pattern.compile("(?i)[ ,]+(?:the[ ]+)?(?:wire|associated|ap|reuters|bloomberg|"
            + "technology|tech|business|senior|staff|writer|reporter|correspondent|editor|contributor|columnist|desk|"
            + "news|press|daily|times|journal|and|for|at|in|on|\\||·)\\b.*$");
    /** "Lucia Ferrante · June 10, 2026 · 2 min read": a name, a separator, a date or a reading time. */
    private static final Pattern NAME_DATE_LINE = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}'.-]+[ ]){1,2}\\p{Lu}[\\p{L}'.-]+)[ ]*[·|•][ ]*(?:\\p{Lu}[\\p{Ll}]+\\.?[ ]+\\d|\\d|listen)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,]+$");

    private Bylines() {
    }

    static void find(ArticleState a, EntityMatcher peopleMatcher) {
        int n = a.sentences.size();
        for (SentenceSplitter.Sentence s : a.sentences) {
            if (s.index() > 6 && s.index() < n - 4) {
                continue;
            }
            String st = s.text(a.norm);
            Matcher m = BYLINE.matcher(st);
            Matcher h = HANDLE_LINE.matcher(st);
            Matcher g = SIGNATURE.matcher(st.trim());
            Matcher nd = NAME_DATE_LINE.matcher(st);
            Matcher pn = PROFILE_NAME.matcher(st.trim());
            int gs;
            String name;
            boolean profile = s.index() == firstReadable(a) && pn.matches() && profilePost(a, s);
            if (profile) {
                gs = st.indexOf(pn.group(1));
                name = pn.group(1);
            } else if (nd.find()) {
                gs = nd.start(1);
                name = nd.group(1).trim();
            } else if (m.find()) {
                gs = m.start(1);
                name = m.group(1).trim();
            } else if (h.find()) {
                gs = h.start(1);
                name = h.group(1).trim();
            } else if (g.find()) {
                gs = g.start(1);
                name = g.group(1).trim();
            } else {
                continue;
            }
            name = TRAILING_PUNCTUATION.matcher(BYLINE_TRAILING_WORD.matcher(BYLINE_DESK.matcher(name).replaceFirst(""))
                    .replaceFirst("")).replaceFirst("");
            String[] toks = name.split(" ");
            boolean notAName = toks.length < 2;
            for (String tok : toks) {
                notAName |= !profile && Lexicon.notName(tok); // "Orrery Research Blog · August 19": a publication, not a person
            }
            int nameStart = s.start() + gs;
            notAName |= !ArticleState.overlapping(a.companies, nameStart, nameStart + name.length()).isEmpty();
            if (notAName) {
                a.skipped.add(s.index()); // "By Staff Reporter": a byline without a person
                continue;
            }
            if (toks.length > 3) {
                name = toks[0] + " " + toks[1] + (Lexicon.notName(toks[2]) ? "" : " " + toks[2]);
            }
            int start = s.start() + gs;
            EntityMention existing = null;
            for (EntityMention p : a.persons) {
                if (p.start() >= start && p.start() < start + name.length() + 1) {
                    existing = p;
                }
            }
            if (existing == null) {
                KnownEntity k = peopleMatcher.lookup(name);
                existing = new EntityMention(start, start + name.length(), EntityMention.Kind.PERSON,
                        k == null ? displayName(name) : k.name(), k == null ? null : k.slug());
                final EntityMention ex = existing;
                a.companies.removeIf(c -> c.overlaps(ex.start(), ex.end()));
                a.persons.add(existing);
            }
            a.byline = existing;
            a.skipped.add(s.index());
            return;
        }
    }

    /** A line that is only a name: the author's name at the head of a LinkedIn or X post. */
    private static final Pattern PROFILE_NAME = Pattern.compile("^((?:\\p{Lu}[\\p{L}'.-]+[ ]){1,2}\\p{Lu}[\\p{L}'.-]+)$");
    /** The line under the author's name: "Head of X at Y | ex-Z", "2d • Edited", "San Francisco Bay Area · 1h". */
    private static final Pattern PROFILE_LINE = Pattern.compile("(?i)^(?:[^.]{2,80}\\bat[ ]+\\p{Lu}[^.]{0,80}|"
            + ".{0,40}(?:^|[ ])\\d{1,2}(?:h|d|w|mo)\\b.{0,30})$");
    private static final Pattern FIRST_PERSON_BODY = Pattern.compile("\\b(?:I'm|I've|I|my|My|me)\\b");

    private static int firstReadable(ArticleState a) {
        for (SentenceSplitter.Sentence s : a.sentences) {
            if (!a.skipped.contains(s.index())) {
                return s.index();
            }
        }
        return -1;
    }

    /**
     * A first-person post under its author's name: the name line is followed by a profile line (a title at a company,
     * or the post's age such as "2d"), and the body says I or my at least twice.
     */
    private static boolean profilePost(ArticleState a, SentenceSplitter.Sentence nameLine) {
        if (nameLine.index() + 1 >= a.sentences.size()) {
            return false;
        }
        String next = a.sentences.get(nameLine.index() + 1).text(a.norm).trim();
        if (!PROFILE_LINE.matcher(next).matches()) {
            return false;
        }
        Matcher fp = FIRST_PERSON_BODY.matcher(a.norm);
        fp.region(a.sentences.get(nameLine.index() + 1).end(), a.norm.length());
        int n = 0;
        while (fp.find() && n < 2) {
            n++;
        }
        return n >= 2;
    }

    /** "HELENA MARSH" is shown as "Helena Marsh". */
    static String displayName(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
