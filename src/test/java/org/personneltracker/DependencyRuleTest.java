package org.personneltracker;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.personneltracker.common.Keyset;

/**
 * Dependencies point one way: features sit on floors, and code only looks down (README, "Design"). A class may use
 * classes of its own package, of a package on its floor (without a cycle) and of any floor below; never of a floor
 * above. A feature that needs something from above declares an interface the higher feature implements.
 * Subpackages belong to their feature ({@code ingest.fetch} is {@code ingest}). Checked on the compiled classes, so
 * a fully qualified name in the code is caught like an import.
 */
class DependencyRuleTest {

    private static final String BASE = "org.personneltracker";

    /** From the ground floor up; a new feature package must be given a floor here. */
    static final List<Set<String>> FLOORS = List.of(
            Set.of("common", "history"),
            Set.of("account", "backup"),
            Set.of("company", "person"),
            Set.of("source"),
            Set.of("context"),
            Set.of("event"),
            Set.of("timeline", "insight", "ingest", "feed", "seed", "transfer", "manage", "search"));

    /** The application's compiled classes (target/classes), read straight from their folder. */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(applicationClasses());

    private static Path applicationClasses() {
        try {
            return Path.of(Keyset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feature a class belongs to: the first package name below the base. */
    static String feature(JavaClass c) {
        String rest = c.getPackageName().substring(BASE.length());
        if (rest.isEmpty()) {
            return "";
        }
        int dot = rest.indexOf('.', 1);
        return dot < 0 ? rest.substring(1) : rest.substring(1, dot);
    }

    static int floor(String feature) {
        for (int i = 0; i < FLOORS.size(); i++) {
            if (FLOORS.get(i).contains(feature)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyPackageIsOnAFloor() {
        Set<String> unplaced = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            if (floor(feature(c)) < 0) {
                unplaced.add(c.getPackageName());
            }
        }
        assertTrue(CLASSES.size() > 100, "the application's classes were found: " + CLASSES.size());
        assertEquals(Set.of(), unplaced, "packages without a floor: add them to FLOORS and to the README");
    }

    @Test
    void noPackageImportsAFeatureOnAHigherFloor() {
        List<String> upward = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            int from = floor(feature(c));
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (!target.getPackageName().startsWith(BASE)) {
                    continue;
                }
                int to = floor(feature(target));
                if (from >= 0 && to > from) {
                    upward.add(feature(c) + " -> " + feature(target) + ": " + d.getDescription());
                }
            }
        }
        assertEquals(List.of(), upward.stream().distinct().sorted().toList(),
                "dependencies on a higher floor (hand the value down, or declare an interface below)");
    }

    @Test
    void featuresDoNotDependOnEachOtherInACircle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
