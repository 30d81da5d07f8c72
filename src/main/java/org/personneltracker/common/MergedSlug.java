package org.personneltracker.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The slug of a person or company merged into another, and the slug of the record kept: the old address redirects
 * there. Merging the kept record again later moves its earlier redirects along, so a chain never forms.
 */
@Entity
@Table(name = "merged_slug")
@IdClass(MergedSlug.Key.class)
public class MergedSlug extends PanacheEntityBase {

    @Id
    public String kind;

    @Id
    public String slug;

    @Column(name = "into_slug")
    public String intoSlug;

    public Instant mergedAt;

    public static class Key implements Serializable {
        public String kind;
        public String slug;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(kind, k.kind) && Objects.equals(slug, k.slug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, slug);
        }
    }

    /** Where a merged slug leads now; null when the slug was never merged. */
    public static String target(String kind, String slug) {
        List<MergedSlug> rows = find("kind = ?1 and slug = ?2", kind, slug).list();
        return rows.isEmpty() ? null : rows.get(0).intoSlug;
    }

    /** Records that {@code slug} now lives at {@code into}, and moves the redirects that led to {@code slug}. */
    public static void record(String kind, String slug, String into) {
        update("intoSlug = ?1 where kind = ?2 and intoSlug = ?3", into, kind, slug);
        delete("kind = ?1 and slug = ?2", kind, slug);
        MergedSlug m = new MergedSlug();
        m.kind = kind;
        m.slug = slug;
        m.intoSlug = into;
        m.mergedAt = Instant.now();
        m.persist();
    }

    /** A record that takes the slug again (a restore) ends its redirect. */
    public static void forget(String kind, String slug) {
        delete("kind = ?1 and slug = ?2", kind, slug);
    }
}
