package org.personneltracker.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.personneltracker.common.Alias;
import org.personneltracker.common.NamedEntity;

/** Someone whose moves are tracked; aliases de-duplicate ("Mrinank Sharma" = "M. Sharma"). */
@Entity
@Audited
@Table(name = "person")
public class Person extends NamedEntity {

    public String bio;

    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    protected List<Alias> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_link", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> links = new ArrayList<>();

    @Override
    protected List<Alias> aliasRows() {
        return aliases;
    }
}
