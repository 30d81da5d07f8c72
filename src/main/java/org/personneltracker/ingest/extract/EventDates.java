package org.personneltracker.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.event.EventType;

/**
 * Stage 4, dates: which date expression of a sentence an event word owns (the nearest after it, a day before a
 * year, none inside another quotation or relative clause), and the date a story keeps for the sentences that
 * follow it about the same person ("hours later", the next sentence of the paragraph).
 */
final class EventDates {

    /** Words that put a sentence at the time of the event told just before. */
    private static final Pattern SAME_TIME = Pattern.compile("(?i)\\b(hours later|later that day|the same day|same day|"
            + "that day|also|as well|too|meanwhile|separately)\\b");

    /** A date that says when something will end or start, not when the event happened: "until May", "effective April 1". */
    private static final Pattern FUTURE_CUE_BEFORE = Pattern.compile("(?i)\\b(?:until|till|through|effective|starting|from|as of|"
            + "at the end of|by the end of|end of|expected back in|back in|starts?|begins?|starting in|next|will[ ]+\\w+[ ]+(?:in|on)|"
            + "since|the end)[ ]*(?:on[ ]+|in[ ]+|of[ ]+)?$");
    /** "will become chief executive on April 1": a date named after "will" is when it will happen. */
    private static final Pattern WILL_BEFORE = Pattern.compile("(?i)\\b(?:will|shall|is set to|are set to|is to|are to|"
            + "is expected to|plans to|would)\\b(?![^.;]*\\b(?:said|says|told|announced|wrote)\\b)[^.;]*$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("[ ]*(?:\\([^)]{1,30}\\)[ ]*)?[-–—:][ ]");
    /** Days within which a dated sentence of the lead is the story's own news. */
    private static final int STORY_DAYS = 10;

    private final ArticleState a;
    private DateResolver.DateHit storyDate;
    private boolean storyDateKnown;
    private DateResolver.DateHit lastEventDate;
    private int lastEventSentence = -1;
    /** The people of the last dated event's sentence ("hired A, B and C on Tuesday ... all three had left"). */
    private final Set<String> lastEventPersons = new HashSet<>();

    EventDates(ArticleState a) {
        this.a = a;
    }

    /** The date of the event told by {@code t} in {@code s}, or null when the sentence gives none. */
    DateResolver.DateHit dateOf(SentenceSplitter.Sentence s, EventClassifier.Trigger t, List<int[]> relatives,
                                EntityMention person) {
        DateResolver.DateHit d = pick(s, t, relatives, a.triggersOf(s));
        if (d == null) {
            d = itemDate(s, t);
        }
        if (d == null && SAME_TIME.matcher(s.text(a.norm)).find()) {
            d = inferred(lastEventDate);
        }
        if (d == null && lastEventDate != null && lastEventSentence >= 0 && s.index() - lastEventSentence <= 2
                && a.sentences.get(lastEventSentence).paragraph() == s.paragraph()
                && lastEventPersons.contains(person.id()) && a.datesOf(s).isEmpty()) {
            // the same story goes on about the same person: the date given earlier holds
            d = inferred(lastEventDate);
        }
        if (d == null && SubjectFinder.regionOf(relatives, t.start()) == null && a.datesOf(s).isEmpty()) {
            d = inferred(toldLater(s, person)); // "X has joined Y. She told colleagues on Monday ..."
        }
        if (d == null && SubjectFinder.regionOf(relatives, t.start()) == null) {
            d = inferred(storyDate()); // an undated sentence of the story happened when the story did
        }
        return d;
    }

    /** "All three told Parallax of their decisions on Monday", "She told staff on Tuesday": a later sentence's subject. */
    private static final Pattern LATER_SUBJECT = Pattern.compile("(?i)^[\"“]?(?:he|she|they|both|the[ ]+(?:pair|two|three|four|five)|"
            + "all[ ]+(?:two|three|four|five|six|of[ ]+them))\\b");

