package org.personneltracker.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
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
import java.util.List;
import org.jboss.logging.Logger;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.FirstStartLock;
import org.personneltracker.common.TrackerConfig;
import org.personneltracker.company.CompanyRequest;
import org.personneltracker.company.CompanyService;
import org.personneltracker.context.ContextRequest;
import org.personneltracker.context.ContextService;
import org.personneltracker.event.EventRequest;
import org.personneltracker.event.EventService;
import org.personneltracker.history.Revisions;
import org.personneltracker.person.PersonRequest;
import org.personneltracker.person.PersonService;

/**
 * Loads {@code seed-data/} on the first start against an empty database, through the same services as the API.
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
    FirstStartLock firstStart;

    @Inject
    CompanyService companies;

    @Inject
    PersonService people;

    @Inject
    ContextService contexts;

    @Inject
    EventService events;

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
        List<CompanyRequest> cs = read(dir.resolve("companies.json"), CompanyRequest.class);
        List<PersonRequest> ps = read(dir.resolve("people.json"), PersonRequest.class);
        List<ContextRequest> xs = read(dir.resolve("context-events.json"), ContextRequest.class);
        List<EventRequest> es = read(dir.resolve("events.json"), EventRequest.class);
        int i = 0;
        try {
            for (i = 0; i < cs.size(); i++) {
                companies.create(cs.get(i));
                settle();
            }
            for (i = 0; i < ps.size(); i++) {
                people.create(ps.get(i));
                settle();
            }
            for (i = 0; i < xs.size(); i++) {
                contexts.create(xs.get(i));
                settle();
            }
            for (i = 0; i < es.size(); i++) {
                events.create(es.get(i));
                settle();
            }
        } catch (ApiException e) {
            throw new IllegalStateException("seed record " + i + " was refused: " + e.getMessage() + " "
                    + e.violations(), e);
        }
        SeedLoad load = new SeedLoad();
        load.loadedAt = Instant.now();
        load.companies = cs.size();
        load.people = ps.size();
        load.contextEvents = xs.size();
        load.events = es.size();
        load.persist();
        return new Counts(cs.size(), ps.size(), xs.size(), es.size());
    }

    /**
     * Writes the record just created and forgets the loaded entities. The whole load is one transaction; without
     * this every query of the next record would first check hundreds of loaded entities for changes, and the load
     * would slow down with every record.
     */
    private void settle() {
        em.flush();
        em.clear();
    }

    private <T> List<T> read(Path file, Class<T> type) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            CollectionType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
            return mapper.readValue(file.toFile(), listType);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read seed file " + file + ": " + e.getMessage(), e);
        }
    }
}
