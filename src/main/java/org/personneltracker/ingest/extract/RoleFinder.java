package org.personneltracker.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.personneltracker.event.RoleCategory;

/** Finds the role phrase attached to a person mention in a sentence; {@link RoleParser} classifies it. */
final class RoleFinder {

    private static final Pattern AS_AFTER_FEW_WORDS = Pattern.compile("(?i)^[ ]*(?:(?!to\\b|join\\w*\\b|for\\b)[\\p{L}']+[ ]+){0,4}?as[ ]+");
    /** ", who ..." or the verb right after the name ("Elena Voss led Sable's interpretability team"). */
    private static final Pattern RELATIVE_WHO = Pattern.compile("(?i)^(?:,?[ ]*(?:(?:the|a|an)[ ]+[\\p{L}-]+(?:[ ]+[\\p{L}-]+){0,2}"
            + "[ ]+)?who[ ]+|[ ]+(?=(?:led|leads|headed|heads|ran|runs|"
            + "oversaw|oversees|managed|manages|co-led|co-leads|was|is|had been|has been|served as|serves as)\\b))");
    private static final Pattern RELATIVE_LED_TEAM = Pattern.compile("(?i)^(?:,?[ ]*(?:(?:the|a|an)[ ]+[\\p{L}-]+(?:[ ]+[\\p{L}-]+){0,2}"
            + "[ ]+)?who)?[ ]+(?:led|leads|headed|heads|ran|runs|oversaw|oversees|managed|"
                + "manages|co-led|co-leads|had led|helped lead|was leading|had been leading)[ ]+(?:the[ ]+|its[ ]+|a[ ]+|"
                + "[\\p{L}]+'s[ ]+)?([\\p{L}\\d&/' -]{2,60}?)[ ]+(team|group|division|unit|org|organization|lab|effort|"
                + "department|research|work)\\b");
    private static final Pattern NAME_BEFORE_TITLE = Pattern.compile("^(?:\\p{Lu}\\p{Ll}+[ ]+){1,3}(?=\\p{Ll}|[A-Z]{2,})");

    private static final Pattern BOUNDARY_BEFORE = Pattern.compile(
            "(?i)(?:^|[,;:.(\"]|\\b(?:and|said|says|when|after|as|that|while|but|by|with|from|to|for|of|according to|"
                    + "told|wrote|posted|confirmed|announced|joined|joins|hired|hires|hire|names|appoints|poaches|taps|promotes|promoted|"
                    + "welcomes|named|appointed|poached|tapped|welcomed|"
                    + "fired|ousted|recruited|led by|including|like|replacing|succeeding|has|have|had|was|were|is|are|"
                    + "will|would|removed|removes|dismissed|succeeds|succeeded|replaces|replaced|elevated|thanked|praised|"
                    + "brought|among|both|between|than|whom|whose|which|who)\\b)");
    private static final Pattern LEADING_JUNK = Pattern.compile(
            "(?i)^(?:(?:and|the|a|an|its|their|his|her|former|then-?|now-?|ex-|longtime|long-time|veteran|star|top|"
                    + "previously|formerly|most[ ]+recently|until[ ]+recently|currently|now|also|"
                    + "prominent|senior-most|outgoing|incoming|respected|well-known|high-profile|company|startup|"
                    + "lab's|firm's|company's|startup's|[\\p{L}.-]+'s)[ ]+)+");
    private static final Pattern TRAILING_JUNK = Pattern.compile(
            "(?i)(?:[ ]+(?:at|of|for|with|in|on)(?:[ ]+the)?(?:[ ]+(?:startup|company|firm|lab|new))?[ ]*)+$");
    private static final Pattern RELATIVE_WAS = Pattern.compile(
            "(?i)^(?:,?[ ]*who)?[ ]+(?:was|is|had been|has been|served as|serves as|worked as|works as|joined as|"
                    + "most recently served as|until recently was|was previously|previously served as)[ ]+(?:previously[ ]+)?");
    /** ", who headed research at Mosaic Compute": a function led, without a team word. */
    private static final Pattern RELATIVE_LED_FUNCTION = Pattern.compile("(?i)^(?:,?[ ]*who)?[ ]+(?:led|leads|headed|heads|ran|runs|"
            + "oversaw|oversees)[ ]+((?:[\\p{Ll}-]+[ ]+){0,2}?(?:research|engineering|product|policy|safety|security|"
            + "alignment|operations|infrastructure|design|sales|marketing|communications|evaluations|partnerships|"
            + "finance|legal|recruiting|hardware|data|applied ai))(?=[ ]+(?:at|for)\\b|[ ]*[,.;]|$)");
    private static final Pattern AS_ROLE = Pattern.compile(
            "(?i)\\b(?:as|to become|becomes|became|become|promoted to|elevated to|to the role of|to the position of|"
                    + "the role of|takes over as|took over as|take over as|named|appointed|tapped as|hired as)[ ]+"
                    + "(?:(?:its|the|their|a|an|new|our|company's|startup's)[ ]+)*");
    private static final Pattern AS_PLAIN = Pattern.compile(
            "(?i)\\b(?:as|to become|becomes|became|will become|will be|is to be|promoted to|elevated to)[ ]+"
                    + "(?:(?:its|the|their|a|an|new|our)[ ]+)*");
    private static final Pattern CLAUSE_END = Pattern.compile(
            "(?i)(?:[,;:.(\"]|[ ]-[ ]|\\b(?:who|which|where|has|have|had|was|were|is|are|will|would|said|says|and then|"
                    + "after|before|because|citing|known|to join|to lead|to focus|effective|amid|following|since|on|in|starting|"
                    + "replacing|succeeding|while|but|when|and|until|from|at|as|moves|becomes|joins|leaves|starts|"
                    + "spent|said|thanked|took|takes|next|later|earlier|this|last|tomorrow|today|yesterday|"
                    + "beginning|effective)\\b)");

