package org.personneltracker.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Insight sits above event, context, company and person (DESIGN.md, "Dependencies point one way"): nothing below it
 * names it, and it names none of the features on its own floor. The event and company pages get its sections through
 * interfaces declared in event/ ({@code EventPageSection}, {@code DepartureWaves}).
 */
class InsightDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java/org/personneltracker");

    private static List<String> offenders(String pkg, String forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        Path dir = MAIN.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f).contains("org.personneltracker." + forbidden + ".")) {
                    out.add(MAIN.relativize(f).toString());
                }
            }
        }
        return out;
    }

    @Test
    void noLowerFeatureNamesInsight() throws IOException {
        List<String> found = new ArrayList<>();
        for (String lower : List.of("common", "company", "person", "source", "context", "event")) {
            found.addAll(offenders(lower, "insight"));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void insightNamesNoFeatureOnItsOwnFloor() throws IOException {
        List<String> found = new ArrayList<>();
        for (String sibling : List.of("timeline", "ingest", "feed", "seed")) {
            found.addAll(offenders("insight", sibling));
        }
        assertEquals(List.of(), found);
    }
}
