package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.personneltracker.event.EventType;

/**
 * Part of stage 3 (events): a founding told of a group before its members are named. "Three former OpenAI engineers
 * have launched Plinth ... Marchetti is Plinth's chief executive; Achterberg is chief technology officer", "Two
 * former Halcyon researchers raised $45 million to start Ferrule ... Ferrule is led by chief executive A and chief
 * technology officer B". Each member (a person who leaves the group's former company, or one given a title at the new
 * company) gets a founding hire at the new company and a departure from the old one.
 */
final class FoundingGroups {

    /** "three former OpenAI engineers", "a group of ex-Google researchers": the group and where it comes from. */
    private static final Pattern GROUP = Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|several|a[ ]+(?:group|trio|pair|team)"
            + "[ ]+of)[ ]+(?:former|ex-)[ ]*$");
    /** The founding verb after the group: "have launched", "raised $45 million to start", "set up". */
    private static final Pattern FOUNDING_VERB = Pattern.compile("(?i)\\b(?:launch(?:ed|es)?|start(?:ed|s)?|found(?:ed|s)?|co-founded|"
            + "form(?:ed|s)?|set[ ]+up|to[ ]+(?:start|launch|found|build|form))\\b[ ]+(?:a[ ]+(?:new[ ]+)?(?:startup|company|lab)[ ]+(?:called|named)[ ]+)?");
    /** The title a member is given with the name: "chief executive A", "and chief technology officer B". */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)(?:^|,[ ]*|\\band[ ]+|\\bby[ ]+)((?:(?:its|the|[\\p{L}]+'s)[ ]+)?"
            + "[\\p{L}-]+(?:[ ]+[\\p{L}-]+){0,4})[ ]+$");
    /** "A is Plinth's chief executive", "B is chief technology officer", "C leads research". */
    private static final Pattern TITLE_AFTER = Pattern.compile("(?i)^(?:,[^,;]{0,100},)?[ ]+(?:is|will[ ]+be|becomes)[ ]+"
            + "(?:(?:its|the|[\\p{L}]+'s)[ ]+)?([\\p{L} -]{2,50}?)(?=[ ]*(?:[;,.]|$|[ ]+and[ ]+|[ ]+while[ ]+))"
            + "|^[ ]+(leads|runs|heads|oversees)[ ]+([\\p{L}-]+(?:[ ]+[\\p{L}-]+)?)(?=[ ]*(?:[;,.]|$|[ ]+and[ ]+))");

    private final ArticleState a;

    FoundingGroups(ArticleState a) {
        this.a = a;
    }

    /** Adds the members' hires and departures to {@code drafts}. */
    void add(List<CandidateDraft> drafts) {
        for (SentenceSplitter.Sentence s : a.sentences) {
            if (a.skipped.contains(s.index())) {
                continue;
            }
            for (EntityMention from : a.companiesIn(s.start(), s.end())) {
                if (!GROUP.matcher(a.before(from.start(), 40, s.start())).find()) {
                    continue;
                }
                Matcher v = FOUNDING_VERB.matcher(a.norm);
                v.region(from.end(), Math.min(s.end(), from.end() + 120));
                if (!v.find()) {
                    continue;
                }
                EntityMention founded = null;
                for (EntityMention c : a.companiesIn(v.end(), Math.min(s.end(), v.end() + 40))) {
                    founded = c;
                    break;
                }
                if (founded != null && !founded.id().equals(from.id())) {
                    members(drafts, s, ArticleState.ref(from), ArticleState.ref(founded));
                    return;
                }
            }
        }
    }

    private void members(List<CandidateDraft> drafts, SentenceSplitter.Sentence founding, CompanyRef from, CompanyRef founded) {
        Set<String> done = new HashSet<>();
        List<CandidateDraft> extra = new ArrayList<>();
        // people given a title at the new company
        for (SentenceSplitter.Sentence s : a.sentences) {
            if (a.skipped.contains(s.index()) || s.index() < founding.index()) {
                continue;
            }
            boolean namesIt = false;
            for (EntityMention c : a.companiesIn(s.start(), s.end())) {
                namesIt |= ArticleState.sameCompany(ArticleState.ref(c), founded);
            }
            if (!namesIt) {
                continue;
            }
            for (EntityMention p : a.personsIn(s.start(), s.end())) {
                if (a.inQuote(p.start()) || done.contains(p.id())) {
                    continue;
                }
                RoleParser.Role role = titleOf(s, p);
                if (role != null) {
                    done.add(p.id());
                    extra.add(hire(p, s, founded, role, founding));
                }
            }
        }
        // people who leave the group's former company without a destination of their own
        for (CandidateDraft d : drafts) {
            if (d.type == EventType.DEPARTURE && ArticleState.sameCompany(d.company, from) && d.destination == null) {
                d.destination = founded;
                d.noRoleElsewhere = true;
                if (done.add(d.person.id())) {
                    extra.add(hire(d.person, a.sentences.get(d.sentence), founded, null, founding));
                }
            }
        }
        addDepartures(extra, from, founded, drafts);
        for (CandidateDraft d : drafts) {
            if (d.type == EventType.DEPARTURE && d.role == null && ArticleState.sameCompany(d.destination, founded)) {
                d.role = formerTitle(d.person, from);
            }
        }
        for (CandidateDraft d : extra) {
            if (d.type == EventType.DEPARTURE && d.role == null) {
                d.role = formerTitle(d.person, from);
            }
        }
        drafts.addAll(extra);
    }

    /** A departure from the former company for each member who has none yet. */
    private void addDepartures(List<CandidateDraft> extra, CompanyRef from, CompanyRef founded, List<CandidateDraft> drafts) {
        List<CandidateDraft> more = new ArrayList<>();
        for (CandidateDraft h : extra) {
            if (h.type != EventType.HIRE) {
                continue;
            }
            boolean leaves = false;
            for (CandidateDraft d : drafts) {
                leaves |= d.type == EventType.DEPARTURE && d.person.id().equals(h.person.id()) && ArticleState.sameCompany(d.company, from);
            }
            for (CandidateDraft d : extra) {
                leaves |= d.type == EventType.DEPARTURE && d.person.id().equals(h.person.id());
            }
            if (!leaves) {
                CandidateDraft d = h.counterpart(EventType.DEPARTURE, from);
                d.destination = founded;
                d.date = null;
                d.role = null;
                d.founder = false;
                d.noRoleElsewhere = true;
                more.add(d);
            }
        }
        extra.addAll(more);
    }

    /** ", a former staff research engineer at Halcyon", ", who until March ran Halcyon's agent safety team". */
    private static final Pattern FORMER_TITLE_AT = Pattern.compile("(?i)^,[ ]+(?:an?[ ]+)?former[ ]+([\\p{L} -]{2,60}?)[ ]+(?:at|of|with)[ ]+$");
    private static final Pattern RAN_TEAM = Pattern.compile("(?i)^,[ ]+who[ ]+(?:until[ ]+[\\p{L}]+[ ]+)?(?:ran|led|headed|managed)[ ]+$");

    /** The title a member held at the group's former company, told with the name; null when none. */
    private RoleParser.Role formerTitle(EntityMention person, CompanyRef from) {
        for (EntityMention p : a.mentionsOf(person)) {
            SentenceSplitter.Sentence s = a.sentenceAt(p.start());
            if (s == null) {
                continue;
            }
            for (EntityMention c : a.companiesIn(p.end(), Math.min(s.end(), p.end() + 90))) {
                if (!ArticleState.sameCompany(ArticleState.ref(c), from)) {
                    continue;
                }
                String gap = a.between(p.end(), c.start());
                Matcher f = FORMER_TITLE_AT.matcher(gap);
                if (f.matches() && RoleParser.hasHeadWord(f.group(1))) {
                    return role(f.group(1), p.end() + f.start(1));
                }
                Matcher team = TEAM_AFTER_POSSESSIVE.matcher(a.between(c.end(), Math.min(s.end(), c.end() + 60)));
                if (RAN_TEAM.matcher(gap).matches() && team.lookingAt()) {
                    return role("head of " + team.group(1), c.end() + team.start(1));
                }
            }
        }
        return null;
    }

    private static final Pattern TEAM_AFTER_POSSESSIVE = Pattern.compile("(?i)^'s[ ]+([\\p{L} -]{2,40}?)[ ]+(?:team|group|unit|lab)\\b");

    private CandidateDraft hire(EntityMention p, SentenceSplitter.Sentence s, CompanyRef founded, RoleParser.Role role,
                                SentenceSplitter.Sentence founding) {
        CandidateDraft h = new CandidateDraft();
        h.person = p;
        h.type = EventType.HIRE;
        h.company = founded;
        h.founder = true;
        h.role = role;
        h.strength = 0.8;
        h.sentence = s.index();
        h.triggerStart = p.start();
        h.triggerEnd = p.end();
        for (DateResolver.DateHit d : a.datesOf(founding)) {
            if (a.published == null || !d.date().start().isAfter(a.published)) {
                h.date = d;
                break;
            }
        }
        h.evidence.add(new Span(p.start(), p.end(), "PERSON"));
        return h;
    }

    /** The title the sentence gives a member at the new company, before the name or after it; null when none. */
    private RoleParser.Role titleOf(SentenceSplitter.Sentence s, EntityMention p) {
        Matcher before = TITLE_BEFORE.matcher(a.before(p.start(), 60, s.start()));
        if (before.find() && RoleParser.hasHeadWord(before.group(1))) {
            return role(before.group(1), p.start() - before.group(1).length() - 1);
        }
        Matcher after = TITLE_AFTER.matcher(a.between(p.end(), Math.min(s.end(), p.end() + 160)));
        if (after.find()) {
            if (after.group(1) != null && RoleParser.hasHeadWord(after.group(1))) {
                return role(after.group(1), p.end() + after.start(1));
            }
            if (after.group(2) != null) {
                return role("head of " + after.group(3), p.end() + after.start(2));
            }
        }
        return null;
    }

    private static RoleParser.Role role(String title, int start) {
        RoleParser.Role r = RoleParser.classify(RoleFinder.clean(title.replaceFirst("(?i)^(?:its|the|[\\p{L}]+'s)[ ]+", "")), null);
        return r.title() == null ? null : new RoleParser.Role(r.title(), r.team(), r.category(), r.seniority(), true, start,
                start + title.length());
    }
}
