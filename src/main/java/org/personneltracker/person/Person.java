package org.personneltracker.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.personneltracker.common.Alias;

@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    public String nameLower;
    public String bio;

    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Alias> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_link", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> links = new ArrayList<>();

    @Version
    public int version;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    public List<String> aliasNames() {
        return aliases.stream().map(a -> a.alias).toList();
    }

    public void setName(String name) {
        this.name = name.trim();
        this.nameLower = Alias.lower(name);
    }

    public void setAliases(List<String> names) {
        aliases.clear();
        if (names != null) {
            names.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().map(Alias::new).forEach(aliases::add);
        }
    }
}
