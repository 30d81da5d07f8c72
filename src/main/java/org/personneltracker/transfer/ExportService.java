package org.personneltracker.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.personneltracker.common.Retractions;
import org.personneltracker.company.Company;
import org.personneltracker.context.ContextCitation;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.event.EventCitation;
import org.personneltracker.event.EventService;
import org.personneltracker.event.PersonnelEvent;
import org.personneltracker.person.Person;
import org.personneltracker.source.Source;

/**
 * Writes the whole dataset as JSON Lines ({@link Lines}), in an order where every reference points to a record
 * already written: companies (a parent before its children, then by slug), people, sources (by address), context
 * events and personnel events (by key). The order follows the data, not the database's ids, so an export imported
 * into an empty database exports the same lines. Records are read {@value #CHUNK} at a time (keyset on the slug or
 * key, the chunk's citations and context links in one query each) and the session is cleared after each chunk,
 * so memory stays flat whatever the size. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ExportService {

    static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** What was written, by kind. */
    public record Counts(long companies, long people, long sources, long contextEvents, long events) {
    }

    public Counts write(Writer out) {
        try {
            return new Counts(companies(out), people(out), sources(out), contexts(out), events(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(Writer out, ObjectNode node) throws IOException {
        out.write(mapper.writeValueAsString(node));
        out.write('\n');
    }

    /** Companies are few: all at once, ordered by the depth of their parent chain, then slug. */
    private long companies(Writer out) throws IOException {
        List<Company> all = em.createQuery("select c from Company c left join fetch c.parent", Company.class)
                .getResultList();
        Map<Long, Company> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id, c));
        Map<Long, Integer> depth = new HashMap<>();
        for (Company c : all) {
            int d = 0;
            for (Company p = c.parent; p != null && d <= all.size(); p = byId.get(p.id).parent) {
                d++;
            }
            depth.put(c.id, d);
        }
        List<Company> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparingInt((Company c) -> depth.get(c.id)).thenComparing(c -> c.slug));
        for (Company c : ordered) {
            line(out, Lines.company(c, c.parent == null ? null : c.parent.slug));
        }
        em.clear();
        return ordered.size();
    }

    private long people(Writer out) throws IOException {
        return chunks(out, "select p from Person p where p.slug > :last order by p.slug", Person.class,
                p -> p.slug, rows -> {
                    List<ObjectNode> lines = new ArrayList<>();
                    rows.forEach(p -> lines.add(Lines.person(p)));
                    return lines;
                });
    }

    private long sources(Writer out) throws IOException {
        return chunks(out, "select s from Source s where s.dedupKey > :last order by s.dedupKey", Source.class,
                s -> s.dedupKey, rows -> {
                    Map<Long, String> snapshots = new HashMap<>();
                    for (Object[] row : em.createQuery("select ss.source.id, ss.text from SourceSnapshot ss"
                            + " where ss.source.id in :ids and ss.id = (select max(s2.id) from SourceSnapshot s2"
                            + " where s2.source = ss.source)", Object[].class)
                            .setParameter("ids", rows.stream().map(s -> s.id).toList()).getResultList()) {
                        snapshots.put((Long) row[0], (String) row[1]);
                    }
                    List<ObjectNode> lines = new ArrayList<>();
                    rows.forEach(s -> lines.add(Lines.source(s, snapshots.get(s.id))));
                    return lines;
                });
    }

    private long contexts(Writer out) throws IOException {
        return chunks(out, "select c from ContextEvent c join fetch c.company where c.key > :last order by c.key",
                ContextEvent.class, c -> c.key, rows -> {
                    Map<Long, List<ContextCitation>> cites = new HashMap<>();
                    for (ContextCitation cc : em.createQuery("select cc from ContextCitation cc join fetch cc.source"
                            + " where cc.context.id in :ids order by cc.position", ContextCitation.class)
                            .setParameter("ids", rows.stream().map(c -> c.id).toList()).getResultList()) {
                        cites.computeIfAbsent(cc.context.id, k -> new ArrayList<>()).add(cc);
                    }
                    List<ObjectNode> lines = new ArrayList<>();
                    rows.forEach(c -> lines.add(Lines.contextEvent(c, c.company.slug, cites.getOrDefault(c.id,
                            List.of()))));
                    return lines;
                });
    }

    /** Retracted events too, each with its retraction, so that an import of the export brings them back as they were. */
    private long events(Writer out) {
        return Retractions.included(() -> {
            try {
                return standingAndRetractedEvents(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private long standingAndRetractedEvents(Writer out) throws IOException {
        return chunks(out, EventService.SELECT_WITH_REFERENCES + " where e.key > :last order by e.key",
                PersonnelEvent.class, e -> e.key, rows -> {
                    List<Long> ids = rows.stream().map(e -> e.id).toList();
                    Map<Long, List<EventCitation>> cites = new HashMap<>();
                    for (EventCitation ec : em.createQuery("select ec from EventCitation ec join fetch ec.source"
                            + " where ec.event.id in :ids order by ec.position", EventCitation.class)
                            .setParameter("ids", ids).getResultList()) {
                        cites.computeIfAbsent(ec.event.id, k -> new ArrayList<>()).add(ec);
                    }
                    Map<Long, List<String>> context = new HashMap<>();
                    for (Object[] row : em.createQuery("select e.id, c.key from PersonnelEvent e join e.context c"
                            + " where e.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
                        context.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
                    }
                    List<ObjectNode> lines = new ArrayList<>();
                    for (PersonnelEvent e : rows) {
                        lines.add(Lines.event(e, e.person.slug, e.company.slug,
                                e.destination == null ? null : e.destination.slug,
                                e.origin == null ? null : e.origin.slug, cites.getOrDefault(e.id, List.of()),
                                context.getOrDefault(e.id, List.of())));
                    }
                    return lines;
                });
    }

    /** Pages through a table by a unique text column, writing each chunk's lines and clearing the session. */
    private <T> long chunks(Writer out, String query, Class<T> type, Function<T, String> key,
            Function<List<T>, List<ObjectNode>> render) throws IOException {
        long n = 0;
        String last = "";
        while (true) {
            List<T> rows = em.createQuery(query, type).setParameter("last", last).setMaxResults(CHUNK).getResultList();
            if (rows.isEmpty()) {
                return n;
            }
            for (ObjectNode node : render.apply(rows)) {
                line(out, node);
            }
            n += rows.size();
            last = key.apply(rows.get(rows.size() - 1));
            em.clear();
        }
    }
}
