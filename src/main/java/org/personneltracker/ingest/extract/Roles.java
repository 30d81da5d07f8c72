package org.personneltracker.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles for drafts: the role named with the event ("joins as VP of research", "X, who led the team, resigned"),
 * the role a person will have ("X will be executive vice president"), the role the article gives the person
 * elsewhere, and the function a co-founder led. Titles tied to another company than the hiring one are dropped.
 */
final class Roles {

    private static final Pattern NAMING_WORD = Pattern.compile("(?i)(?:nam|appoint|tap)");
    private static final Pattern FORMER_BEFORE = Pattern.compile("(?i)\\b(?:former|ex-|then-|previously)[ ]*$");
    private static final Pattern OLD_ROLE_BEFORE = Pattern.compile("(?:'s|')?[ ]+");
    private static final Pattern OLD_ROLE_AFTER = Pattern.compile(
            "(?i)[ ]*(?:,[ ]*)?(?:of|at|with)[ ]+(?:the[ ]+)?(?:(?:startup|company|firm|lab|rival)[ ]+)?"
                    + "(?:(?:\\p{Lu}[\\p{L}-]*[ ]+){0,2}\\p{Lu}[\\p{L}-]*'s[ ]+)?");

    private final ArticleState a;

    Roles(ArticleState a) {
        this.a = a;
    }

    /** The role given with the event word in its sentence; for a new role the "as ..." after the word comes first. */
    RoleParser.Role atEvent(SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person, boolean newRole) {
        EntityMention inSentence = person.start() >= s.start() && person.end() <= s.end() ? person : null;
        if (newRole && inSentence != null && person.start() >= t.end()
                && NAMING_WORD.matcher(a.between(t.start(), t.end())).lookingAt()) {
            // "named chief financial officer Aisha Bello interim CEO": the new title follows the name
            RoleParser.Role r = RoleFinder.afterName(a.norm, person.end(), s.end(), a.companiesIn(s.start(), s.end()));
            if (r == null && person.end() < s.end() && a.norm.charAt(person.end()) == ','
                    && a.before(person.start(), 2, s.start()).equals(", ")) {
                // "named its president, Lakshmi Iyer, interim CEO": the appositive is the old title, the new one follows
                r = RoleFinder.afterName(a.norm, person.end() + 1, s.end(), a.companiesIn(s.start(), s.end()));
            }
            if (r != null) {
                return r;
            }
        }
        if (inSentence != null) {
            RoleParser.Role r = RoleFinder.find(a.norm, s.start(), s.end(), inSentence, a.companiesIn(s.start(), s.end()), t.start(), t.end(), newRole);
            if (r != null && r.start() >= 0 && r.start() < t.end() && r.end() > t.end()) {
                // "has lost its general manager for Europe, X": the title starts after the event word
                RoleParser.Role rest = RoleParser.classify(RoleFinder.clean(a.between(t.end(), r.end())
                        .replaceFirst("^[ ]*(?:(?:its|their|the|his|her)[ ]+)?", "")), null);
                return rest.title() == null ? null
                        : new RoleParser.Role(rest.title(), rest.team(), rest.category(), rest.seniority(), rest.founder(), t.end(), r.end());
            }
            return r;
        }
        if (newRole) {
            return RoleFinder.find(a.norm, s.start(), s.end(),
                    new EntityMention(t.start(), t.start(), EntityMention.Kind.PERSON, "", null), a.companiesIn(s.start(), s.end()),
                    t.start(), t.end(), true);
        }
        return null;
    }

    /** "promoted X, its director of research, to chief scientist": the new role, after "to". */
    RoleParser.Role promotedTo(SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention person) {
        int from = person.end() > t.end() && person.end() <= s.end() ? person.end() : t.end();
        return RoleFinder.toRole(a.norm, from, s.end(), a.companiesIn(s.start(), s.end()));
    }

