package org.personneltracker.company;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.personneltracker.common.Alias;
import org.personneltracker.common.NamedEntity;

/** An organisation people join and leave; Google DeepMind's parent is Alphabet. */
@Entity
@Audited
@Table(name = "company")
public class Company extends NamedEntity {

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
    protected List<Alias> aliases = new ArrayList<>();

    @Override
    protected List<Alias> aliasRows() {
        return aliases;
    }
}
