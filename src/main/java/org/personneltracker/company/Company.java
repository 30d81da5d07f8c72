package org.personneltracker.company;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
@Table(name = "company")
public class Company extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    public String nameLower;
    public String website;
    public String description;
    public Integer foundedYear;
    public String headquarters;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Company parent;

    @ElementCollection
    @CollectionTable(name = "company_alias", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "position")
    public List<Alias> aliases = new ArrayList<>();

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
