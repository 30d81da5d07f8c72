package org.personneltracker.common;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * A record reached by a slug and found by its name or aliases: a company or a person. The name is kept with its
 * lower-case form so look-ups and the list order use an index. Each subclass keeps its aliases in its own table
 * (a non-public {@code aliases} element collection, so no generated accessor hides {@link #setAliases}) and hands
 * them over through {@link #aliasRows()}.
 *
 * <p>Audited (history): a subclass's own fields are recorded with these.
 */
@Audited
@MappedSuperclass
public abstract class NamedEntity extends VersionedEntity {

    @Id
    @RestorableId
    public Long id;

    public String slug;
    public String name;
    public String nameLower;


    /** The stored alias rows (the subclass's element collection). */
    protected abstract List<Alias> aliasRows();

    public List<String> aliasNames() {
        return aliasRows().stream().map(a -> a.alias).toList();
    }

    public void setName(String name) {
        this.name = name.trim();
        this.nameLower = Alias.lower(name);
    }

    /** Replaces the aliases: trimmed, blanks and repeats dropped, order kept. */
    public void setAliases(List<String> names) {
        List<Alias> rows = aliasRows();
        rows.clear();
        if (names != null) {
            names.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().map(Alias::new).forEach(rows::add);
        }
    }
}
