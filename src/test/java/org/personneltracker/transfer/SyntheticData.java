package org.personneltracker.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A deterministic synthetic dataset in the import format (JSON Lines), for the import and export benchmarks and the
 * background-import test: {@code events} personnel events over one company per 2,000 events (at least 5), one
 * person per 10 events, one context event per 50, and one source per event (its own article), every event citing
 * its source with a quote and linked to a context event of its company half of the time. Same arguments, same file.
 *
 * <pre>java -cp target/test-classes:... org.personneltracker.transfer.SyntheticData 1000000 /tmp/1m.jsonl</pre>
 * (or {@code bench/import-bench.sh}, which builds the class path with Maven).
 */
public final class SyntheticData {

    private static final String[] TYPES = {"DEPARTURE", "HIRE", "ROLE_CHANGE", "RETURN"};
    private static final String[] CATEGORIES = {"EXECUTIVE", "RESEARCH", "SAFETY", "SECURITY", "POLICY",
        "ENGINEERING", "PRODUCT", "BUSINESS", "OPERATIONS", "OTHER"};
    private static final String[] SENIORITIES = {"C_LEVEL", "VP", "HEAD", "SENIOR_IC", "IC", "UNKNOWN"};

    private SyntheticData() {
    }

    public static void main(String[] args) throws IOException {
        toFile(args, "syn", SyntheticData::write);
    }

    /** A generator of a dataset in the import format: events, prefix of slugs and keys. */
    interface Generator {
        void write(Writer out, int events, String prefix) throws IOException;
    }

    /** Runs a generator from the command line: {@code <events> <file> [prefix]}. */
    static void toFile(String[] args, String defaultPrefix, Generator generator) throws IOException {
        int events = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String prefix = args.length > 2 ? args[2] : defaultPrefix;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            generator.write(w, events, prefix);
        }
    }

    /** Writes the dataset; {@code prefix} (lower-case letters and digits) starts every slug, key and address. */
    public static void write(Writer out, int events, String prefix) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out, 1 << 16);
        Random random = new Random(42);
        int companies = Math.max(5, events / 2000);
        int people = Math.max(10, events / 10);
        int contexts = Math.max(5, events / 50);
        for (int c = 0; c < companies; c++) {
            ObjectNode n = mapper.createObjectNode().put("kind", "company").put("slug", prefix + "-company-" + c)
                    .put("name", "Synthetic Company " + prefix + " " + c).put("foundedYear", 2000 + c % 25);
            line(w, mapper, n);
        }
        for (int p = 0; p < people; p++) {
            ObjectNode n = mapper.createObjectNode().put("kind", "person").put("slug", prefix + "-person-" + p)
                    .put("name", "Person " + prefix + " " + p);
            line(w, mapper, n);
        }
        for (int e = 0; e < events; e++) {
            ObjectNode n = mapper.createObjectNode().put("kind", "source").put("url", url(prefix, e))
                    .put("title", "Report " + e).put("publisher", "Synthetic Wire").put("tier", "TRADE")
                    .put("publishedDate", date(e).toString());
            line(w, mapper, n);
        }
        for (int x = 0; x < contexts; x++) {
            ObjectNode n = mapper.createObjectNode().put("kind", "context-event").put("key", prefix + "-context-" + x)
                    .put("company", prefix + "-company-" + (x % companies)).put("type", "PRODUCT_LAUNCH")
                    .put("title", "Launch " + x).put("date", date(x * 50).toString());
            n.putArray("sources").addObject().put("url", url(prefix, x * 50));
            line(w, mapper, n);
        }
        for (int e = 0; e < events; e++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            int company = random.nextInt(companies);
            ObjectNode n = mapper.createObjectNode().put("kind", "event").put("key", prefix + "-event-" + e)
                    .put("type", type).put("date", date(e).toString())
                    .put("person", prefix + "-person-" + random.nextInt(people))
                    .put("company", prefix + "-company-" + company);
            ObjectNode role = n.putObject("role").put("title", "Title " + random.nextInt(100))
                    .put("team", "Team " + random.nextInt(20))
                    .put("category", CATEGORIES[random.nextInt(CATEGORIES.length)])
                    .put("seniority", SENIORITIES[random.nextInt(SENIORITIES.length)]);
            if (random.nextInt(20) == 0) {
                role.put("founder", true);
            }
            if (type.equals("DEPARTURE")) {
                n.put("circumstance", "RESIGNED");
            }
            n.put("summary", "Synthetic event " + e + " of " + prefix + ".").put("confidence", "REPORTED");
            ArrayNode sources = n.putArray("sources");
            sources.addObject().put("url", url(prefix, e)).put("quote", "Quote " + e);
            if (random.nextBoolean()) {
                int x = company;
                while (x >= contexts) {
                    x -= companies;
                }
                if (x >= 0) {
                    n.putArray("context").add(prefix + "-context-" + x);
                }
            }
            line(w, mapper, n);
        }
        w.flush();
    }

    private static String url(String prefix, int e) {
        return "https://synthetic.example.org/" + prefix + "/" + e;
    }

    private static LocalDate date(int e) {
        return LocalDate.of(2015, 1, 1).plusDays(e % 4000);
    }

    private static void line(BufferedWriter w, ObjectMapper mapper, ObjectNode n) throws IOException {
        w.write(mapper.writeValueAsString(n));
        w.write('\n');
    }
}
