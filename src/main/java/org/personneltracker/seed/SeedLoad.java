package org.personneltracker.seed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A recorded seed load. */
@Entity
@Table(name = "seed_load")
public class SeedLoad extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant loadedAt;
    public int companies;
    public int people;
    public int events;
    public int contextEvents;
}