    /**
     * The day a sentence shortly after an undated event gives for the same person (named first, or he/she/they at
     * its start): the news is often told first and dated in the next lines. Only a recent day, never a future one.
     */
    private DateResolver.DateHit toldLater(SentenceSplitter.Sentence s, EntityMention person) {
        if (a.published == null) {
            return null;
        }
        for (int i = s.index() + 1; i < Math.min(a.sentences.size(), s.index() + 4); i++) {
            if (a.skipped.contains(i)) {
                continue;
            }
            SentenceSplitter.Sentence n = a.sentences.get(i);
            List<EntityMention> ps = a.personsIn(n.start(), n.end());
            boolean about = !ps.isEmpty() ? ps.get(0).id().equals(person.id()) && ps.get(0).start() - n.start() < 3
                    : LATER_SUBJECT.matcher(n.text(a.norm).strip()).find();
            if (!about) {
                continue;
            }
            boolean started = STARTED.matcher(n.text(a.norm)).find();
            for (DateResolver.DateHit h : a.datesOf(n)) {
                LocalDate d = h.date().start();
                boolean recentDay = h.date().precision() == DatePrecision.DAY && !d.isBefore(a.published.minusDays(STORY_DAYS));
                // "Raman started this month": a start told with its month
                boolean startMonth = started && h.date().precision() == DatePrecision.MONTH;
                if ((recentDay || startMonth) && !isFutureUse(h, n) && !d.isAfter(a.published) && !a.inQuote(h.start())) {
                    return h;
                }
            }
        }
        return null;
    }

    private static final Pattern STARTED = Pattern.compile("(?i)\\b(?:started|starts|began|begins|joined|arrived|took[ ]+up)\\b");

    /** "6:12 AM PDT · April 9, 2026", "Published 9:02 AM EDT, June 11, 2026": a time stamp line, not news. */
    private static final Pattern STAMP_WORDS = Pattern.compile("(?i)\\b(?:updated|published|posted|last|modified|am|pm|a\\.m\\.|p\\.m\\.|"
            + "[a-z]{1,2}[sd]t|et|pt|utc|gmt|at|on|by|min|read|\\d+)\\b|[^\\p{L}]");

    private static final Pattern META_LINE = Pattern.compile("[|·•]|^(?:By|BY)[ ]");

    private boolean isStampLine(SentenceSplitter.Sentence s, DateResolver.DateHit h) {
        String rest = a.between(s.start(), h.start()) + " " + a.between(h.end(), s.end());
        return STAMP_WORDS.matcher(rest).replaceAll("").length() < 8 || META_LINE.matcher(s.text(a.norm).strip()).find();
    }

    /** "LONDON, 22 July 2026 — Halcyon AI has appointed ...": the dateline is the day of writing. */
    private boolean isDateline(SentenceSplitter.Sentence s, DateResolver.DateHit h) {
        return h.start() - s.start() < 40 && DATELINE_AFTER.matcher(a.between(h.end(), Math.min(s.end(), h.end() + 20))).lookingAt();
    }

    /**
     * The date a digest item ends with ("• Parallax hired X as general counsel. She was ... — July 20", "(July 21)"):
     * the date of every event of that line.
     */
    private DateResolver.DateHit itemDate(SentenceSplitter.Sentence s, EventClassifier.Trigger t) {
        SentenceSplitter.Sentence last = s;
        for (int i = s.index() + 1; i < a.sentences.size() && a.sentences.get(i).paragraph() == s.paragraph(); i++) {
            last = a.sentences.get(i);
        }
        List<DateResolver.DateHit> hits = a.datesOf(last);
        if (hits.isEmpty()) {
            return null;
        }
        DateResolver.DateHit h = hits.get(hits.size() - 1);
        if (h.start() < t.end() || !ITEM_DATE_END.matcher(a.between(h.end(), last.end())).matches()
                || !ITEM_DATE_LEAD.matcher(a.before(h.start(), 6, last.start())).find() || isFutureUse(h, last)) {
            return null;
        }
        return h;
    }

    private static final Pattern ITEM_DATE_LEAD = Pattern.compile("(?:^|[—–(-]|\\.)[ ]*$");
    private static final Pattern ITEM_DATE_END = Pattern.compile("[ ]*[).]?[ ]*");

    /** A date taken from elsewhere in the story: kept, but it never wins over a date the sentence gives itself. */
    private static DateResolver.DateHit inferred(DateResolver.DateHit h) {
        return h == null ? null : new DateResolver.DateHit(h.start(), h.end(), h.date(), h.approximate(), false);
    }

    /**
     * The day the story's news happened: the first date of the article's lead (first three readable sentences) that
     * falls within {@value #STORY_DAYS} days before publication ("told employees on Wednesday"). Null when none.
     */
    DateResolver.DateHit storyDate() {
        if (storyDateKnown) {
            return storyDate;
        }
        storyDateKnown = true;
        if (a.published == null) {
            return null;
        }
        int seen = 0;
        for (SentenceSplitter.Sentence s : a.sentences) {
            if (a.skipped.contains(s.index()) || a.headlineLike.contains(s.index())) {
                continue;
            }
            if (++seen > 3) {
                break;
            }
            for (DateResolver.DateHit h : a.datesOf(s)) {
                if (isFutureUse(h, s) || DATELINE_AFTER.matcher(a.between(h.end(), Math.min(s.end(), h.end() + 20))).lookingAt()
                        || isStampLine(s, h)) {
                    continue; // "SAN FRANCISCO, Feb 10 (Wire) -": the dateline is the day of writing
                }
                LocalDate d = h.date().start();
                if (h.date().precision() == DatePrecision.DAY && !d.isAfter(a.published)
                        && !d.isBefore(a.published.minusDays(STORY_DAYS))) {
                    storyDate = h;
                    return storyDate;
                }
            }
        }
        return null;
    }

