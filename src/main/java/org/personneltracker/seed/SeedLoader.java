package org.personneltracker.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.personneltracker.common.FirstStartLock;
import org.personneltracker.common.TrackerConfig;
import org.personneltracker.history.Revisions;
import org.personneltracker.transfer.ImportService;

/**
 * Loads {@code seed-data/} on the first start against an empty database: the files hold API request bodies, read as
 * records of the import format and written by the import (transfer/ImportService), so through the same checks and
 * services as the API.
 * A row in {@code seed_load} records the load, so later starts load nothing and deleted seed records stay deleted.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    TrackerConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    ImportService imports;

    @Inject
    FirstStartLock firstStart;

    public record Counts(int companies, int people, int contextEvents, int events) {
    }

    void onStart(@Observes @Priority(20) StartupEvent ev) {
        if (!config.seed().enabled()) {
            return;
        }
        Path dir = Path.of(config.seed().path());
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Seed folder %s not found (working directory %s): nothing loaded", dir.toAbsolutePath(),
                    Path.of("").toAbsolutePath());
            return;
        }
        Counts c = loadOnce(dir);
        if (c != null) {
            LOG.infof("Loaded seed data from %s: %d companies, %d people, %d context events, %d personnel events",
                    dir, c.companies(), c.people(), c.contextEvents(), c.events());
        }
    }

    /** Loads the folder unless a seed load is recorded; answers null when nothing was loaded. */
    @Transactional
    public Counts loadOnce(Path dir) {
        firstStart.lock(); // a second instance starting at the same time waits here, then finds the load recorded
        long loads = em.createQuery("select count(s) from SeedLoad s", Long.class).getSingleResult();
        if (loads > 0) {
            return null;
        }
        Revisions.actAs("seed", "seed data loaded on first start from " + dir);
        List<ImportService.Record> records = new ArrayList<>();
        read(dir.resolve("companies.json"), "company", records);
        read(dir.resolve("people.json"), "person", records);
        read(dir.resolve("context-events.json"), "context-event", records);
        read(dir.resolve("events.json"), "event", records);
        ImportService.Outcome o = imports.checkAndWrite(imports.records(records), ImportService.Progress.NONE);
        if (o.refused()) {
            throw new IllegalStateException("the seed data was refused (record n counts from the first company): "
                    + o.errors());
        }
        Counts counts = new Counts(created(o, "company"), created(o, "person"), created(o, "context-event"),
                created(o, "event"));
        SeedLoad load = new SeedLoad();
        load.loadedAt = Instant.now();
        load.companies = counts.companies();
        load.people = counts.people();
        load.contextEvents = counts.contextEvents();
        load.events = counts.events();
        load.persist();
        return counts;
    }

    private static int created(ImportService.Outcome o, String kind) {
        return o.counts().created().get(kind).intValue();
    }

    /**
     * Adds the records of a seed file (a JSON array of API request bodies) as records of the import format: the seed
     * goes through the same checks and write path as an import, and so as the API.
     */
    private void read(Path file, String kind, List<ImportService.Record> into) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (JsonNode n : mapper.readTree(file.toFile())) {
                into.add(new ImportService.Record(kind, (ObjectNode) n));
            }
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("cannot read seed file " + file + ": " + e.getMessage(), e);
        }
    }
}
