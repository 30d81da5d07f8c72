package org.personneltracker.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A record users edit: optimistic locking (a PUT carries the {@code version} it read, a stale one is a 409) and
 * the times it was created and last changed. The history records the version of every revision (every
 * acknowledged write bumps it, so each is a revision of the record); the times are the revisions' own.
 */
@Audited
@MappedSuperclass
@EntityListeners(DataVersion.class)
public abstract class VersionedEntity extends PanacheEntityBase {

    @Version
    public int version;

    @CreationTimestamp
    @NotAudited
    public Instant createdAt;

    @UpdateTimestamp
    @NotAudited
    public Instant updatedAt;
}