    /** "until May", "effective April 1", "starts in January", or a date after publication: not when it happened. */
    private boolean isFutureUse(DateResolver.DateHit h, SentenceSplitter.Sentence s) {
        String hit = a.between(h.start(), h.end());
        int space = hit.indexOf(' ');
        String lead = space > 0 && Character.isLowerCase(hit.charAt(0)) ? hit.substring(0, space + 1) : "";
        if (FUTURE_CUE_BEFORE.matcher(a.before(h.start(), 30, s.start()) + lead).find()) {
            return true;
        }
        if (h.explicit() && h.date().precision() != DatePrecision.YEAR
                && WILL_BEFORE.matcher(a.between(s.start(), h.start())).find()) {
            return true;
        }
        return a.published != null && h.date().start().isAfter(a.published);
    }

    /** Remembers a kept draft's date for the sentences that follow. */
    void told(CandidateDraft d, SentenceSplitter.Sentence s) {
        if (d.date != null && (d.date.explicit() || !d.date.approximate())) {
            if (lastEventSentence != s.index() || !d.date.equals(lastEventDate)) {
                lastEventPersons.clear();
            }
            lastEventDate = d.date;
            lastEventSentence = s.index();
            lastEventPersons.add(d.person.id());
        }
    }

    /** Dated more than 18 months before publication: background, not news. */
    boolean isOld(DateResolver.DateHit d) {
        if (d == null || a.published == null || !d.explicit()) {
            return false;
        }
        // a year counts by its middle: "in mid-2024" is background for an article of February 2026
        LocalDate when = d.date().precision() == DatePrecision.YEAR ? d.date().start().withDayOfYear(182) : d.date().end();
        return when.isBefore(a.published.minusMonths(18));
    }

    /** A founding dated long before the article ("co-founded it in 2021") is background too. */
    boolean isOldFounding(CandidateDraft d) {
        return d.type == EventType.HIRE && d.founder && d.date != null && d.date.explicit() && a.published != null
                && d.date.date().end().isBefore(a.published.minusMonths(6));
    }

    private DateResolver.DateHit pick(SentenceSplitter.Sentence s, EventClassifier.Trigger t, List<int[]> relatives,
                                      List<EventClassifier.Trigger> all) {
        DateResolver.DateHit best = null;
        int bestCost = Integer.MAX_VALUE;
        int[] trigRel = SubjectFinder.regionOf(relatives, t.start());
        QuoteFinder.Quote tq = a.quoteAt(t.start());
        List<DateResolver.DateHit> hits = a.datesOf(s);
        for (DateResolver.DateHit h : hits) {
            if (isFutureUse(h, s) || hits.size() > 1 && isDateline(s, h)) {
                continue;
            }
            int[] r = SubjectFinder.regionOf(relatives, h.start());
            if (r != null && r != trigRel) {
                continue;
            }
            QuoteFinder.Quote hq = a.quoteAt(h.start());
            if (hq != null && (hq != tq || !h.explicit())) {
                continue;
            }
            // a date belongs to the nearest event word before it ("departed on June 29 and is expected to join")
            EventClassifier.Trigger owner = null;
            for (EventClassifier.Trigger o : all) {
                if (o.end() <= h.start() && !isSecondaryWord(o)) {
                    owner = o;
                }
            }
            if (owner == null) {
                for (EventClassifier.Trigger o : all) {
                    if (o.start() >= h.end() && !isSecondaryWord(o)) {
                        owner = o;
                        break;
                    }
                }
            }
            if (owner != null && owner.start() != t.start() && owner.type() != t.type()) {
                continue;
            }
            int cost = h.start() >= t.end() ? h.start() - t.end() : (t.start() - h.end()) * 2 + 10;
            if (h.date().precision() == DatePrecision.YEAR) {
                cost += 40;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = h;
            }
        }
        return best;
    }

    /** "to join", "joining": an event word that follows another one. */
    boolean isSecondaryWord(EventClassifier.Trigger t) {
        String w = a.between(t.start(), t.end()).toLowerCase(Locale.ROOT);
        return w.startsWith("to ") || w.endsWith("ing");
    }
}
