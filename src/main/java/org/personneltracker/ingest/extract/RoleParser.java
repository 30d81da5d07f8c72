package org.personneltracker.ingest.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.personneltracker.event.RoleCategory;
import org.personneltracker.event.Seniority;

/**
 * Reads a role from the words around a person's name ("X, head of the Safeguards Research team at Anthropic",
 * "OpenAI CTO Mira Murati", "X, who led ...", "joins as VP of research") and classifies it into a category
 * and a seniority.
 */
public final class RoleParser {

    /** A role: title as written, team when one is named, and the derived category and seniority. */
    public record Role(String title, String team, RoleCategory category, Seniority seniority, boolean founder,
                       int start, int end) {
    }

    /** Words that make a phrase a job title. */
    static final String HEAD_WORD = "(?:(?:co-)?(?:ceo|cto|cfo|coo)s?|cpo|cso|ciso|cro|cmo|president|chair(?:man|woman|person)?|"
            + "chief(?:[ ][\\w&-]+){1,3}|co-?founders?|founders?|head|heads|lead|leads|leader|director|vp|svp|evp|"
            + "vice[ ]president|researchers?|scientists?|engineers?|member[ ]of[ ](?:the[ ])?technical[ ]staff|"
            + "fellow|advis[eo]r|general[ ]counsel|counsel|partner|analyst|designer|product[ ]manager|manager|"
            + "architect|officer|principal|executive|intern|staffer|specialist|strategist|economist|"
            + "technical[ ]staff|mts|boss|chief|founding[ ]member|pinnacle)";
    private static final Pattern HAS_HEAD = Pattern.compile("(?i)(?<![\\p{L}])" + HEAD_WORD + "(?![\\p{L}])");
    /** "led/headed/ran the X team" relative clauses. */
    private static final Pattern LED_TEAM = Pattern.compile(
            "(?i)\\b(?:who|which)?[ ]*(?:led|leads|headed|heads|ran|runs|oversaw|oversees|managed|manages|co-led|co-leads|"
                    + "was leading|had led|had been leading|helped lead|helps lead)[ ]+(?:the[ ]+|its[ ]+|a[ ]+|[\\p{L}]+'s[ ]+)?"
                    + "([\\p{L}\\d&/' -]{2,60}?)[ ]+(team|group|division|unit|org|organization|organisation|lab|effort|department)\\b");
    private static final Pattern TEAM_OF = Pattern.compile(
            "(?i)\\b(?:of|on|in|for|with)[ ]+(?:the[ ]+|its[ ]+|[\\p{L}]+'s[ ]+)?([\\p{L}\\d&/' -]{2,50}?)[ ]+"
                    + "(team|group|division|unit|org|lab|department)\\b");
    private static final Pattern TEAM_HEAD_OF = Pattern.compile(
            "(?i)\\b(?:head|lead|leader|director|chief|vp|vice president)[ ]+(?:of|for)[ ]+(?:the[ ]+|its[ ]+|[\\p{L}]+'s[ ]+)?"
                    + "([\\p{L}\\d&/' -]{2,50}?)(?=[ ]+(?:team|group|division|unit|org|at|for)\\b|[,.;)]|$)");

