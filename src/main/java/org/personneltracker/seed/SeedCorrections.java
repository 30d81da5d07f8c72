package org.personneltracker.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.MergePatch;
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
import org.personneltracker.source.SourceInput;
import org.personneltracker.source.SourceService;
import org.personneltracker.source.SourceView;

/**
 * Why: a review of every seed record against the reference found fixes (seed-data/corrections.json). They are made
 * the way an editor would make them, so the history shows each as a revision by "seed-review" with its reason:
 * a patch is an RFC 7396 merge patch over the record's PUT body (GET, merge, PUT with the version read), a create
 * is a POST body. Each correction is applied once: its id is kept in {@code seed_correction}, so a new install
 * applies them right after the first seed load and an install seeded earlier on its next start, and later starts
 * skip them. A correction whose record an editor deleted is skipped (recorded, never re-created); one the services
 * refuse is logged and tried again on the next start.
 */
@ApplicationScoped
public class SeedCorrections {

    private static final Logger LOG = Logger.getLogger(SeedCorrections.class);

    /** The user the corrections' revisions are recorded for. */
    public static final String USER = "seed-review";

    @Inject
    TrackerConfig config;

    @Inject
    FirstStartLock firstStart;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    CompanyService companies;

    @Inject
    PersonService people;

    @Inject
    SourceService sources;

    @Inject
    ContextService contexts;

    @Inject
    EventService events;

    /** A correction of the file: a {@code patch} of the {@code target}, or a {@code create}; why, in {@code reason}. */
    public record Correction(String id, Target target, JsonNode patch, Create create, String reason) {
    }

    /** The record to patch: an event or context event by key, a source by URL, a person or company by slug. */
    public record Target(String kind, String key, String url, String slug) {
    }

    public record Create(String kind, JsonNode body) {
    }

    public enum Outcome { APPLIED, SKIPPED }

    void onStart(@Observes @Priority(21) StartupEvent ev) {
        if (config.seed().enabled()) {
            applyPending(Path.of(config.seed().path()).resolve("corrections.json"));
        }
    }

    /** Applies the corrections of the file not applied yet, in file order; answers how many were applied now. */
    public int applyPending(Path file) {
        if (!Files.exists(file) || !seeded()) {
            return 0;
        }
        int applied = 0;
        Set<String> recorded = recorded(); // one read at every start; each correction is checked again under the lock
        for (Correction c : read(file)) {
            if (recorded.contains(c.id())) {
                continue;
            }
            try {
                String detail = QuarkusTransaction.requiringNew().call(() -> {
                    // instances starting together on one database: one applies a correction and records it in the
                    // same transaction, the others wait here and then find it recorded
                    firstStart.lock();
                    if (em.find(SeedCorrection.class, c.id()) != null) {
                        return ALREADY;
                    }
                    String why = apply(c);
                    if (why == null) {
                        em.persist(row(c.id(), Outcome.APPLIED, null));
                    }
                    return why;
                });
                if (ALREADY.equals(detail)) {
                    continue;
                }
                if (detail != null) {
                    record(c.id(), Outcome.SKIPPED, detail);
                }
                if (detail == null) {
                    applied++;
                } else {
                    LOG.warnf("Seed correction %s skipped: %s", c.id(), detail);
                }
            } catch (ApiException e) {
                LOG.warnf("Seed correction %s was refused (%d %s %s); it is tried again on the next start", c.id(),
                        e.status(), e.getMessage(), e.violations());
            }
        }
        if (applied > 0) {
            LOG.infof("Applied %d seed corrections from %s", applied, file);
        }
        return applied;
    }

