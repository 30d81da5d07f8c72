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
            String into = MergedSlug.target(singular, slug);
            if (into != null) {
                throw new Moved(singular, slug, into);
            }
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

    /**
     * Whether a typed reference names a stored record: its slug, a merged slug, or a name or alias (even of several
     * records). False means saving it would create a record: what the forms' typo guard asks about first.
     */
    public boolean knows(String typed) {
        String t = typed.trim();
        return slugTaken(t) || MergedSlug.target(singular, t) != null || !byNameOrAlias(t).isEmpty();
    }

    /** The slug of a new record: the requested one (valid and free), else one derived from the name. */
    public String newSlug(String requested, String name, String field) {
        // a merged slug stays reserved for its redirect, except for the record coming back under it (a restore)
        if (requested != null && !slugTaken(requested)) {
            MergedSlug.forget(singular, requested);
        }
        return Slugs.allocate(requested, name, singular,
                s -> slugTaken(s) || MergedSlug.target(singular, s) != null, field);
    }

    /**
     * The record a body refers to, created from {@code blank} (with slug, name and aliases set) when a name matches
     * nothing. Records violations instead of throwing, so a body's problems come back together; answers null then.
     */
    public T resolve(SlugOrName ref, String field, Violations v, Supplier<T> blank) {
        if (ref.bySlug()) {
            T found = bySlug(ref.slug());
            if (found == null) {
                // a merged slug in a body refers to the record it was merged into
                String into = MergedSlug.target(singular, ref.slug());
                found = into == null ? null : bySlug(into);
            }
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

    /** Where the page of {@link #list} after {@code cursor} starts, and the cursor of the page before it. */
    public Keyset.Position position(Keyset keyset, int limit, String cursor) {
        return keyset.position(em(), order, new Jpql(), cursor, "select count(x) from " + entity() + " x",
                "select x from " + entity() + " x", type, limit, x -> List.of(x.nameLower, x.id));
    }

    /** A stored record close to a typed name; {@code alias} is the alias that matched (null: the name did). */
    public record Similar(String slug, String name, String alias, int distance) {
    }

    /**
     * Stored records whose name or an alias is close to {@code typed} ({@link NameSimilarity}), closest first, at
     * most {@code max}: what "did you mean" and the suggestions offer. Names are compared in memory, one statement
     * for names and one for aliases.
     */
    public List<Similar> similar(String typed, int max) {
        return close(typed, max, false);
    }

    /** What to suggest while a name is typed: the close names of {@link #similar}, then names a word of which starts so. */
    public List<Similar> suggestions(String typed, int max) {
        return close(typed, max, true);
    }

    private List<Similar> close(String typed, int max, boolean starts) {
        if (typed == null || NameSimilarity.fold(typed).isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Similar> best = new java.util.LinkedHashMap<>();
        for (Object[] row : em().createQuery("select x.slug, x.name from " + entity() + " x", Object[].class)
                .getResultList()) {
            consider(best, typed, (String) row[0], (String) row[1], null, (String) row[1], starts);
        }
        for (Object[] row : em().createQuery("select x.slug, x.name, a.alias from " + entity() + " x join x.aliases a",
                Object[].class).getResultList()) {
            consider(best, typed, (String) row[0], (String) row[1], (String) row[2], (String) row[2], starts);
        }
        return best.values().stream()
                .sorted(java.util.Comparator.comparingInt(Similar::distance).thenComparing(Similar::name))
                .limit(max).toList();
    }

    private static void consider(java.util.Map<String, Similar> best, String typed, String slug, String name,
            String alias, String compared, boolean starts) {
        int d = NameSimilarity.distance(typed, compared);
        if (d < 0 && starts && startsAWord(compared, typed)) {
            d = 5;
        }
        if (d < 0 && slug.equals(typed.trim())) {
            d = 0;
        }
        if (d >= 0) {
            Similar old = best.get(slug);
            if (old == null || d < old.distance()) {
                best.put(slug, new Similar(slug, name, alias, d));
            }
        }
    }

    private static boolean startsAWord(String name, String typed) {
        String t = NameSimilarity.fold(typed);
        for (String word : name.split("[\\s\\-]+")) {
            if (NameSimilarity.fold(word).startsWith(t) || NameSimilarity.fold(name).startsWith(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A merge's names: the record kept takes the other's name and aliases as its aliases (its own name and repeats
     * left out, case ignored).
     */
    public void absorbNames(T into, T from) {
        List<String> aliases = new java.util.ArrayList<>(into.aliasNames());
        List<String> candidates = new java.util.ArrayList<>();
        candidates.add(from.name);
        candidates.addAll(from.aliasNames());
        for (String c : candidates) {
            String lower = Alias.lower(c);
            if (!lower.equals(into.nameLower) && aliases.stream().noneMatch(a -> Alias.lower(a).equals(lower))) {
                aliases.add(c);
            }
        }
        into.setAliases(aliases);
    }

    /**
     * The record a merge keeps: the one with slug {@code into} (or the record a merged {@code into} leads to). A 400
     * on {@code into} when there is none, or when it is {@code from} itself.
     */
    public T mergeTarget(T from, String into) {
        T found = bySlug(into);
        if (found == null) {
            String moved = MergedSlug.target(singular, into);
            found = moved == null ? null : bySlug(moved);
        }
        if (found == null) {
            throw ApiException.badRequest("into", "no " + singular + " has the slug '" + into + "'");
        }
        if (found == from) {
            throw ApiException.badRequest("into", "'" + into + "' was merged into this " + singular + " already");
        }
        return found;
    }

    /**
     * A restore would re-create a record merged into another ({@code states}: the record after each revision of its
     * history, null after its deletion; the last slug it had is the one merged away): a 409. The merge moved its events and names to the record kept and its history does not say which of the kept
     * record's were its own, so bringing back the record alone would leave it empty and both records claiming its
     * name. There is no "unmerge": the message says what can be done instead. Does nothing for a record not merged.
     */
    public void refuseMergedAway(List<T> states) {
        String lastSlug = null;
        for (T state : states) {
            if (state != null) {
                lastSlug = state.slug;
            }
        }
        String into = lastSlug == null ? null : MergedSlug.target(singular, lastSlug);
        if (into != null) {
            throw ApiException.conflict(singular + " '" + lastSlug + "' was merged into '" + into + "', which took its"
                    + " events and names: restoring it would bring back an empty " + singular + " and leave them with '"
                    + into + "'. A merge cannot be undone (there is no unmerge): edit '" + into + "' instead, or create"
                    + " a new " + singular + " and move the events that are theirs by editing them.");
        }
    }

    /**
     * The end of a merge, once every reference has moved: the record merged away is deleted (its history keeps it)
     * and its slug redirects to the kept record's.
     */
    public void retire(T from, T into) {
        em().flush();
        String old = from.slug;
        em().remove(from);
        MergedSlug.record(singular, old, into.slug);
        em().flush();
    }
}
