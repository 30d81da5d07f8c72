package org.personneltracker.ingest.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.personneltracker.common.PartialDate;
import org.personneltracker.context.ContextType;
import org.personneltracker.context.FundingStatus;

/**
 * Finds the context an article mentions: product launches, funding rounds (amount, valuation, currency, status)
 * and headcounts; each is matched to a stored context event of the same company and type when the dates are
 * within 45 days and the title, amount or valuation agree.
 */
final class ContextMentionFinder {

    private static final String PRODUCT = "((?:Claude|ChatGPT|GPT|Gemini|Llama|Grok|Sora|Codex|Copilot|Mistral|Mixtral|"
            + "Pixtral|Le Chat|Phi|DALL-E|o\\d|Tinker|Opus|Sonnet|Haiku|\\p{Lu}[\\p{L}]*)(?:[ -](?:\\d[\\w.]*|\\p{Lu}[\\p{L}\\d.]*|"
            + "Pro|Ultra|Mini|Nano|Flash|Turbo|Preview|Experimental|Heavy|Scout|Maverick|and (?=\\p{Lu})))*)";
    private static final Pattern LAUNCH_VERB = Pattern.compile("(?i:\\b(?:released|releases|releasing|launch(?:ed|es|ing)?|"
            + "rolled out|rolls out|rolling out|roll out|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|debut(?:ed|s|ing)?|"
            + "shipp?(?:ed|s|ing)|announced|unveiling|dropped|made available)[ ]+(?:of[ ]+)?(?:(?:its|the|a|an|their|new|latest|"
            + "updated|flagship|next-generation|next-gen|most powerful|powerful|frontier|AI|model|models|chatbot|system|"
            + "version|upgraded)[ ]+)*)" + PRODUCT);
    private static final Pattern LAUNCH_NOUN = Pattern.compile("(?i:\\b(?:launch|release|debut|rollout|roll-out|unveiling|introduction)"
            + "[ ]+of[ ]+(?:(?:its|the|a|an|their|new|latest|updated|flagship|AI|model|models)[ ]+)*)" + PRODUCT);
    private static final Pattern PRODUCT_LAUNCH = Pattern.compile(PRODUCT + "(?i:[ ]+(?:launch|release|rollout|debut))\\b");
    private static final Pattern FUNDING_WORDS = Pattern.compile("(?i)\\b(rais\\w*|funding|round|valuation|valued|valuing|"
            + "invest\\w*|series [a-k]\\b|seed|financing|fundrais\\w*|backed|tender offer)");
    private static final Pattern VALUATION_BEFORE = Pattern.compile(
            "(?i)(?:valuation(?:[ ]+of)?|valued[ ]+(?:it[ ]+)?at|valu(?:e|ing|es|ed)[ ]+(?:it|the[ ]+[\\p{L}-]+(?:[ ]+[\\p{L}-]+)?|"
                    + "[\\p{L}]+)[ ]+at|worth|value[ ]+of|valuing)"
                    + "(?:[ ]+(?:as[ ]+much[ ]+as|as[ ]+a[ ]+lot[ ]+as|as[ ]+high[ ]+as|up[ ]+to|about|around|roughly|nearly|"
                    + "approximately|more[ ]+than|over|"
                    + "at[ ]+least|some|almost|close[ ]+to|an?[ ]+estimated|just[ ]+over|just[ ]+under|of))*[ ]*$");
    private static final Pattern VALUATION_AFTER = Pattern.compile("(?i)^[ ]*(?:post-money[ ]+|pre-money[ ]+)?(?:valuation|value\\b)|"
            + "^[ ]*(?:it|which|that)[ ]+(?:was|is|had[ ]+been|has[ ]+been)[ ]+(?:last[ ]+)?valued[ ]+at");
    /** A value compared with: "more than six times the $9 billion", "doubles its valuation from the $86 billion". */
    private static final Pattern COMPARED_BEFORE = Pattern.compile(
            "(?i)\\b(?:times|from|than|up[ ]+from|compared[ ]+(?:with|to)|doubles?|doubled|triples?|tripled)[ ]+(?:the[ ]+|its[ ]+)?$");
    /** Where a second round starts within a sentence. */
    private static final Pattern ROUND_BOUNDARY = Pattern.compile("(?i)\\b(?:when|after|before|while|whereas|compared)\\b|;");
    private static final Pattern ROUND_WORDS = Pattern.compile("(?i)\\b(?:series[ ]+[a-k]|round|raised|raising|closed|secured|"
            + "funding|seed)\\b");
    private static final Pattern IN_TALKS = Pattern.compile("(?i)\\b(holds? talks|holding talks|in (?:early |advanced |late-stage |preliminary )?"
            + "(?:talks|discussions|negotiations)|seeking|seeks|looking to raise|aims? to raise|plans? to raise|planning to raise|"
            + "in the process of raising|is raising|are raising|nearing|close to (?:a deal|raising|closing)|would value|"
            + "could value|negotiating|in discussions)\\b");
    private static final Pattern RUMOURED = Pattern.compile("(?i)\\b(rumou?r\\w*|is said to|are said to|considering|"
            + "mulling|exploring|weighing)\\b");
    private static final Pattern CLOSED = Pattern.compile("(?i)\\b(raised|closed|closes|secured|secures|completed|completes|"
            + "raises|landed|lands|finali[sz]ed|wrapped up|received|bagged|has raised|took in|pulled in|netted)\\b");
    private static final Pattern ANNOUNCED = Pattern.compile("(?i)\\b(announced|announces|unveiled|revealed)\\b");
    private static final Pattern ROUND = Pattern.compile("(?i)\\b(series[ ]+[a-k]|seed round|seed)\\b");
    private static final Pattern HEADCOUNT = Pattern.compile("(?i)\\b(?:(?:workforce|headcount|staff|team|employee base|"
            + "payroll)[ ]+of|employs|employing|employ|head[ ]?count[ ]+(?:of|at|to|is|was|stood at|reached)|staff[ ]+of)"
            + "[ ]+(?:about|around|roughly|nearly|approximately|more[ ]+than|over|some|almost|close[ ]+to|just[ ]+over|"
            + "just[ ]+under|an[ ]+estimated|at[ ]+least|under|fewer[ ]+than|less[ ]+than)?[ ]*(\\d{1,3}(?:,\\d{3})+|\\d+)"
            + "(?![\\d.,]*[ ]*(?:%|percent|billion|million|bn|mn))");
    private static final Pattern HEADCOUNT_N = Pattern.compile("(?i)(?<![\\d$€£.,])(?:about|around|roughly|nearly|"
            + "approximately|more[ ]+than|over|some|almost|close[ ]+to|just[ ]+over|an[ ]+estimated)?[ ]*"
            + "(\\d{1,3}(?:,\\d{3})+|\\d{2,})[ ]+(?:full-time[ ]+)?(?:employees|staffers|staff members|workers|people on staff)\\b");
    private static final Pattern LAYOFF = Pattern.compile("(?i)\\b(laid off|lay off|layoffs?|cut|cuts|cutting|fired|"
            + "let go|signed|letter|petition|threatened|hired|poached|left|departed)\\b");
    private static final Pattern ACQUISITION = Pattern.compile("(?i)\\b(acquir(?:e|es|ed|ing)|acquisition of|"
            + "buys|bought|buying|takeover of|to buy|agreed to buy|merg(?:e|es|ed|er|ing) with)\\b");
    private static final Set<String> NOT_PRODUCT = Lexicon.set("the", "a", "an", "its", "in", "on", "it", "this", "that",
            "and", "his", "her", "their", "new", "startup", "company", "series", "ai", "he", "she", "they", "we");
    private static final Pattern TRAILING_AND = Pattern.compile("[ ]+and$");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.,]+$");
    private static final Pattern PRODUCT_WORD_BREAK = Pattern.compile("[ -]");
    /** "$20 a month", "$5 per share": prices, not rounds. */
    private static final Pattern PER_UNIT_BEFORE = Pattern.compile("(?i)(?:per|a)[ ]+(?:share|month|year)[ ]*$");
    private static final Pattern PER_UNIT_AFTER = Pattern.compile("(?i)[ ]*(?:/|per|a[ ]+(?:month|year|share))");
    private static final Pattern EUROS = Pattern.compile("(?i)\\b(euros?|EUR)\\b");
    private static final Pattern DOLLARS = Pattern.compile("(?i)\\b(dollars?|USD)\\b");
    /** "since 2019", "in 2024": a year, not a headcount. */
    private static final Pattern YEAR_WORDS = Pattern.compile("\\b(?:since|in)\\b");
    private static final Pattern TITLE_TOKEN_BREAK = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern EDGE_DOTS = Pattern.compile("^\\.+|\\.+$");

    private static final Map<String, String> FAMILY = Map.ofEntries(Map.entry("claude", "anthropic"),
            Map.entry("opus", "anthropic"), Map.entry("sonnet", "anthropic"), Map.entry("haiku", "anthropic"),
            Map.entry("gpt", "openai"), Map.entry("chatgpt", "openai"), Map.entry("sora", "openai"),
            Map.entry("codex", "openai"), Map.entry("o1", "openai"), Map.entry("o3", "openai"),
            Map.entry("gemini", "google"), Map.entry("llama", "meta"), Map.entry("grok", "xai"),
            Map.entry("mistral", "mistral"), Map.entry("mixtral", "mistral"), Map.entry("le", "mistral"),
            Map.entry("copilot", "microsoft"), Map.entry("tinker", "thinking machines"));

    private final List<KnownContext> known;
    private final Function<String, KnownEntity> companyByName;

    ContextMentionFinder(List<KnownContext> known, Function<String, KnownEntity> companyByName) {
        this.known = known;
        this.companyByName = companyByName;
    }

    /** What the finder needs to know about the analysed article. */
    record Input(String text, List<SentenceSplitter.Sentence> sentences, Set<Integer> skipped,
                 Function<SentenceSplitter.Sentence, List<EntityMention>> companies, String mainCompanySlug,
                 LocalDate published, Function<SentenceSplitter.Sentence, List<DateResolver.DateHit>> dates) {
    }

    List<Mention> find(Input in) {
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String text = in.text();
        for (SentenceSplitter.Sentence s : in.sentences()) {
            if (in.skipped().contains(s.index())) {
                continue;
            }
            String st = text.substring(s.start(), s.end());
            String lower = st.toLowerCase(Locale.ROOT);
            boolean launchHint = containsAny(lower, LAUNCH_WORDS);
            boolean acqHint = containsAny(lower, ACQ_WORDS);
            boolean digit = hasDigit(st);
            if (!launchHint && !digit && !acqHint) {
                continue;
            }
            List<DateResolver.DateHit> dates = in.dates().apply(s);
            PartialDate date = dates.isEmpty() ? null : dates.get(0).date();
            List<EntityMention> companies = in.companies().apply(s);
            String sentenceCompany = firstCompany(companies);
            if (launchHint) {
                launches(in, s, st, date, sentenceCompany, out, seen);
            }
            if (!ACQUISITION.matcher(st).find()) {
                funding(in, s, st, date, sentenceCompany, out, seen);
            }
            if (digit) {
                headcount(in, s, st, date, sentenceCompany, out, seen);
            }
            if (acqHint) {
                acquisition(in, s, st, date, out, seen);
            }
        }
        return out;
    }

    private static final String[] LAUNCH_WORDS = {"releas", "launch", "roll", "unveil", "introduc", "debut", "ship",
        "announc", "dropped", "available"};
    private static final String[] ACQ_WORDS = {"acqui", "buy", "bought", "merg", "takeover"};

    private static boolean containsAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String firstCompany(List<EntityMention> companies) {
        for (EntityMention c : companies) {
            if (c.slug() != null) {
                return c.slug();
            }
        }
        return null;
    }

    private void launches(Input in, SentenceSplitter.Sentence s, String st, PartialDate date, String company,
                          List<Mention> out, Set<String> seen) {
        for (Pattern p : new Pattern[]{LAUNCH_VERB, LAUNCH_NOUN, PRODUCT_LAUNCH}) {
            Matcher m = p.matcher(st);
            while (m.find()) {
                String product = TRAILING_DOTS.matcher(TRAILING_AND.matcher(m.group(1)).replaceFirst("")).replaceFirst("").trim();
                String first = PRODUCT_WORD_BREAK.split(product)[0].toLowerCase(Locale.ROOT);
                boolean family = FAMILY.containsKey(first);
                boolean hasDigit = hasDigit(product);
                if (NOT_PRODUCT.contains(first) || (!family && !hasDigit) || Lexicon.isMonth(first)
                        || Lexicon.isWeekday(first)) {
                    continue;
                }
                if (isCompanyName(in.companies().apply(s), s.start() + m.start(1), s.start() + m.end(1))) {
                    continue;
                }
                String k = "L:" + product.toLowerCase(Locale.ROOT);
                if (!seen.add(k)) {
                    continue;
                }
                String co = company;
                if (family) {
                    KnownEntity e = companyByName.apply(FAMILY.get(first));
                    if (e != null) {
                        co = e.slug();
                    }
                }
                if (co == null) {
                    co = in.mainCompanySlug();
                }
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                String key = match(ContextType.PRODUCT_LAUNCH, co, product, date, in.published(), null, null);
                out.add(new Mention(ContextType.PRODUCT_LAUNCH, product, date, null, null, null, null, key,
                        new Span(start, end, "CONTEXT")));
            }
        }
    }

    private static boolean isCompanyName(List<EntityMention> companies, int s, int e) {
        for (EntityMention c : companies) {
            if (c.start() == s && c.end() >= e - 1) {
                return true;
            }
        }
        return false;
    }

    /** One round's figures within a sentence: the money amounts that belong together and the text they stand in. */
    private static final class RoundFigures {
        Long amount;
        Long valuation;
        String currency;
        int start = Integer.MAX_VALUE;
        int end = -1;
        int textFrom;
        int textTo;
        /** Only a comparison ("more than six times the $9 billion it was valued at"). */
        boolean previous;
    }

    /**
     * Funding rounds a sentence tells: money amounts are an amount raised or a valuation by the words around them
     * ("at a valuation of as much as $350 billion", "values the startup at $12 billion", "the $9 billion it was valued
     * at"), and a sentence that tells two rounds ("in talks at $60 billion, ... the $9 billion it was valued at when it
     * closed an $800 million Series C") is cut where the second starts, each with its own status.
     */
    private void funding(Input in, SentenceSplitter.Sentence s, String st, PartialDate date, String company,
                         List<Mention> out, Set<String> seen) {
        if (!FUNDING_WORDS.matcher(st).find()) {
            return;
        }
        List<MoneyParser.Money> money = MoneyParser.findAll(in.text(), s.start(), s.end());
        if (money.isEmpty()) {
            return;
        }
        List<RoundFigures> rounds = new ArrayList<>();
        RoundFigures cur = null;
        int lastEnd = s.start();
        for (MoneyParser.Money mo : money) {
            String before = in.text().substring(Math.max(s.start(), mo.start() - 45), mo.start());
            String after = in.text().substring(mo.end(), Math.min(s.end(), mo.end() + 25));
            if (PER_UNIT_BEFORE.matcher(before).find() || PER_UNIT_AFTER.matcher(after).lookingAt()) {
                continue;
            }
            boolean isValuation = VALUATION_BEFORE.matcher(before).find() || VALUATION_AFTER.matcher(after).find();
            boolean previous = COMPARED_BEFORE.matcher(before).find();
            boolean boundary = cur != null && ROUND_BOUNDARY.matcher(in.text().substring(lastEnd, mo.start())).find();
            if (cur == null || boundary || previous != cur.previous && !(cur.previous && !previous && !isValuation)
                    || isValuation && cur.valuation != null || !isValuation && cur.amount != null) {
                cur = new RoundFigures();
                cur.previous = previous;
                cur.textFrom = rounds.isEmpty() ? s.start() : lastEnd;
                rounds.add(cur);
            }
            if (isValuation) {
                cur.valuation = mo.amount();
            } else {
                cur.amount = mo.amount();
            }
            if (cur.currency == null) {
                cur.currency = mo.currency();
            }
            cur.start = Math.min(cur.start, mo.start());
            cur.end = Math.max(cur.end, mo.end());
            lastEnd = mo.end();
        }
        for (int k = 0; k + 1 < rounds.size(); k++) {
            RoundFigures r = rounds.get(k);
            RoundFigures next = rounds.get(k + 1);
            if (r.previous && r.amount == null && next.amount != null && next.valuation == null) {
                // "the $9 billion it was valued at when it closed an $800 million Series C": one earlier round
                r.amount = next.amount;
                r.end = next.end;
                r.previous = false;
                rounds.remove(k + 1);
            }
        }
        for (int k = 0; k < rounds.size(); k++) {
            RoundFigures r = rounds.get(k);
            r.textTo = k + 1 < rounds.size() ? rounds.get(k + 1).start : s.end();
            String text = in.text().substring(r.textFrom, r.textTo);
            if (r.previous && !ROUND_WORDS.matcher(in.text().substring(r.start, r.textTo)).find()) {
                continue; // a value compared with, not a round
            }
            addRound(in, s, st, text, r, date, company, out);
        }
    }

    private void addRound(Input in, SentenceSplitter.Sentence s, String st, String text, RoundFigures f, PartialDate date,
                          String company, List<Mention> out) {
        Long amount = f.amount;
        Long valuation = f.valuation;
        String currency = f.currency;
        if (currency == null) {
            currency = EUROS.matcher(st).find() ? "EUR" : DOLLARS.matcher(st).find() ? "USD" : null;
        }
        FundingStatus status = status(text);
        if (status == null) {
            status = status(st);
        }
        for (int i = 0; i < out.size(); i++) {
            Mention o = out.get(i);
            if (o.type() == ContextType.FUNDING_ROUND && (amount != null && amount.equals(o.amount())
                    || valuation != null && valuation.equals(o.valuation()))) {
                if ((o.amount() == null || amount == null || o.amount().equals(amount))
                        && (o.valuation() == null || valuation == null || o.valuation().equals(valuation))) {
                    // the same round again (headline and body): keep the fuller one
                    if (valuation != null && o.valuation() == null || amount != null && o.amount() == null) {
                        out.remove(i);
                        break;
                    }
                    // told again in the body: the body's place, so that a figure in the next sentences can join it
                    out.set(i, new Mention(o.type(), o.title(), o.date(), o.amount(), o.currency(), o.valuation(),
                            status != null ? status : o.status(), o.key(), new Span(f.start, f.end, "CONTEXT")));
                    return;
                }
            }
        }
        int near = in.sentences().get(Math.max(0, s.index() - 2)).start();
        for (int i = out.size() - 1; i >= 0; i--) {
            Mention o = out.get(i);
            boolean complements = amount != null && valuation == null && o.amount() == null && o.valuation() != null
                    || valuation != null && amount == null && o.valuation() == null && o.amount() != null;
            if (o.type() == ContextType.FUNDING_ROUND && complements && o.span().start() >= near && o.span().start() < s.start()
                    && (status == null || status == o.status())) {
                // "in talks to raise funding that would value it at $9 billion. The company is looking to raise $600 million"
                Long am = amount != null ? amount : o.amount();
                Long val = valuation != null ? valuation : o.valuation();
                String key = match(ContextType.FUNDING_ROUND, company != null ? company : in.mainCompanySlug(), o.title(), o.date(),
                        in.published(), am, val);
                out.set(i, new Mention(o.type(), o.title(), o.date(), am, o.currency() != null ? o.currency() : currency, val,
                        o.status(), key != null ? key : o.key(), o.span()));
                return;
            }
        }
        Matcher r = ROUND.matcher(text);
        String title = r.find() ? roundTitle(r.group(1)) : "Funding round";
        PartialDate when = date;
        for (DateResolver.DateHit h : in.dates().apply(s)) {
            if (h.start() >= f.textFrom && h.end() <= f.textTo) {
                when = h.date(); // "when it closed an $800 million Series C in September"
                break;
            }
        }
        String co = company != null ? company : in.mainCompanySlug();
        String key = match(ContextType.FUNDING_ROUND, co, title, when, in.published(), amount, valuation);
        out.add(new Mention(ContextType.FUNDING_ROUND, title, when, amount, currency, valuation, status, key,
                new Span(f.start, f.end, "CONTEXT")));
    }

    private static FundingStatus status(String text) {
        return IN_TALKS.matcher(text).find() ? FundingStatus.IN_TALKS
                : CLOSED.matcher(text).find() ? FundingStatus.CLOSED
                : ANNOUNCED.matcher(text).find() ? FundingStatus.ANNOUNCED
                : RUMOURED.matcher(text).find() ? FundingStatus.RUMOURED : null;
    }

    private static final String[] HEADCOUNT_WORDS = {"workforce", "headcount", "head count", "staff", "team", "employ",
        "payroll", "workers", "people on staff"};

    private void headcount(Input in, SentenceSplitter.Sentence s, String st, PartialDate date, String company,
                           List<Mention> out, Set<String> seen) {
        if (!containsAny(st.toLowerCase(Locale.ROOT), HEADCOUNT_WORDS)) {
            return;
        }
        Matcher m = HEADCOUNT.matcher(st);
        Long n = null;
        int ms = 0;
        int me = 0;
        if (m.find()) {
            n = Long.parseLong(m.group(1).replace(",", ""));
            ms = m.start();
            me = m.end();
        } else {
            m = HEADCOUNT_N.matcher(st);
            if (m.find() && !LAYOFF.matcher(st).find()) {
                n = Long.parseLong(m.group(1).replace(",", ""));
                ms = m.start();
                me = m.end();
            }
        }
        if (n == null || n < 2 || n > 5_000_000) {
            return;
        }
        if (n >= 1900 && n <= 2100 && YEAR_WORDS.matcher(st.substring(ms, me)).find()) {
            return;
        }
        if (!seen.add("H:" + n)) {
            return;
        }
        String co = company != null ? company : in.mainCompanySlug();
        String key = match(ContextType.HEADCOUNT, co, "headcount", date, in.published(), n, null);
        out.add(new Mention(ContextType.HEADCOUNT, "Headcount", date, n, null, null, null, key,
                new Span(s.start() + ms, s.start() + me, "CONTEXT")));
    }

    private void acquisition(Input in, SentenceSplitter.Sentence s, String st, PartialDate date,
                             List<Mention> out, Set<String> seen) {
        Matcher m = ACQUISITION.matcher(st);
        if (!m.find()) {
            return;
        }
        int n = 0;
        String acquirer = null;
        for (EntityMention c : in.companies().apply(s)) {
            n++;
            if (acquirer == null && c.slug() != null) {
                acquirer = c.slug();
            }
        }
        if (n < 2 || !seen.add("A:" + s.index())) {
            return;
        }
        List<MoneyParser.Money> money = MoneyParser.findAll(in.text(), s.start(), s.end());
        Long amount = money.isEmpty() ? null : money.get(0).amount();
        String currency = money.isEmpty() ? null : money.get(0).currency();
        String title = TextNormalizer.tidy(st.length() > 120 ? st.substring(0, 120) : st);
        String key = match(ContextType.ACQUISITION, acquirer, title, date, in.published(), amount, null);
        out.add(new Mention(ContextType.ACQUISITION, title, date, amount, currency, null, null, key,
                new Span(s.start() + m.start(), s.start() + m.end(), "CONTEXT")));
    }

    private static String roundTitle(String s) {
        String t = Words.single(s.trim()).toLowerCase(Locale.ROOT);
        if (t.startsWith("series")) {
            return "Series " + Character.toUpperCase(t.charAt(t.length() - 1));
        }
        return "Seed round";
    }

    /** The key of the stored context event this mention is, or null. */
    String match(ContextType type, String companySlug, String title, PartialDate date, LocalDate published,
                 Long amount, Long valuation) {
        String bestKey = null;
        double best = 0;
        for (KnownContext k : known) {
            if (k.type() != type) {
                continue;
            }
            if (companySlug != null && k.companySlug() != null && !k.companySlug().equals(companySlug)) {
                continue;
            }
            if (!near(k.date(), date) && !near(k.date(), published == null ? null : PartialDate.ofDay(published))) {
                continue;
            }
            double score = 0;
            if (amount != null && k.amount() != null && close(amount, k.amount())) {
                score += 2;
            }
            if (valuation != null && k.valuation() != null && close(valuation, k.valuation())) {
                score += 2;
            }
            score += overlap(title, k.title());
            if (type == ContextType.HEADCOUNT && amount != null && k.amount() != null && !close(amount, k.amount())) {
                score = 0;
            }
            if (score > best) {
                best = score;
                bestKey = k.key();
            }
        }
        return best >= 1 ? bestKey : null;
    }

    private static boolean close(long a, long b) {
        return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.05;
    }

    private static boolean near(PartialDate known, PartialDate seen) {
        if (known == null || seen == null) {
            return false;
        }
        long gap;
        if (known.overlaps(seen)) {
            return true;
        }
        if (known.end().isBefore(seen.start())) {
            gap = ChronoUnit.DAYS.between(known.end(), seen.start());
        } else {
            gap = ChronoUnit.DAYS.between(seen.end(), known.start());
        }
        return gap <= 45;
    }

    private static final Set<String> TITLE_STOP = Lexicon.set("the", "a", "an", "of", "and", "round", "funding", "launch",
            "release", "model", "models", "new", "ai", "with", "at", "in", "for", "headcount");

    private static double overlap(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        int common = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                common++;
            }
        }
        return common;
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : TITLE_TOKEN_BREAK.split(s.toLowerCase(Locale.ROOT))) {
            t = EDGE_DOTS.matcher(t).replaceAll("");
            if (!t.isEmpty() && !TITLE_STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