    /** Makes one correction in the running transaction; answers why it was skipped, or null when it was made. */
    String apply(Correction c) throws IOException {
        Revisions.actAs(USER, c.id() + ": " + c.reason());
        if (c.create() != null) {
            return create(c.create());
        }
        Target t = c.target();
        try {
            switch (t.kind()) {
                case "event" -> {
                    long id = required(events.idOfKey(t.key()), "event", t.key());
                    events.update(id, patched(events.get(id), c.patch(), EventRequest.class));
                }
                case "context-event" -> {
                    long id = required(contexts.idOfKey(t.key()), "context event", t.key());
                    contexts.update(id, patched(contexts.get(id), c.patch(), ContextRequest.class));
                }
                case "source" -> {
                    long id = required(sources.idOfUrl(t.url()), "source", t.url());
                    // the view without its citations (patched() drops them): reading them costs a query per kind of fact
                    sources.update(id, patched(SourceView.from(sources.find(id), null), c.patch(), SourceInput.class));
                }
                case "person" -> people.update(t.slug(), patched(people.get(t.slug()), c.patch(), PersonRequest.class));
                case "company" ->
                    companies.update(t.slug(), patched(companies.get(t.slug()), c.patch(), CompanyRequest.class));
                default -> throw new IllegalStateException("seed correction " + c.id() + ": unknown kind " + t.kind());
            }
        } catch (ApiException e) {
            if (e.status() == 404) {
                return "its record is gone: " + e.getMessage();
            }
            throw e;
        }
        return null;
    }

    private static long required(Long id, String kind, String identity) {
        if (id == null) {
            throw ApiException.notFound(kind + " " + identity);
        }
        return id;
    }

    private String create(Create c) throws IOException {
        try {
            switch (c.kind()) {
                case "event" -> events.create(mapper.treeToValue(c.body(), EventRequest.class));
                case "context-event" -> contexts.create(mapper.treeToValue(c.body(), ContextRequest.class));
                case "source" -> sources.create(mapper.treeToValue(c.body(), SourceInput.class));
                case "person" -> people.create(mapper.treeToValue(c.body(), PersonRequest.class));
                case "company" -> companies.create(mapper.treeToValue(c.body(), CompanyRequest.class));
                default -> throw new IllegalStateException("seed correction: unknown kind " + c.kind());
            }
        } catch (ApiException e) {
            if (e.status() == 409 && e.violations().isEmpty()) {
                return "stored already: " + e.getMessage();
            }
            throw e;
        }
        return null;
    }

    /**
     * The record's PUT body with the patch merged in: its GET view as JSON (the read-only fields of a view are
     * accepted and ignored by a PUT body), merged, read as the body type.
     */
    private <T> T patched(Object view, JsonNode patch, Class<T> bodyType) throws IOException {
        JsonNode body = mapper.valueToTree(view);
        if (body instanceof ObjectNode object) {
            object.remove(List.of("citedBy", "career", "positions", "counts"));
        }
        return mapper.treeToValue(MergePatch.apply(body, patch), bodyType);
    }

    private boolean seeded() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(s) from SeedLoad s", Long.class).getSingleResult() > 0);
    }

    /** The ids of the corrections applied or skipped already. */
    private Set<String> recorded() {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>(
                em.createQuery("select c.id from SeedCorrection c", String.class).getResultList()));
    }

    /** What {@link #applyPending} answers for a correction another instance applied meanwhile. */
    private static final String ALREADY = "recorded by another instance";

    private void record(String id, Outcome outcome, String detail) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (em.find(SeedCorrection.class, id) == null) {
                    em.persist(row(id, outcome, detail));
                }
            });
        } catch (RuntimeException e) {
            LOG.debugf("seed correction %s was recorded by another instance meanwhile: %s", id, e.getMessage());
        }
    }

    private static SeedCorrection row(String id, Outcome outcome, String detail) {
        SeedCorrection row = new SeedCorrection();
        row.id = id;
        row.appliedAt = Instant.now();
        row.outcome = outcome.name();
        row.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000));
        return row;
    }

    private List<Correction> read(Path file) {
        try {
            CollectionType listType = mapper.getTypeFactory().constructCollectionType(List.class, Correction.class);
            return new ArrayList<>(mapper.readValue(file.toFile(), listType));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read seed corrections " + file + ": " + e.getMessage(), e);
        }
    }
}
