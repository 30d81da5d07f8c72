package org.personneltracker.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.VersionedEntity;

/**
 * Reads the history Envers keeps: the revisions of one record, the record as it was at a revision, and the
 * changes between consecutive states. Each feature says how its record looks in the API ({@code fields}: a flat map
 * of JSON names to values, {@code role.title}, {@code sources}), so one mechanism serves companies, people, sources,
 * context events and personnel events alike. Callers run inside a transaction (relations at a revision load lazily).
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    /** The record as it was after one of its revisions: null after a deletion. */
    public record State<E>(E entity, Revision revision, RevisionType type) {
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    /** Every revision of the record with this id, oldest first; a 404 naming {@code what} when it has none. */
    public <E> List<State<E>> revisionsOrNotFound(Class<E> type, long id, String what) {
        List<State<E>> revisions = revisions(type, id);
        if (revisions.isEmpty()) {
            throw ApiException.notFound(what);
        }
        return revisions;
    }

    /**
     * The id of the record with this slug now ({@code currentId}, when there is one), else of the last record that
     * had it and was deleted since; a 404 naming {@code what} when no record ever had it.
     */
    public long idBySlug(Class<?> type, Long currentId, String slug, String what) {
        Long id = currentId != null ? currentId : lastIdWith(type, "slug", slug);
        if (id == null) {
            throw ApiException.notFound(what);
        }
        return id;
    }

    /** Every revision of one record, oldest first. */
    @SuppressWarnings("unchecked")
    public <E> List<State<E>> revisions(Class<E> type, Object id) {
        List<Object[]> rows = reader().createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<State<E>> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            RevisionType rt = (RevisionType) row[2];
            out.add(new State<>(rt == RevisionType.DEL ? null : (E) row[0], (Revision) row[1], rt));
        }
        return out;
    }

    /**
     * Every change of one record, oldest first: its creation, each revision that changed what the API shows, and
     * its deletion. {@code fields} gives the record's API fields at a revision.
     */
    public <E extends VersionedEntity> List<HistoryEntry> history(List<State<E>> revisions,
            Function<E, Map<String, Object>> fields) {
        List<HistoryEntry> out = new ArrayList<>();
        Map<String, Object> before = Map.of();
        for (State<E> s : revisions) {
            Map<String, Object> after = s.entity() == null ? Map.of() : fields.apply(s.entity());
            Map<String, HistoryEntry.Change> changes = diff(before, after);
            HistoryEntry.Action action = switch (s.type()) {
                case ADD -> HistoryEntry.Action.CREATE;
                case MOD -> HistoryEntry.Action.UPDATE;
                case DEL -> HistoryEntry.Action.DELETE;
            };
            if (action != HistoryEntry.Action.UPDATE || !changes.isEmpty()) {
                Revision r = s.revision();
                out.add(new HistoryEntry(r.id, r.at, r.username, action,
                        s.entity() == null ? null : s.entity().version, r.note, changes));
            }
            before = after;
        }
        return out;
    }

    /**
     * The record as it was after {@code revision}, to be made current again: a 404 when the revision is not one of
     * the record's, a 409 when it is the one that deleted it (nothing to restore from it).
     */
    public <E> State<E> restorable(List<State<E>> revisions, long revision, String what) {
        for (State<E> s : revisions) {
            if (s.revision().id == revision) {
                if (s.entity() == null) {
                    throw ApiException.conflict("revision " + revision + " deleted " + what
                            + ": restore a revision from before the deletion");
                }
                return s;
            }
        }
        throw ApiException.notFound("revision " + revision + " of " + what);
    }

    /**
     * For records found by a unique property (a slug): the revision the caller wants to restore, when it is one of
     * an earlier record that had the value and was deleted since, its place taken: a 409 (restoring it would give
     * two records one slug). Does nothing otherwise.
     */
    public void refuseEarlierHolder(Class<?> type, String property, Object value, long revision, Object currentId,
            String what) {
        List<?> ids = reader().createQuery().forRevisionsOfEntity(type, true, true)
                .add(AuditEntity.revisionNumber().eq(revision))
                .add(AuditEntity.property(property).eq(value))
                .addProjection(AuditEntity.id())
                .getResultList();
        if (!ids.isEmpty() && !ids.get(0).equals(currentId)) {
            throw ApiException.conflict("revision " + revision + " is of an earlier " + what
                    + ", deleted since: restoring it would give two records the " + property + " '" + value + "'");
        }
    }

    /** The id of the latest record of a type whose {@code property} had this value (a deleted record's, too). */
    public Long lastIdWith(Class<?> type, String property, Object value) {
        List<?> ids = reader().createQuery().forRevisionsOfEntity(type, true, true)
                .add(AuditEntity.property(property).eq(value))
                .addProjection(AuditEntity.id())
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** The fields whose values differ, in the order of {@code after} then {@code before}; empty lists count as null. */
    public static Map<String, HistoryEntry.Change> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        Map<String, HistoryEntry.Change> out = new LinkedHashMap<>();
        for (String k : keys) {
            Object from = blankToNull(before.get(k));
            Object to = blankToNull(after.get(k));
            if (!Objects.equals(from, to)) {
                out.put(k, new HistoryEntry.Change(from, to));
            }
        }
        return out;
    }

    private static Object blankToNull(Object v) {
        if (v instanceof Collection<?> c && c.isEmpty()) {
            return null;
        }
        if (v instanceof String s && s.isEmpty()) {
            return null;
        }
        return v;
    }
}
