package org.personneltracker.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change set (one transaction): when, by whom, and optionally why. Envers writes one row per
 * transaction that touched an audited record, and every audit row ({@code *_aud}) points at it.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionStamp.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    @Column(name = "at", nullable = false)
    public Instant at;

    /** The signed-in user (form, Basic or token), or "seed", "seed-review", "system" for the app's own writes. */
    @Column(name = "username", nullable = false)
    public String username;

    /** Why, when the writer said so: "restored revision 12", the reason of a seed correction. */
    @Column(name = "note")
    public String note;
}
