package org.personneltracker.context;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.personneltracker.common.RestorableId;
import org.personneltracker.common.DatedEntity;
import org.personneltracker.company.Company;

/** What else happened at a company: launches, funding rounds, headcounts... */
@Entity
@Audited
@Table(name = "context_event")
public class ContextEvent extends DatedEntity {

    @Id
    @RestorableId
    public Long id;

    @Column(name = "event_key", nullable = false)
    public String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    public Company company;

    @Enumerated(EnumType.STRING)
    public ContextType type;

    public String title;
    public String description;
    public Long amount;
    public String currency;
    public Long valuation;

    @Column(name = "round_name")
    public String round;

    @Enumerated(EnumType.STRING)
    public FundingStatus status;

    /** Replaced on every PUT, which bumps the version itself: changes here do not bump it again. */
    @OneToMany(mappedBy = "context", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @OptimisticLock(excluded = true)
    public List<ContextCitation> sources = new ArrayList<>();

}