    private static final Pattern SAFETY = Pattern.compile("(?i)\\b(safety|alignment|safeguards?|superalignment|"
            + "trust (?:&|and) safety|preparedness|interpretability|responsible ai|red[- ]team\\w*|model welfare|"
            + "scalable oversight|oversight|belief (?:&|and) security|evals? safety|safety evaluations?|ai risk|"
            + "catastrophic risk|frontier risk|model behaviou?r|misuse)\\b");
    private static final Pattern SECURITY = Pattern.compile("(?i)\\b(security|ciso|privacy|cyber\\w*)\\b");
    private static final Pattern POLICY = Pattern.compile("(?i)\\b(policy|policies|governance|public affairs|global affairs|"
            + "international affairs|external affairs|government|regulatory|agi readiness|geopolitic\\w*|legal policy|"
            + "public sector|lobbying)\\b");
    private static final Pattern EXECUTIVE = Pattern.compile("(?i)(?<!vice[ -])\\b(ceo|cto|coo|president|chair(?:man|woman|person)?|"
            + "chief executive|chief technology|chief operating|chief ai officer|managing director|board|"
            + "(?:co-)?ceos?|chief know-how|chief working|government officer)\\b");
    private static final Pattern PRODUCT = Pattern.compile("(?i)\\b(product|products|design|designer|cpo|ux|applications)\\b");
    private static final Pattern RESEARCH = Pattern.compile("(?i)\\b(research|researchers?|scientists?|science|"
            + "technical staff|mts|pre-?training|post-?training|reasoning|fair|world models?|architecture|"
            + "machine learning|ml|foundation models?|reinforcement learning|rl)\\b");
    private static final Pattern ENGINEERING = Pattern.compile("(?i)\\b(engineer\\w*|infrastructure|infra|developer|"
            + "platform|applied ai|compute|hardware|software|devops|pytorch)\\b");
    private static final Pattern BUSINESS = Pattern.compile("(?i)\\b(sales|marketing|communications|comms|partnerships?|"
            + "business|revenue|growth|go-to-market|gtm|cmo|cro|customer|enterprise)\\b");
    private static final Pattern OPERATIONS = Pattern.compile("(?i)\\b(cfo|finance|financial|legal|counsel|operations|"
            + "people|hr|human resources|recruiting|talent|special projects|chief of staff|administration|compliance|"
            + "accounting|treasurer|controller)\\b");

    private static final Pattern C_LEVEL = Pattern.compile("(?i)(?<!vice[ ])\\b(ceo|cto|cfo|coo|cpo|cso|ciso|cro|cmo|"
            + "chief|president|chair(?:man|woman|person)?)\\b");
    private static final Pattern CHIEF_OF_TEAM = Pattern.compile("(?i)\\bchief of (?!staff)[\\p{L}' ]*(team|group|research|unit|division|lab)\\b");
    private static final Pattern FUNCTION_CHIEF = Pattern.compile("(?i)\\b(?:research|policy|safety|security|product|engineering|"
            + "science|operations|finance|legal|design|alignment|data|communications|marketing|sales|people|hr|evaluations|"
            + "infrastructure)[ ]+chief\\b");
    private static final Pattern TOP = Pattern.compile("(?i)\\b(ceo|chief executive)\\b");
    private static final Pattern VP = Pattern.compile("(?i)\\b(vp|svp|evp|vice[ -]president)\\b");
    private static final Pattern HEAD = Pattern.compile("(?i)\\b(head|heads|lead|leads|leader|director|team lead|manager|"
            + "co-lead|led)\\b");
    private static final Pattern SENIOR = Pattern.compile("(?i)\\b(senior|(?<!technical[ ])staff|principal|distinguished|fellow|sr\\.?)\\b");
    private static final Pattern IC = Pattern.compile("(?i)\\b(researchers?|engineers?|scientists?|member of (?:the )?technical staff|"
            + "mts|analyst|designer|advis[eo]r|specialist|intern|staffer|developer)\\b");
    private static final Pattern FOUNDER = Pattern.compile("(?i)\\b(co-?founders?|founders?|founding member)\\b");
    private static final Pattern FOUNDER_ONLY = Pattern.compile("(?i)^(?:(?:a|an|the|one[ ]+of[ ]+the)[ ]+)?"
            + "(?:co-?founders?|founders?|founding member)$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(the|its|a)\\s+");
    private static final Pattern TOP_EXECUTIVE = Pattern.compile("(?i)\\b(ceo|cto|president)\\b");

    private RoleParser() {
    }