    private static final Pattern INTERIM_WORD = Pattern.compile("(?i)\\b(?:interim|acting|temporar\\w*|briefly|in the interim|"
            + "for now|until)\\b");
    private static final Pattern AS_TITLE_AFTER = Pattern.compile("(?i)^(?:[ ]+(?:him|her|them|(?-i:\\p{Lu})[\\p{L}'.-]+(?:[ ]+(?-i:\\p{Lu})"
            + "[\\p{L}'.-]+){0,3}))?,?[ ]+as[ ]+");
    private static final Pattern LED_UNIT = Pattern.compile("(?i)^[ ]+(?:the[ ]+|its[ ]+|our[ ]+|a[ ]+)?([\\p{L} -]{0,50}?)[ ]*"
            + "\\b(teams?|groups?|organi[sz]ation|division|unit|function|efforts?)\\b");
    private static final Pattern LED_FUNCTION = Pattern.compile("(?i)^[ ]+(?:the[ ]+company's[ ]+|its[ ]+)?(product|research|engineering|"
            + "policy|safety|security|operations|infrastructure|design|sales|marketing|communications|alignment)\\b");

    /**
     * The role a successor takes: the title after "as" ("succeeding him as CEO"), else the predecessor's, interim
     * when the sentence says so ("will be succeeded on an interim basis by her deputy").
     */
    RoleParser.Role succession(SentenceSplitter.Sentence s, EventClassifier.Trigger t, EntityMention predecessor) {
        Matcher as = AS_TITLE_AFTER.matcher(a.between(t.end(), s.end()));
        if (as.lookingAt()) {
            RoleParser.Role r = RoleFinder.afterName(a.norm, t.end() + as.end() - 1, s.end(), a.companiesIn(s.start(), s.end()));
            if (r != null) {
                return r;
            }
        }
        if (predecessor == null) {
            return null;
        }
        RoleParser.Role r = elsewhere(predecessor);
        if (r == null || r.title() == null) {
            return null;
        }
        boolean interim = INTERIM_WORD.matcher(s.text(a.norm)).find() && !INTERIM_WORD.matcher(r.title()).find();
        return interim ? RoleParser.classify("interim " + r.title(), r.team()) : RoleParser.classify(r.title(), r.team());
    }

    /** "will run the safeguards team until a replacement is hired": lead of the team, interim when it says so. */
    RoleParser.Role interimLead(SentenceSplitter.Sentence s, EventClassifier.Trigger t) {
        String rest = a.between(t.end(), s.end());
        String prefix = INTERIM_WORD.matcher(rest).find() ? "interim " : "";
        Matcher f = LED_FUNCTION.matcher(rest);
        if (f.lookingAt()) {
            return RoleParser.classify(prefix + "head of " + f.group(1).toLowerCase(Locale.ROOT), null);
        }
        Matcher u = LED_UNIT.matcher(rest);
        if (u.lookingAt() && !u.group(1).isBlank()) {
            String team = u.group(1).trim();
            return RoleParser.classify(prefix + "lead, " + team + " team", team);
        }
        return null;
    }

    /** "will remain with us as a senior adviser": the title after "as". */
    RoleParser.Role staysAs(SentenceSplitter.Sentence s, EventClassifier.Trigger t) {
        return RoleFinder.afterName(a.norm, t.end(), s.end(), a.companiesIn(s.start(), s.end()));
    }

    /** The role a leaver stays in: "stay on as a senior adviser", "become executive chair". */
    RoleParser.Role staying(SentenceSplitter.Sentence s, EventClassifier.Trigger t) {
        Matcher m = EventStage.STAYS_IN_ROLE.matcher(a.norm);
        m.region(t.end(), s.end());
        if (!m.find()) {
            return null;
        }
        int at = m.start();
        String phrase = a.between(at, m.end());
        int as = phrase.toLowerCase(Locale.ROOT).lastIndexOf(" as ");
        int start = as >= 0 ? at + as + 4 : at;
        RoleParser.Role r = RoleParser.classify(RoleFinder.clean(a.between(start, m.end())), null);
        return r.title() == null ? null : new RoleParser.Role(r.title(), r.team(), r.category(), r.seniority(), r.founder(), start, m.end());
    }

    /** The role the sentence gives the person with their name ("X, a research engineer,"), or null. */
    RoleParser.Role inSentence(SentenceSplitter.Sentence s, EntityMention person) {
        return RoleFinder.find(a.norm, s.start(), s.end(), person, a.companiesIn(s.start(), s.end()), -1, -1, false);
    }

