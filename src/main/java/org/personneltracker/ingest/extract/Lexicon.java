package org.personneltracker.ingest.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Word lists shared by the finders: months, weekdays, places, and capitalised words that are not names. */
final class Lexicon {

    private Lexicon() {
    }

    static final Set<String> MONTHS = Lexicon.set("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    static final Set<String> WEEKDAYS = Lexicon.set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** Places that a capitalised-name finder or a destination finder must not take for a person or a company. */
    static final Set<String> PLACES = Lexicon.set("uk", "u.k.", "us", "u.s.", "usa", "united states", "united kingdom",
            "britain", "england", "scotland", "ireland", "wales", "london", "san francisco", "palo alto", "mountain view",
            "menlo park", "new york", "seattle", "boston", "los angeles", "paris", "berlin", "zurich", "toronto",
            "montreal", "tel aviv", "europe", "asia", "china", "india", "japan", "canada", "france", "germany", "israel",
            "california", "washington", "texas", "silicon valley", "bay area", "beijing", "singapore", "dubai",
            "austin", "cambridge", "oxford", "hong kong", "korea", "south korea", "australia", "fort worth", "sf");

    /** Capitalised words that never start or continue a person's name. */
    static final Set<String> NOT_NAME = Lexicon.set(
            // function words and sentence openers
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "but", "and", "or", "after",
            "before", "today", "yesterday", "tomorrow", "he", "she", "they", "it", "we", "i", "his", "her", "their",
            "its", "our", "my", "as", "by", "with", "from", "to", "of", "if", "when", "while", "since", "during", "until",
            "also", "then", "now", "here", "there", "what", "why", "how", "who", "where", "which", "according", "earlier",
            "later", "last", "next", "new", "more", "most", "some", "many", "several", "both", "other", "another", "one",
            "two", "three", "first", "second", "meanwhile", "however", "still", "yet", "so", "not", "no", "yes", "per",
            "via", "update", "updated", "breaking", "exclusive", "opinion", "analysis", "sources", "source", "people",
            "former", "ex", "then", "current", "outgoing", "incoming", "interim", "acting", "founding", "veteran",
            "longtime", "top", "key", "star", "famed", "renowned", "prominent", "leading", "elon", "will", "has", "had",
            "was", "is", "are", "were", "would", "could", "should", "may", "might", "can", "did", "does", "do", "says",
            "said", "told", "wrote", "posted", "announced", "dear", "thanks", "thank", "hi", "hello", "please", "note",
            "editor", "editors", "photo", "image", "images", "getty", "credit", "video", "watch", "listen", "read",
            "related", "subscribe", "share", "newsletter", "sign", "click", "cookie", "cookies", "privacy", "terms",
            "policy", "advertisement", "follow", "comments", "comment", "reply", "home", "news", "tech", "business",
            "markets", "world", "politics", "science", "sports", "contact", "about", "menu", "search", "login", "log",
            // roles and org words
            "chief", "head", "senior", "vice", "president", "director", "lead", "leader", "research", "researcher",
            "researchers", "scientist", "engineer", "engineering", "safety", "alignment", "safeguards", "security",
            "team", "teams", "officer", "executive", "executives", "ceo", "cto", "cfo", "coo", "founder", "co", "cofounder",
            "chairman", "chair", "board", "member", "members", "staff", "technical", "product", "products", "manager",
            "principal", "fellow", "fellows", "advisor", "adviser", "counsel", "general", "partner", "partners",
            "company", "companies", "startup", "lab", "labs", "inc", "corp", "llc", "ltd", "group", "ventures", "capital",
            "technologies", "technology", "systems", "institute", "university", "college", "school", "foundation",
            "society", "intelligence", "superintelligence", "artificial", "machine", "machines", "learning", "model",
            "models", "agi", "ai", "department", "division", "unit", "office", "applications", "superalignment",
            "preparedness", "readiness", "governance", "infrastructure", "platform", "operations", "communications",
            "street", "journal", "times", "post", "press", "associated", "reuters", "bloomberg", "wired", "verge",
            "techcrunch", "axios", "information", "fortune", "forbes", "guardian", "cnbc", "financial", "insider",
            "monthly", "weekly", "daily", "morning", "evening", "night", "week", "month", "year", "quarter", "series",
            "round", "funding", "valuation", "billion", "million", "trillion", "dollars", "ipo", "sec", "nobel", "prize",
            "harvard", "stanford", "mit", "berkeley", "oxford", "cambridge", "princeton", "toronto",
            // products and platforms
            "claude", "opus", "sonnet", "haiku", "gemini", "llama", "grok", "chatgpt", "gpt", "copilot", "bard",
            "sora", "codex", "dall", "alphafold", "pytorch", "x", "twitter", "linkedin", "threads", "substack",
            "youtube", "reddit", "instagram", "facebook", "whatsapp", "bing", "edge", "windows", "azure", "aws",
            "android", "iphone", "mac", "pro", "ultra", "max", "mini", "nano", "flash", "turbo", "preview",
            "god", "lord", "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "moderator", "analyst", "professor", "investor",
            "panelist", "spokesperson", "spokesman", "spokeswoman", "reporter", "writer", "author", "host", "judge",
            "senator", "secretary", "minister", "chancellor", "governor", "mayor", "coach", "staffer", "veteran",
            "alum", "wire", "desk", "contributor", "correspondent", "columnist", "photographer", "listen", "file", "san", "santa", "saint", "st", "silicon",
            "valley", "bay", "area", "united", "states", "kingdom", "north", "south", "east", "west", "european",
            "american", "british", "french", "chinese", "canadian", "israeli", "indian", "german", "union", "congress",
            "senate", "white", "house", "federal", "state", "city", "county", "court", "supreme", "department", "global",
            "regional", "medicine", "medical", "clinical", "translational");

    static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words)); // the lists may repeat a word
    }

    static boolean isMonth(String w) {
        return MONTHS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    static boolean isWeekday(String w) {
        return WEEKDAYS.contains(w.toLowerCase(Locale.ROOT));
    }

    static boolean isPlace(String w) {
        return PLACES.contains(w.toLowerCase(Locale.ROOT).trim());
    }

    static boolean notName(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return NOT_NAME.contains(t) || isMonth(t) || isWeekday(t) || PLACES.contains(t);
    }
}