    /** "president in protest", "chief executive under an agreement", "co-founder is": a clause after the title. */
    private static final Pattern TRAILING_CLAUSE = Pattern.compile("(?i)[ ]+(?:in|under|after|whereas|while|who|which|since|until|"
            + "before|because|is|was|are|were)(?:[ ]+.*)?$|[ ]+and$");
    private static final Pattern TRAILING_NAME = Pattern.compile("[ ]+(\\p{Lu}\\p{Ll}+(?:[ ]+\\p{Lu}[\\p{Ll}'-]+){1,2})(?:[ ]+and)?$");
    private static final Pattern TITLE_CAPS = Pattern.compile("(?i)\\b(?:staff|technical|counsel|officer|general|people|operations|"
            + "research|safety|product|engineering|policy|affairs|relations|partner|fellow|member|public|global|principal|"
            + "distinguished|managing|executive|chief|senior|vice|data|science|security|trust|learning|machine)\\b");

    private static final Pattern ONE_OF = Pattern.compile("(?i)^(?:one|two)[ ]+of[ ]+(?:the[ ]+|its[ ]+|[\\p{L}.-]+'s[ ]+)?");
    private static final Pattern FOUNDERS = Pattern.compile("(?i)\\b(co-?|)founders\\b");
    /** "researchers A and B": each is a researcher. */
    private static final Pattern PLURAL_TITLE = Pattern.compile("(?i)\\b(researcher|engineer|scientist|executive|director|"
            + "leader|manager|staffer|employee|ceo|cto|officer)s\\b");
    private static final Pattern TRAILING_OWNER = Pattern.compile(
            "[ ]+of[ ]+(?:\\p{Lu}[\\p{L}-]*[ ]+){0,3}\\p{Lu}[\\p{L}-]*'s?$");
    private static final Pattern ENDS_WITH_TITLE = Pattern.compile(
            "(?i)\\b(?:co-?founder|founder|ceo|cto|cfo|coo|president|chief[ ][\\p{L}]+|officer|scientist|director|head|chair\\w*)[ ]*$");
    private static final Pattern TITLE_AFTER_AND = Pattern.compile(
            "(?i)[ ]*(?:co-?founder|founder|ceo|cto|cfo|coo|chief|president|head|vice[ ]president|vp|director|chair\\w*)\\b");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|its|a)\\s+");
    /** "chief of Anthropic's Safeguards Research group": the company is inside the title, not its left edge. */
    private static final Pattern TITLE_PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:of|at|for)[ ]+(?:the[ ]+)?$");
    private static final Pattern FUNCTION_AFTER_AND = Pattern.compile("(?i)[ ]*(?:research|safety|security|policy|product|products|"
            + "engineering|operations|strategy|alignment|partnerships|infrastructure|design|science|applied ai|"
            + "preparedness|trust|governance|communications|marketing|sales|finance)\\b");
    private static final Pattern PREVIOUS_ROLE_LEAD = Pattern.compile("(?i)(?:was[ ]+)?(?:previously|formerly|most[ ]+recently|"
            + "had[ ]+been)?[ ]*(?:was[ ]+|served[ ]+as[ ]+|as[ ]+)?(?:an?[ ]+|the[ ]+|its[ ]+)?");
    private static final Pattern AFTER_NAME_LEAD = Pattern.compile(
            "(?i)[ ]+(?:as[ ]+|to[ ]+be[ ]+|to[ ]+serve[ ]+as[ ]+)?(?:(?:its|the|their|a|an|new|our)[ ]+)*(?=[\\p{L}])");
    private static final Pattern TO_ROLE = Pattern.compile("(?i)\\bto[ ]+(?:the[ ]+(?:role|position|post)[ ]+of[ ]+)?"
            + "(?:(?:its|the|their|a|an|new)[ ]+)*(?=[\\p{L}])");
    /** A title word that takes "of"/"for": "head of", "vice president for". */
    private static final Pattern HEAD_BEFORE_OF = Pattern.compile("(?i)\\b(?:head|chief|director|president|vp|svp|evp|lead|leader|"
            + "manager|member|officer|fellow|professor|dean|chair\\w*|co-lead|co-head)[ ]*$");
    private static final Pattern NOT_APPOSITIVE = Pattern.compile(
            "(?i)[ ]*(?:who|which|said|says|told|wrote|and|but|the company|according)\\b");
    private static final Pattern TRAILING_COMMA_SPACE = Pattern.compile("[ ,]+$");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[ ,;:'-]+$");

    private RoleFinder() {
    }

    /**
     * The role of {@code person} given by the words around it in [sStart, sEnd), or null.
     * newRole: look first for "as ROLE" after the trigger (hires, promotions).
     */
    static RoleParser.Role find(String text, int sStart, int sEnd, EntityMention person, List<EntityMention> companies,
                                int triggerStart, int triggerEnd, boolean newRole) {
        RoleParser.Role r = null;
        if (newRole && triggerEnd > 0) {
            r = asRole(text, triggerStart, sEnd, companies);
            if (r != null) {
                return r;
            }
        }
        r = relative(text, person.end(), sEnd, companies);
        if (r == null) {
            r = sharedByList(text, person.end(), sEnd);
        }
        if (r == null) {
            r = appositive(text, person.end(), sEnd, companies);
        }
        if (r == null) {
            r = before(text, sStart, person.start(), companies);
        }
        if (r == null && !newRole && triggerEnd > 0) {
            // "stepped down as CEO"
            Matcher m = AS_AFTER_FEW_WORDS.matcher(text.substring(triggerEnd, sEnd));
            if (m.find()) {
                r = asRole(text, triggerEnd, sEnd, companies);
            }
        }
        return r;
    }

    /** "A, B and C, all research engineers on the same team": the title the list shares, in the singular. */
    private static final Pattern SHARED_BY_LIST = Pattern.compile("^(?:(?:,[ ]*|[ ]+and[ ]+|,[ ]+and[ ]+)\\p{Lu}[\\p{L}'.-]*"
            + "(?:[ ]+\\p{Lu}[\\p{L}'.-]*){0,3})*,[ ]+(?:all|both)[ ]+(?:(?:of[ ]+them|former|current)[ ]+)?"
            + "([\\p{L} -]{2,60}?)s(?=[ ]+(?:on|in|at|of|with|from|who|and)\\b|[ ]*[,.;]|$)");

    private static RoleParser.Role sharedByList(String text, int from, int sEnd) {
        Matcher m = SHARED_BY_LIST.matcher(text);
        m.region(from, sEnd);
        if (!m.lookingAt() || !RoleParser.hasHeadWord(m.group(1))) {
            return null;
        }
        RoleParser.Role r = RoleParser.classify(m.group(1).trim(), null);
        return r.title() == null ? null
                : new RoleParser.Role(r.title(), r.team(), r.category(), r.seniority(), r.founder(), m.start(1), m.end(1));
    }

    /** "previously a principal scientist at X", "most recently as a director of research": the role held before. */
    static RoleParser.Role previousRole(String text, int from, int sEnd, List<EntityMention> companies) {
        Matcher m = PREVIOUS_ROLE_LEAD.matcher(text);
        m.region(from, sEnd);
        if (!m.lookingAt()) {
            return null;
        }
        RoleParser.Role r = phrase(text, m.end(), sEnd, companies, false);
        if (r == null) {
            Matcher as = AS_PLAIN.matcher(text);
            as.region(m.end(), sEnd);
            if (as.find() && as.start() - m.end() < 80) {
                r = phrase(text, as.end(), sEnd, companies, false);
            }
        }
        return r;
    }

    /** "named X interim CEO", "appointed X as its chief scientist": the title right after the name. */
    static RoleParser.Role afterName(String text, int personEnd, int sEnd, List<EntityMention> companies) {
        Matcher m = AFTER_NAME_LEAD.matcher(text);
        m.region(personEnd, sEnd);
        if (!m.lookingAt()) {
            return null;
        }
        return phrase(text, m.end(), sEnd, companies, false);
    }

    /** "promoted X, its director of research, to chief scientist": the role after "to". */
    static RoleParser.Role toRole(String text, int from, int sEnd, List<EntityMention> companies) {
        Matcher m = TO_ROLE.matcher(text);
        m.region(from, sEnd);
        if (m.find() && m.start() - from < 90) {
            return phrase(text, m.end(), sEnd, companies, false);
        }
        return null;
    }

    private static RoleParser.Role asRole(String text, int from, int sEnd, List<EntityMention> companies) {
        String tail = text.substring(from, sEnd);
        Matcher as = AS_PLAIN.matcher(tail);
        if (as.find() && as.start() <= 90) {
            RoleParser.Role r = phrase(text, from + as.end(), sEnd, companies, false);
            if (r != null) {
                return r;
            }
        }
        Matcher m = AS_ROLE.matcher(tail);
        if (!m.find() || m.start() > 80) {
            return null;
        }
        int s = from + m.end();
        // skip a person's name after "named"/"appointed" ("named Jane Doe chief scientist")
        return phrase(text, s, sEnd, companies, true);
    }

    private static RoleParser.Role relative(String text, int personEnd, int sEnd, List<EntityMention> companies) {
        String tail = text.substring(personEnd, sEnd);
        Matcher led = RELATIVE_WHO.matcher(tail);
        if (!led.find()) {
            return null;
        }
        int clauseEnd = tail.indexOf(',', led.end());
        String clause = clauseEnd < 0 ? tail : tail.substring(0, clauseEnd);
        Matcher lt = RELATIVE_LED_TEAM.matcher(clause);
        if (lt.find()) {
            String team = lt.group(1).trim();
            String unit = lt.group(2).toLowerCase(Locale.ROOT);
            if (unit.equals("research") || unit.equals("work")) {
                team = team + " " + lt.group(2);
                unit = "team";
            }
            team = LEADING_ARTICLE.matcher(team).replaceFirst("");
            String title = "Lead, " + team + ("team".equals(unit) ? " team" : " " + unit);
            RoleParser.Role base = RoleParser.classify("lead of " + team + " " + unit, team);
            return new RoleParser.Role(title, team, base.category(), base.seniority(), base.founder(),
                    personEnd + lt.start(1), personEnd + lt.end(2));
        }
        Matcher fn = RELATIVE_LED_FUNCTION.matcher(clause);
        if (fn.find()) {
            RoleParser.Role base = RoleParser.classify("head of " + fn.group(1).trim(), null);
            return new RoleParser.Role(base.title(), base.team(), base.category(), base.seniority(), false,
                    personEnd + fn.start(), personEnd + fn.end(1));
        }
        Matcher was = RELATIVE_WAS.matcher(tail);
        if (was.find()) {
            return phrase(text, personEnd + was.end(), sEnd, companies, false);
        }
        return null;
    }

    private static RoleParser.Role appositive(String text, int personEnd, int sEnd, List<EntityMention> companies) {
        if (personEnd >= sEnd || text.charAt(personEnd) != ',') {
            // also "X (CTO)" is rare; only comma appositives
            return null;
        }
        int s = personEnd + 1;
        String tail = text.substring(s, sEnd);
        if (NOT_APPOSITIVE.matcher(tail).lookingAt()) {
            return null;
        }
        return phrase(text, s, sEnd, companies, false);
    }

    private static RoleParser.Role before(String text, int sStart, int personStart, List<EntityMention> companies) {
        int from = Math.max(sStart, personStart - 90);
        String seg = text.substring(from, personStart);
        // "ROLE, NAME" or "ROLE NAME"
        String trimmed = TRAILING_COMMA_SPACE.matcher(seg).replaceFirst("");
        if (trimmed.isEmpty() || trimmed.endsWith(";") || trimmed.endsWith(".") || trimmed.endsWith(":")) {
            return null;
        }
        int cut = 0;
        Matcher b = BOUNDARY_BEFORE.matcher(trimmed);
        while (b.find()) {
            if (b.group().trim().equalsIgnoreCase("and")
                    && ENDS_WITH_TITLE.matcher(trimmed.substring(0, b.start())).find()) {
                continue; // "president and co-founder Greg Brockman" is one title
            }
            String w = b.group().trim().toLowerCase(Locale.ROOT);
            if ((w.equals("of") || w.equals("for")) && HEAD_BEFORE_OF.matcher(trimmed.substring(0, b.start())).find()) {
                continue; // "head of safety Luca Moretti", "vice president of research X"
            }
            if (b.end() < trimmed.length()) {
                cut = b.end();
            }
        }
        // a company name ends the title on its left: "OpenAI CTO Mira Murati"
        for (EntityMention c : companies) {
            if (c.end() > from + cut && c.end() <= from + trimmed.length()
                    && !TITLE_PREPOSITION_BEFORE.matcher(text.substring(Math.max(from, c.start() - 8), c.start())).find()) {
                int rel = c.end() - from;
                if (rel > cut) {
                    cut = rel;
                    if (trimmed.startsWith("'s", cut)) {
                        cut += 2;
                    } else if (trimmed.startsWith("'", cut)) {
                        cut += 1;
                    }
                }
            }
        }
        String cand = trimmed.substring(Math.min(cut, trimmed.length())).trim();
        if (cand.isEmpty() || Words.count(cand) > 9 || !RoleParser.hasHeadWord(cand)) {
            return null;
        }
        // the title must end with a head word or with "of <team>" ("head of safety Jane Doe" is rare; accept)
        cand = clean(cand);
        if (cand == null) {
            return null;
        }
        int start = from + trimmed.indexOf(cand, cut);
        RoleParser.Role r = RoleParser.classify(cand, null);
        return new RoleParser.Role(r.title(), r.team(), r.category(), r.seniority(), r.founder(), start, start + cand.length());
    }

    /** A role phrase starting at s: up to the end of the clause, cut before companies and clause words. */
    private static RoleParser.Role phrase(String text, int s, int sEnd, List<EntityMention> companies, boolean skipName) {
        while (s < sEnd && text.charAt(s) == ' ') {
            s++;
        }
        String tail = text.substring(s, sEnd);
        if (skipName) {
            Matcher nm = NAME_BEFORE_TITLE.matcher(tail);
            // "named Jane Doe chief scientist": drop the capitalised name before a lower-case title
            if (nm.find() && !RoleParser.hasHeadWord(nm.group())) {
                s += nm.end();
                tail = tail.substring(nm.end());
            }
        }
        int end = tail.length();
        Matcher ce = CLAUSE_END.matcher(tail);
        while (ce.find()) {
            String w = ce.group().trim().toLowerCase(Locale.ROOT);
            // "head of research", "member of technical staff": "of" is inside titles; only stop at clause words
            if (ce.start() == 0) {
                continue;
            }
            if ((w.equals("on") || w.equals("in") || w.equals("and") || w.equals("from") || w.equals("at")) && !RoleParser.hasHeadWord(tail.substring(0, ce.start()))) {
                continue;
            }
            if (w.equals("and") && TITLE_AFTER_AND.matcher(tail.substring(ce.end())).lookingAt()) {
                continue; // "co-founder and CEO", "executive vice president and CEO of Microsoft AI"
            }
            if (w.equals("and") && tail.substring(0, ce.start()).contains(" of ")
                    && FUNCTION_AFTER_AND.matcher(tail.substring(ce.end())).lookingAt()) {
                continue; // "vice president of research and safety"
            }
            end = ce.start();
            break;
        }
        // cut at a company mention ("head of safety at Anthropic")
        for (EntityMention c : companies) {
            if (c.start() >= s && c.start() < s + end && !(c.start() <= s + 4 && text.startsWith("'", c.end()))) {
                end = Math.min(end, c.start() - s);
            }
        }
        String cand = tail.substring(0, end).trim();
        if (cand.isEmpty() || Words.count(cand) > 10 || !RoleParser.hasHeadWord(cand)) {
            return null;
        }
        cand = clean(cand);
        if (cand == null) {
            return null;
        }
        int start = s + tail.indexOf(cand);
        String team = null;
        Matcher tm = TEAM_AFTER_TITLE.matcher(text);
        tm.region(start + cand.length(), sEnd);
        if (RoleParser.teamOf(cand) == null && tm.lookingAt()) {
            team = tm.group(1).trim(); // "a staff research scientist on the interpretability team"
        }
        RoleParser.Role r = RoleParser.classify(cand, team);
        return new RoleParser.Role(r.title(), r.team(), r.category(), r.seniority(), r.founder(), start, start + cand.length());
    }

    /** "... on the interpretability team", "... in its applied research group": the team a title belongs to. */
    private static final Pattern TEAM_AFTER_TITLE = Pattern.compile("(?i)[ ]+(?:on|in|with|of)[ ]+(?:the|its|their|[\\p{L}]+'s)[ ]+"
            + "(?!same\\b)([\\p{L}&/ -]{2,40}?)[ ]+(?:team|group|lab|division|unit|org|organi[sz]ation)\\b");

    private static final Pattern FUTURE = Pattern.compile(
            "(?i)^(?:[ ]*,[^,]{0,60},)?[ ]+(?:will[ ]+be|will[ ]+become|becomes|is[ ]+to[ ]+become|will[ ]+serve[ ]+as|is[ ]+set[ ]+to[ ]+become|"
                    + "will[ ]+take[ ]+over[ ]+as|takes[ ]+over[ ]+as|is[ ]+taking[ ]+over[ ]+as)[ ]+(?:(?:its|the|their|a|an|new|our)[ ]+)*");
    private static final Pattern LED_FUNCTION = Pattern.compile(
            "(?i)\\bwho[ ]+(?:led|leads|headed|heads|ran|runs|oversaw|oversees|managed|manages|co-led|co-leads)[ ]+"
                    + "(?:the[ ]+|its[ ]+|[\\p{L}]+'s[ ]+)?([\\p{L}&/ -]{2,40}?)(?=[ ]+(?:team|group|division|unit|org|"
                    + "organization|lab|efforts?|department|at|for)\\b|[ ]*[,.;]|$)");

    /**
     * The role a person will have, said right after their name: "Suleyman will be executive vice president",
     * "Co-founder Daniel Levy, the company's principal scientist, becomes president". Null when none.
     */
    static RoleParser.Role futureRole(String text, int personEnd, int sEnd, List<EntityMention> companies) {
        if (personEnd >= sEnd) {
            return null;
        }
        Matcher m = FUTURE.matcher(text.substring(personEnd, sEnd));
        if (!m.find()) {
            return null;
        }
        return phrase(text, personEnd + m.end(), sEnd, companies, false);
    }

    /** The function a person led, from "who led engineering" / "who led OpenAI's post-training team"; or null. */
    static RoleParser.Role ledFunction(String text, int from, int sEnd) {
        Matcher m = LED_FUNCTION.matcher(text.substring(from, sEnd));
        if (!m.find() || m.start() > 80) {
            return null;
        }
        RoleParser.Role r = RoleParser.classify("head of " + m.group(1).trim(), null);
        return r.category() == RoleCategory.OTHER ? null : r;
    }

    static String clean(String cand) {
        String c = cand.trim();
        // "one of the co-founders" names one person's title: "co-founder"
        c = ONE_OF.matcher(c).replaceFirst("");
        c = FOUNDERS.matcher(c).replaceAll("$1founder");
        c = PLURAL_TITLE.matcher(c).replaceAll("$1");
        c = LEADING_JUNK.matcher(c).replaceFirst("");
        c = TRAILING_CLAUSE.matcher(c).replaceFirst("");
        Matcher name = TRAILING_NAME.matcher(c);
        if (name.find() && name.start() > 0 && !RoleParser.hasHeadWord(name.group(1)) && !TITLE_CAPS.matcher(name.group(1)).find()
                && RoleParser.hasHeadWord(c.substring(0, name.start()))) {
            c = c.substring(0, name.start()); // "co-founder Douglas Chen", "researcher Olivia Grant and"
        }
        c = TRAILING_JUNK.matcher(c).replaceFirst("");
        c = TRAILING_OWNER.matcher(c).replaceFirst("");
        c = TRAILING_SEPARATORS.matcher(c).replaceFirst("").trim();
        if (c.isEmpty() || !RoleParser.hasHeadWord(c)) {
            return null;
        }
        return c;
    }
}
