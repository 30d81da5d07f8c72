package org.personneltracker.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JPQL where-clause built from optional filters, with its named parameters. */
public final class Jpql {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    public Jpql and(String condition) {
        where.append(where.isEmpty() ? "" : " and ").append('(').append(condition).append(')');
        return this;
    }

    public Jpql and(String condition, String name, Object value) {
        params.put(name, value);
        return and(condition);
    }

    public Jpql param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public Jpql copy() {
        Jpql j = new Jpql();
        j.where.append(where);
        j.params.putAll(params);
        return j;
    }

    public String where() {
        return where.isEmpty() ? "" : " where " + where;
    }

    public <T> TypedQuery<T> query(EntityManager em, String head, String tail, Class<T> type) {
        TypedQuery<T> q = em.createQuery(head + where() + (tail == null ? "" : " " + tail), type);
        params.forEach(q::setParameter);
        return q;
    }

    /**
     * One statement of several queries joined by {@code union all}, each {@code (head where... tail)}, for lists
     * read from several index ranges at once. Parameters of the same name must have the same value in all of them.
     */
    public static <T> TypedQuery<T> unionAll(EntityManager em, List<String> heads, List<Jpql> wheres, List<String> tails,
            Class<T> type) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < heads.size(); i++) {
            Jpql w = wheres.get(i);
            String tail = tails.get(i);
            sql.append(i == 0 ? "(" : " union all (").append(heads.get(i)).append(w.where())
                    .append(tail == null ? "" : " " + tail).append(')');
            params.putAll(w.params);
        }
        TypedQuery<T> q = em.createQuery(sql.toString(), type);
        params.forEach(q::setParameter);
        return q;
    }

    /** "%text%" in lower case with LIKE wildcards escaped (use with {@code escape '\'}). */
    public static String contains(String text) {
        String lower = Alias.lower(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + lower + "%";
    }
}
