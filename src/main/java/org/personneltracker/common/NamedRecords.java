package org.personneltracker.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Supplier;

/**
 * What companies and people share as named records: look-up by slug (a 404 when unknown), by name or alias, a free
 * slug for a new record, the resolution of a {@link SlugOrName} in a body, and the searchable list in name order.
 *
 * <p>Resolution: a slug must exist; a name links to the one stored record with that name or alias, is refused when
 * several match, and creates the record when none does.
 */
public final class NamedRecords<T extends NamedEntity> {

    private final Class<T> type;
    private final String singular;
    private final String plural;
    private final Keyset.Order order;

    /** {@code singular} names the kind in messages and is the prefix of fallback slugs ({@code person-3}). */
    public NamedRecords(Class<T> type, String singular, String plural) {
        this.type = type;
        this.singular = singular;
        this.plural = plural;
        this.order = Keyset.Order.ascending(plural, Keyset.Key.text("x.nameLower"), Keyset.Key.id("x.id"));
    }

    private EntityManager em() {
        return Panache.getEntityManager(type);
    }

    private String entity() {
        return type.getSimpleName();
    }

    /** The record with this slug; a 404 when there is none. */
    public T find(String slug) {
        T found = bySlug(slug);
        if (found == null) {
            throw ApiException.notFound(singular + " '" + slug + "'");
        }
        return found;
    }

    public T bySlug(String slug) {
        List<T> rows = em().createQuery("select x from " + entity() + " x where x.slug = :s", type)
                .setParameter("s", slug).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public boolean slugTaken(String slug) {
        return em().createQuery("select count(x) from " + entity() + " x where x.slug = :s", Long.class)
                .setParameter("s", slug).getSingleResult() > 0;
    }

    /** Records whose name or one of whose aliases is {@code name}, ignoring case. */
    public List<T> byNameOrAlias(String name) {
        return em().createQuery("select distinct x from " + entity() + " x left join x.aliases a"
                + " where x.nameLower = :n or a.aliasLower = :n", type).setParameter("n", Alias.lower(name)).getResultList();
    }

    /** The slug of a new record: the requested one (valid and free), else one derived from the name. */
    public String newSlug(String requested, String name, String field) {
        return Slugs.allocate(requested, name, singular, this::slugTaken, field);
    }

    /**
     * The record a body refers to, created from {@code blank} (with slug, name and aliases set) when a name matches
     * nothing. Records violations instead of throwing, so a body's problems come back together; answers null then.
     */
    public T resolve(SlugOrName ref, String field, Violations v, Supplier<T> blank) {
        if (ref.bySlug()) {
            T found = bySlug(ref.slug());
            if (found == null) {
                v.add(field, "no " + singular + " has the slug '" + ref.slug() + "'");
            }
            return found;
        }
        List<T> matches = byNameOrAlias(ref.name());
        if (matches.isEmpty()) {
            // a new record by name: wait for any other write creating one by name to commit, then look again, so
            // two writes naming the same new person at once make one person (V7_1's app_lock rows)
            em().createNativeQuery("SELECT name FROM app_lock WHERE name = :n FOR UPDATE")
                    .setParameter("n", "new-" + singular + "-by-name").getResultList();
            matches = byNameOrAlias(ref.name());
        }
        if (matches.size() > 1) {
            v.add(field, "several " + plural + " are called '" + ref.name() + "' ("
                    + String.join(", ", matches.stream().map(x -> x.slug).toList()) + "): refer to one by slug");
            return null;
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (ref.name().length() > 300) {
            v.add(field + ".name", "size must be between 0 and 300");
            return null;
        }
        T created = blank.get();
        created.slug = newSlug(null, ref.name(), field);
        created.setName(ref.name());
        created.setAliases(ref.aliases());
        created.persist();
        return created;
    }

    /**
     * A page of the records in name order; {@code q} matches names and aliases (substring, ignoring case).
     * {@code joins} is added to the page query ({@code left join fetch x.parent}).
     */
    public Page<T> list(Keyset keyset, String q, int limit, String cursor, String joins) {
        Jpql where = new Jpql();
        if (q != null && !q.isBlank()) {
            where.and("x.nameLower like :q escape '\\' or exists (select 1 from " + entity() + " x2 join x2.aliases a"
                    + " where x2 = x and a.aliasLower like :q escape '\\')", "q", Jpql.contains(q));
        }
        long total = where.query(em(), "select count(x) from " + entity() + " x", null, Long.class).getSingleResult();
        Keyset.Slice<T> slice = keyset.slice(em(), order, where, cursor, "select x from " + entity() + " x " + joins,
                type, limit, x -> List.of(x.nameLower, x.id));
        return new Page<>(slice.rows(), slice.next(), total);
    }
}