    /** Builds a role from a title (and optional team) alone, e.g. "head of the Safeguards Research team". */
    public static Role classify(String title, String team) {
        String t = title == null ? "" : TextNormalizer.tidy(title);
        String tm = team;
        if (tm == null && !t.isEmpty()) {
            tm = teamOf(t);
        }
        String all = t + " " + (tm == null ? "" : tm);
        return new Role(t.isEmpty() ? null : t, tm, category(all), seniority(all), FOUNDER.matcher(all).find(), -1, -1);
    }

    /** The team named in a title ("head of the Safeguards Research team" -> "Safeguards Research"). */
    static String teamOf(String title) {
        Matcher m = LED_TEAM.matcher(title);
        if (m.find()) {
            return cleanTeam(m.group(1));
        }
        m = TEAM_HEAD_OF.matcher(title);
        if (m.find()) {
            String team = cleanTeam(m.group(1));
            return team;
        }
        m = TEAM_OF.matcher(title);
        if (m.find()) {
            return cleanTeam(m.group(1));
        }
        return null;
    }

    private static String cleanTeam(String s) {
        String t = LEADING_ARTICLE.matcher(s.trim()).replaceFirst("");
        if (t.isEmpty() || Words.count(t) > 6) {
            return null;
        }
        return t;
    }

    static RoleCategory category(String s) {
        if (s == null || s.isBlank()) {
            return RoleCategory.OTHER;
        }
        if (SAFETY.matcher(s).find()) {
            return RoleCategory.SAFETY;
        }
        if (SECURITY.matcher(s).find()) {
            return RoleCategory.SECURITY;
        }
        if (POLICY.matcher(s).find()) {
            return RoleCategory.POLICY;
        }
        if (PRODUCT.matcher(s).find() && !TOP_EXECUTIVE.matcher(s).find()) {
            return RoleCategory.PRODUCT;
        }
        if (EXECUTIVE.matcher(s).find()) {
            return RoleCategory.EXECUTIVE;
        }
        if (FOUNDER.matcher(s).find() && C_LEVEL.matcher(s).find() && !CHIEF_OF_TEAM.matcher(s).find()) {
            return RoleCategory.EXECUTIVE; // "co-founder and chief scientist": a founding executive
        }
        if (OPERATIONS.matcher(s).find()) {
            return RoleCategory.OPERATIONS;
        }
        if (RESEARCH.matcher(s).find()) {
            return RoleCategory.RESEARCH;
        }
        if (ENGINEERING.matcher(s).find()) {
            return RoleCategory.ENGINEERING;
        }
        if (BUSINESS.matcher(s).find()) {
            return RoleCategory.BUSINESS;
        }
        if (FOUNDER.matcher(s).find() || C_LEVEL.matcher(s).find() && !CHIEF_OF_TEAM.matcher(s).find()) {
            return RoleCategory.EXECUTIVE;
        }
        return RoleCategory.OTHER;
    }

    static Seniority seniority(String s) {
        if (s == null || s.isBlank()) {
            return Seniority.UNKNOWN;
        }
        if (CHIEF_OF_TEAM.matcher(s).find() || FUNCTION_CHIEF.matcher(s).find()) {
            return Seniority.HEAD; // "chief of the safeguards team", "research chief"
        }
        if (TOP.matcher(s).find()) {
            return Seniority.C_LEVEL;
        }
        if (VP.matcher(s).find()) {
            return Seniority.VP;
        }
        if (C_LEVEL.matcher(s).find()) {
            return Seniority.C_LEVEL;
        }
        if (HEAD.matcher(s).find()) {
            return Seniority.HEAD;
        }
        if (SENIOR.matcher(s).find()) {
            return Seniority.SENIOR_IC;
        }
        if (IC.matcher(s).find()) {
            return Seniority.IC;
        }
        return Seniority.UNKNOWN;
    }

    /** True for a title that says only that the person founded the company ("co-founder"). */
    static boolean founderOnly(String title) {
        return title != null && FOUNDER_ONLY.matcher(title.trim()).matches();
    }

    static boolean hasHeadWord(String s) {
        return HAS_HEAD.matcher(s).find();
    }

    static Pattern headWordPattern() {
        return HAS_HEAD;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
