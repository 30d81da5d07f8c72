package org.personneltracker.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored state of a background import (see {@link ImportJobs}). */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum State { CHECKING, WRITING, DONE, FAILED }

    @Id
    public String id;

    public String state;
    public String format;
    public long lines;
    public long processed;
    public String counts;
    public String errors;
    public long errorCount;
    public String createdBy;

    /** The history revision the job's created records are recorded under (a bulk import's). */
    public Long revision;

    /** Rows of this job may be in the database that must be removed (it is writing, or failed while writing). */
    public boolean cleanup;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
