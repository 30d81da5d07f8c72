package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part of stage 2 (subjects): the people coordinated with a subject or an object, so that one event word gives each
 * of them a draft: "A, B and C left", "A, its CTO, and B", "named A as CTO and B as head of research",
 * "hired five researchers: A, B, C, D and E"; plural subjects ("The four resigned") and "along with A and B".
 */
final class Coordination {

    /** "A, B", "A and B", "A & B", "A and co-founder B": only separators and role words between two names. */
    private static final Pattern SEPARATOR_ONLY = Pattern.compile(
            "^(?:'s)?(?:[ ]*,[ ]*(?:and[ ]+)?|[ ]+and[ ]+|[ ]*&[ ]*)(?:(?:its|the|former|then|[\\p{Ll}-]+|[A-Z]{2,5}|"
                    + "[\\p{Lu}][\\p{Ll}]+'s)[ ]+){0,5}$");

    /** "A, its CTO, and B", "A, a research engineer, and B": a role appositive between two coordinated names. */
    private static final Pattern ROLE_APPOSITIVE_THEN_AND = Pattern.compile(
            "(?:,[ ]*(?:an?|the|its|their|[\\p{L}]+'s)?[ ]*[^,;.()\"]{2,60},)?[ ]*,?[ ]*and[ ]+(?:(?:its|the|their|"
                    + "[\\p{L}]+'s|[\\p{Ll}-]+)[ ]+){0,6}(?:[^,;.()\"]{0,40},[ ]*)?");

    /** "named A as chief technology officer and B as head of research": each name with its own "as" role. */
    private static final Pattern AS_ROLE_THEN_AND = Pattern.compile(
            "^[ ]+as[ ]+(?:(?:the|its|their|a|an)[ ]+)?[^,;.()\"]{2,70}?,?[ ]+and[ ]+(?:(?:its|the|former|[\\p{Ll}-]+)[ ]+){0,3}$");

    private final ArticleState a;

    Coordination(ArticleState a) {
        this.a = a;
    }

    /** Adds the people coordinated with {@code first} ("A, B and C"), up to {@code limit}. */
    void add(List<EntityMention> list, EntityMention first, int limit) {
        EntityMention prev = first;
        for (EntityMention p : a.personsIn(first.end(), limit)) {
            if (p.start() <= prev.end()) {
                continue;
            }
            String between = a.between(prev.end(), p.start());
            boolean separator = SEPARATOR_ONLY.matcher(between).matches()
                    && !(between.indexOf(',') >= 0 && (RoleParser.hasHeadWord(between) || between.contains(" of ")));
            boolean roleBetween = (ROLE_APPOSITIVE_THEN_AND.matcher(between).matches() || AS_ROLE_THEN_AND.matcher(between).matches())
                    && RoleParser.hasHeadWord(between);
            if ((separator || roleBetween) && !p.id().equals(first.id()) && !hasEventWord(prev.end(), p.start())) {
                boolean dup = false;
                for (EntityMention x : list) {
                    if (x.id().equals(p.id())) {
                        dup = true;
                    }
                }
                if (!dup) {
                    list.add(p);
                }
                prev = p;
            } else {
                break;
            }
        }
    }

    private boolean hasEventWord(int from, int to) {
        SentenceSplitter.Sentence s = a.sentenceAt(from);
        if (s == null) {
            return false;
        }
        for (EventClassifier.Trigger t : a.triggersOf(s)) {
            if (t.start() >= from && t.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** "The four", "Both", "The pair", "All three researchers", "The departing engineers": the people just listed. */
    private static final Pattern GROUP_SUBJECT = Pattern.compile("(?i)^[ ]*(?:(?:(?:the|all|all[ ]+of[ ]+the)[ ]+)?"
            + "(two|three|four|five|six|seven|eight|2|3|4|5|6|7|8)(?:[ ]+(?:of[ ]+them|[\\p{Ll}-]+s))?|both(?:[ ]+of[ ]+them|[ ]+[\\p{Ll}-]+s)?|"
            + "the[ ]+(?:pair|trio|duo)|the[ ]+(?:[\\p{Ll}-]+[ ]+)?(?:researchers|engineers|scientists|executives|founders|co-founders|"
            + "leaders|employees|staffers))(?:[ ]+(?:have|had|also|all|each|then|later|reportedly|both|are|were|will|would|is|has))*[ ]*$");
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight");

    /**
     * "Krause is joined by A, B and C. The four resigned from Kestrel on Friday": a plural subject is the people the
     * sentences just before listed (the last N of them when it says how many).
     */
    boolean group(SentenceSplitter.Sentence s, EventClassifier.Trigger t, int clauseStart, SubjectFinder.Subjects out) {
        Matcher m = GROUP_SUBJECT.matcher(a.between(Math.max(clauseStart, s.start()), t.start()));
        if (!m.matches()) {
            return false;
        }
        int n = 0;
        if (m.group(1) != null) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            n = Character.isDigit(w.charAt(0)) ? Integer.parseInt(w) : NUMBERS.indexOf(w) + 2;
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - 2); i--) {
            SentenceSplitter.Sentence prev = a.sentences.get(i);
            List<EntityMention> listed = new ArrayList<>();
            for (EntityMention p : a.personsIn(prev.start(), prev.end())) {
                if (!a.inQuote(p.start()) && p != a.byline && listed.stream().noneMatch(x -> x.id().equals(p.id()))) {
                    listed.add(p);
                }
            }
            if (listed.size() >= 2 && (n == 0 || listed.size() >= n)) {
                out.people.addAll(n == 0 ? listed : listed.subList(listed.size() - n, listed.size()));
                out.pronoun = true;
                return true;
            }
        }
        return false;
    }

    /** "is leaving the company, along with pretraining lead A and B, who ran ...": others who do the same. */
    void alongWith(SentenceSplitter.Sentence s, EventClassifier.Trigger t, SubjectFinder.Subjects out) {
        Matcher m = ALONG_WITH.matcher(a.norm);
        m.region(t.end(), s.end());
        if (!m.find()) {
            return;
        }
        for (EntityMention p : a.personsIn(m.end(), Math.min(s.end(), m.end() + 60))) {
            if (out.people.stream().noneMatch(x -> x.id().equals(p.id()))) {
                out.people.add(p);
                add(out.people, p, s.end());
            }
            return;
        }
    }

    private static final Pattern ALONG_WITH = Pattern.compile("(?i),[ ]*(?:along[ ]+with|together[ ]+with|as[ ]+(?:well[ ]+as|are|were))[ ]+");
}
