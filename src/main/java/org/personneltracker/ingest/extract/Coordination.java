package org.personneltracker.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Part of stage 2 (subjects): the people coordinated with a subject or an object, so that one event word gives each
 * of them a draft: "A, B and C left", "A, its CTO, and B", "named A as CTO and B as head of research",
 * "hired five researchers: A, B, C, D and E".
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
}
