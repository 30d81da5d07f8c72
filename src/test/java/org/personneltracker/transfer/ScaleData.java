package org.personneltracker.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The scale benchmark's dataset in the import format (JSON Lines), deterministic (fixed random seed: same size, same
 * file) and skewed like the real thing. For {@code events} personnel events it writes {@code events / 200} companies
 * (at least 20), {@code events / 5} people, {@code events / 10} context events and {@code events * 3 / 10} sources:
 * at 1,000,000 events the 5,000 companies, 200,000 people, 100,000 context events and 300,000 sources.
 * <ul>
 * <li>Companies are drawn from a Zipf distribution (exponent 1): company {@code <prefix>-c0} is the biggest (about a
 * tenth of all events, like a large lab), the first 50 hold about half of them, most have a handful.</li>
 * <li>People have careers: a hire, then role changes, departures (half of them naming where the person went) and
 * hires elsewhere (half of them naming where the person came from), dated forward in time. The number of events
 * of a person is 1 + an exponential of mean 4 (capped at 40): about half of the people have 1-3 events, a few have
 * dozens.</li>
 * <li>Every event cites 1-3 sources out of a pool (an article reports several moves), with a quote; a third link
 * to a context event of their company. Dates are mostly days, some months and years.</li>
 * </ul>
 * Company {@code <prefix>-c<rank>}, person {@code <prefix>-p<n>}, event key {@code <prefix>-e<n>}, context key
 * {@code <prefix>-x<n>}.
 *
 * <pre>java -cp target/test-classes:... org.personneltracker.transfer.ScaleData 100000 /tmp/100k.jsonl [prefix]</pre>
 * ({@code bench/scale-bench.sh} builds the class path with Maven and runs it).
 */
public final class ScaleData {

    private static final String[] CATEGORIES = {"ENGINEERING", "RESEARCH", "PRODUCT", "BUSINESS", "OPERATIONS",
        "SAFETY", "EXECUTIVE", "SECURITY", "POLICY", "OTHER"};
    private static final int[] CATEGORY_WEIGHTS = {30, 22, 12, 9, 7, 6, 5, 4, 3, 2};
    private static final String[] SENIORITIES = {"IC", "SENIOR_IC", "HEAD", "VP", "C_LEVEL", "UNKNOWN"};
    private static final int[] SENIORITY_WEIGHTS = {40, 25, 15, 8, 4, 8};
    private static final String[] CIRCUMSTANCES = {"RESIGNED", "LAID_OFF", "DISMISSED", "RETIRED", "UNKNOWN"};
    private static final String[] CONTEXT_TYPES = {"PRODUCT_LAUNCH", "FUNDING_ROUND", "HEADCOUNT", "OTHER"};
    private static final LocalDate START = LocalDate.of(2008, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 11, 30);

    private final ObjectMapper mapper = new ObjectMapper();
    private final BufferedWriter w;
    private final Random random = new Random(20261203L);
    private final String prefix;
    private final int events;
    private final int companies;
    private final int people;
    private final int contexts;
    private final int sources;
    private final double[] zipf;
    /** context event numbers of each company, for the events' links. */
    private final List<List<Integer>> contextOf = new ArrayList<>();

    private ScaleData(Writer out, int events, String prefix) {
        this.w = out instanceof BufferedWriter b ? b : new BufferedWriter(out, 1 << 16);
        this.prefix = prefix;
        this.events = events;
        this.companies = Math.max(20, events / 200);
        this.people = Math.max(10, events / 5);
        this.contexts = Math.max(20, events / 10);
        this.sources = Math.max(10, events * 3 / 10);
        this.zipf = new double[companies];
        double sum = 0;
        for (int c = 0; c < companies; c++) {
            sum += 1.0 / (c + 1);
            zipf[c] = sum;
        }
        for (int c = 0; c < companies; c++) {
            zipf[c] /= sum;
            contextOf.add(new ArrayList<>());
        }
    }

    public static void main(String[] args) throws IOException {
        SyntheticData.toFile(args, "bench", ScaleData::write);
    }

    /** Writes the dataset; {@code prefix} (lower-case letters and digits) starts every slug, key and address. */
    public static void write(Writer out, int events, String prefix) throws IOException {
        new ScaleData(out, events, prefix).write();
    }

    private void write() throws IOException {
        for (int c = 0; c < companies; c++) {
            ObjectNode n = record("company").put("slug", company(c)).put("name", "Company " + prefix + " " + c)
                    .put("foundedYear", 1990 + c % 35);
            if (c % 7 == 0) {
                n.put("website", "https://c" + c + "." + prefix + ".example.com");
            }
            line(n);
        }
        for (int p = 0; p < people; p++) {
            line(record("person").put("slug", person(p)).put("name", "Person " + prefix + " " + p));
        }
        for (int s = 0; s < sources; s++) {
            line(record("source").put("url", url(s)).put("title", "Report " + s)
                    .put("publisher", "Wire " + (s % 40)).put("tier", s % 5 == 0 ? "PRIMARY" : "TRADE")
                    .put("publishedDate", day(START.plusDays((long) s * 6900 / sources)).toString()));
        }
        for (int x = 0; x < contexts; x++) {
            int c = pickCompany();
            contextOf.get(c).add(x);
            ObjectNode n = record("context-event").put("key", prefix + "-x" + x).put("company", company(c))
                    .put("type", CONTEXT_TYPES[x % CONTEXT_TYPES.length]).put("title", "Milestone " + x)
                    .put("date", randomDate(START, END));
            n.putArray("sources").addObject().put("url", url(random.nextInt(sources)));
            line(n);
        }
        int written = 0;
        int p = 0;
        while (written < events) {
            int careerLength = Math.min(40, 1 + (int) (-Math.log(1 - random.nextDouble()) * 4));
            careerLength = Math.min(careerLength, events - written);
            written += career(p < people ? p : random.nextInt(people), careerLength, written);
            p++;
        }
        w.flush();
    }

