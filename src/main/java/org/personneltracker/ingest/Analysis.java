package org.personneltracker.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An article read on /ingest, kept for a while with the candidates logged from it (see {@link Analyses}). */
@Entity
@Table(name = "ingest_analysis")
public class Analysis extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public String input;

    public String result;

    public String logged;
}