    /** A title tied to another company than the one hiring ("DeepMind co-founder X", "X, CEO of Inflection AI"). */
    boolean isOldRole(RoleParser.Role role, CompanyRef hiring, SentenceSplitter.Sentence s) {
        if (role.start() < 0 || hiring == null) {
            return false;
        }
        if (FORMER_BEFORE.matcher(a.before(role.start(), 12, s.start())).find()) {
            return true;
        }
        for (EntityMention c : a.companiesIn(Math.max(s.start(), role.start() - 40), role.start())) {
            String gap = a.between(c.end(), role.start());
            if (OLD_ROLE_BEFORE.matcher(gap).matches() && !ArticleState.sameCompany(ArticleState.ref(c), hiring)) {
                return true;
            }
        }
        int limit = Math.min(s.end(), role.end() + 40);
        for (EntityMention c : a.companiesIn(role.end(), limit)) {
            String gap = a.between(role.end(), c.start());
            if (OLD_ROLE_AFTER.matcher(gap).matches()) {
                return !ArticleState.sameCompany(ArticleState.ref(c), hiring);
            }
            break;
        }
        return false;
    }

    /** "X will be executive vice president", in this sentence or the next two about the same person. */
    RoleParser.Role future(SentenceSplitter.Sentence s, EntityMention person) {
        for (int i = s.index(); i < Math.min(a.sentences.size(), s.index() + 3); i++) {
            SentenceSplitter.Sentence n = a.sentences.get(i);
            if (a.skipped.contains(i)) {
                continue;
            }
            for (EntityMention p : a.personsIn(n.start(), n.end())) {
                if (p.id().equals(person.id()) && !a.inQuote(p.start())) {
                    RoleParser.Role r = RoleFinder.futureRole(a.norm, p.end(), n.end(), a.companiesIn(n.start(), n.end()));
                    if (r != null) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /** The function a person led, from "who led engineering" anywhere in the article; or null. */
    RoleParser.Role ledFunction(EntityMention person) {
        for (EntityMention p : a.mentionsOf(person)) {
            SentenceSplitter.Sentence s = a.sentenceAt(p.start());
            if (s == null || a.skipped.contains(s.index())) {
                continue;
            }
            RoleParser.Role r = RoleFinder.ledFunction(a.norm, p.end(), s.end());
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /**
     * A role for the person from a sentence that ties it to {@code company} and to no other company ("Lumenfield's CTO
     * X"), or null.
     */
    RoleParser.Role elsewhereAt(EntityMention person, CompanyRef company) {
        for (EntityMention p : a.mentionsOf(person)) {
            SentenceSplitter.Sentence s = a.sentenceAt(p.start());
            if (s == null || a.skipped.contains(s.index())) {
                continue;
            }
            RoleParser.Role r = a.roles.computeIfAbsent(p, k -> Optional.ofNullable(
                    RoleFinder.find(a.norm, s.start(), s.end(), k, a.companiesIn(s.start(), s.end()), -1, -1, false))).orElse(null);
            if (r == null || r.start() < 0) {
                continue;
            }
            int from = Math.max(s.start(), Math.min(r.start(), p.start()) - 40);
            int to = Math.min(s.end(), Math.max(r.end(), p.end()) + 40);
            List<EntityMention> near = a.companiesIn(from, to);
            if (!near.isEmpty() && near.stream().allMatch(c -> ArticleState.sameCompany(ArticleState.ref(c), company))) {
                return r;
            }
        }
        return null;
    }

    /** A role for the person from any sentence that names them with one. */
    RoleParser.Role elsewhere(EntityMention person) {
        for (EntityMention p : a.mentionsOf(person)) {
            SentenceSplitter.Sentence s = a.sentenceAt(p.start());
            if (s == null || (a.skipped.contains(s.index()) && p != a.byline)) {
                continue;
            }
            RoleParser.Role r = a.roles.computeIfAbsent(p, k -> Optional.ofNullable(
                    RoleFinder.find(a.norm, s.start(), s.end(), k, a.companiesIn(s.start(), s.end()), -1, -1, false))).orElse(null);
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