    /** One person's events, from event number {@code first}; answers how many it wrote. */
    private int career(int person, int length, int first) throws IOException {
        LocalDate date = START.plusDays(random.nextInt(6000));
        int company = pickCompany();
        String category = weighted(CATEGORIES, CATEGORY_WEIGHTS);
        String seniority = weighted(SENIORITIES, SENIORITY_WEIGHTS);
        Integer cameFrom = null;
        boolean employed = false;
        for (int i = 0; i < length; i++) {
            ObjectNode n = record("event").put("key", prefix + "-e" + (first + i));
            String type;
            Integer destination = null;
            if (!employed) {
                type = cameFrom != null && cameFrom == company ? "RETURN" : "HIRE";
                if (cameFrom != null && random.nextBoolean() && cameFrom != company) {
                    n.put("origin", company(cameFrom));
                }
                employed = true;
            } else if (random.nextInt(3) == 0 && i < length - 1) {
                type = "ROLE_CHANGE";
                n.putObject("previousRole").put("title", title(category, seniority)).put("category", category)
                        .put("seniority", seniority);
                seniority = weighted(SENIORITIES, SENIORITY_WEIGHTS);
            } else {
                type = "DEPARTURE";
                int next = pickCompany();
                if (next != company && random.nextBoolean()) {
                    destination = next;
                    n.put("destination", company(next));
                }
                n.put("circumstance", CIRCUMSTANCES[random.nextInt(10) < 6 ? 0 : random.nextInt(CIRCUMSTANCES.length)]);
                employed = false;
            }
            n.put("type", type).put("date", partial(date)).put("person", person(person)).put("company", company(company));
            ObjectNode role = n.putObject("role").put("title", title(category, seniority))
                    .put("team", "Team " + (random.nextInt(30)))
                    .put("category", category).put("seniority", seniority);
            if (random.nextInt(50) == 0) {
                role.put("founder", true);
            }
            n.put("summary", "Synthetic " + type.toLowerCase().replace('_', ' ') + " " + (first + i) + ".");
            if (random.nextInt(10) == 0) {
                n.put("confidence", "RUMOURED");
            }
            ArrayNode cited = n.putArray("sources");
            int count = 1 + random.nextInt(3);
            int base = (int) ((long) (first + i) * sources / events);
            for (int s = 0; s < count; s++) {
                cited.addObject().put("url", url((base + s * 7) % sources)).put("quote", "Quote " + (first + i) + "." + s);
            }
            List<Integer> xs = contextOf.get(company);
            if (!xs.isEmpty() && random.nextInt(3) == 0) {
                n.putArray("context").add(prefix + "-x" + xs.get(random.nextInt(xs.size())));
            }
            line(n);
            date = date.plusDays(30 + random.nextInt(700));
            if (date.isAfter(END)) {
                date = END.minusDays(random.nextInt(30));
            }
            if (type.equals("DEPARTURE")) {
                cameFrom = company;
                company = destination != null ? destination : random.nextInt(5) == 0 ? company : pickCompany();
            }
        }
        return length;
    }

    private int pickCompany() {
        int c = Arrays.binarySearch(zipf, random.nextDouble());
        return Math.min(companies - 1, c < 0 ? -c - 1 : c);
    }

    private String weighted(String[] values, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String title(String category, String seniority) {
        return seniority.charAt(0) + seniority.substring(1).toLowerCase().replace('_', ' ') + " "
                + category.toLowerCase() + " role";
    }

    private String randomDate(LocalDate from, LocalDate to) {
        return partial(from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()))));
    }

    /** Mostly a day, sometimes a month (15%) or a year (5%). */
    private String partial(LocalDate d) {
        int r = random.nextInt(20);
        if (r < 3) {
            return d.toString().substring(0, 7);
        }
        return r == 3 ? String.valueOf(d.getYear()) : d.toString();
    }

    private static LocalDate day(LocalDate d) {
        return d.isAfter(END) ? END : d;
    }

    private String company(int c) {
        return prefix + "-c" + c;
    }

    private String person(int p) {
        return prefix + "-p" + p;
    }

    private String url(int s) {
        return "https://news.example.org/" + prefix + "/" + s;
    }

    private ObjectNode record(String kind) {
        return mapper.createObjectNode().put("kind", kind);
    }

    private void line(ObjectNode n) throws IOException {
        w.write(mapper.writeValueAsString(n));
        w.write('\n');
    }
}
