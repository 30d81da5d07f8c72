package org.personneltracker.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.personneltracker.event.EventType;

/**
 * The quote a draft suggests for its source: a sentence of the article that names the person. The extractor's
 * sentence (or quotation) when it names them; otherwise the first sentence naming them with a word of the move
 * ("resigned", "joined", ...); otherwise the first naming them; otherwise the extractor's, if any. A person is
 * named by their full name, an alias, or their surname alone ("Leike said").
 */
final class QuoteChoice {

    /** Longest quote a source takes. */
    static final int MAX = 4000;

    private static final Pattern DEPARTURE = words("leave", "leaves", "left", "leaving", "depart", "departs",
            "departed", "departing", "departure", "resign", "resigns", "resigned", "resigning", "resignation", "quit",
            "quits", "exit", "exits", "exited", "step down", "steps down", "stepped down", "stepping down", "fired",
            "ousted", "laid off", "last day", "parted ways", "parts ways", "farewell");
    private static final Pattern HIRE = words("join", "joins", "joined", "joining", "hire", "hires", "hired",
            "hiring", "recruit", "recruited", "poach", "poached", "appoint", "appoints", "appointed", "named",
            "signed on", "came aboard", "coming aboard", "welcome", "welcomes", "welcomed", "moves to", "moved to",
            "moving to");
    private static final Pattern RETURN = words("return", "returns", "returned", "returning", "rejoin", "rejoins",
            "rejoined", "rejoining", "back to", "comes back", "came back", "boomerang");
    private static final Pattern ROLE_CHANGE = words("promoted", "promotion", "named", "appointed", "become",
            "becomes", "became", "take over", "takes over", "took over", "new role", "now leads", "will lead",
            "moves to", "moved to", "succeeds", "succeeded");

    private QuoteChoice() {
    }

    /** {@code names}: the person's name and aliases as the article or the tracker spells them. */
    static String choose(String text, String extractorQuote, List<String> names, EventType type) {
        List<Pattern> naming = naming(names);
        if (naming.isEmpty() || text == null || text.isBlank()) {
            return extractorQuote;
        }
        if (extractorQuote != null && names(extractorQuote, naming)) {
            return extractorQuote;
        }
        Pattern verb = verbs(type);
        String firstNaming = null;
        for (String sentence : sentences(text)) {
            if (sentence.length() > MAX || !names(sentence, naming)) {
                continue;
            }
            if (verb != null && verb.matcher(sentence).find()) {
                return sentence;
            }
            if (firstNaming == null) {
                firstNaming = sentence;
            }
        }
        return firstNaming != null ? firstNaming : extractorQuote;
    }

    /** The article's sentences, whitespace tidied (as the quote check compares them). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            it.setText(paragraph);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String s = paragraph.substring(start, end).strip().replaceAll("\\s+", " ");
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static boolean names(String sentence, List<Pattern> naming) {
        for (Pattern p : naming) {
            if (p.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    /** Patterns for the full names and aliases (any case), and the surname (as written, capitalised). */
    private static List<Pattern> naming(List<String> names) {
        List<Pattern> out = new ArrayList<>();
        for (String n : names) {
            if (n == null || n.isBlank()) {
                continue;
            }
            String name = n.strip().replaceAll("\\s+", " ");
            out.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            String[] parts = name.split(" ");
            String surname = parts[parts.length - 1];
            if (parts.length > 1 && surname.length() >= 3 && Character.isUpperCase(surname.charAt(0))) {
                out.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}])"));
            }
        }
        return out;
    }

    private static Pattern verbs(EventType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case DEPARTURE -> DEPARTURE;
            case HIRE -> HIRE;
            case RETURN -> RETURN;
            case ROLE_CHANGE -> ROLE_CHANGE;
        };
    }

    private static Pattern words(String... words) {
        StringBuilder b = new StringBuilder("(?<![\\p{L}])(?:");
        for (int i = 0; i < words.length; i++) {
            b.append(i == 0 ? "" : "|").append(words[i].replace(" ", "\\s+"));
        }
        return Pattern.compile(b.append(")(?![\\p{L}])").toString(), Pattern.CASE_INSENSITIVE);
    }
}
