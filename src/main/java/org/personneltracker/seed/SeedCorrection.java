package org.personneltracker.seed;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A seed correction applied (or skipped) on this database, so later starts leave it alone. */
@Entity
@Table(name = "seed_correction")
public class SeedCorrection {

    @Id
    public String id;

    public Instant appliedAt;

    /** APPLIED, or SKIPPED when its record was gone or already stored. */
    public String outcome;

    public String detail;
}
