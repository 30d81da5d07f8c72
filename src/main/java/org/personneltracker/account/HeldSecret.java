package org.personneltracker.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What an API token and a browser session share: a user's secret, stored only as its SHA-256, valid from its
 * creation until it expires or is revoked.
 */
@MappedSuperclass
public abstract class HeldSecret extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** SHA-256 of the secret; the secret itself is never stored (a token's is shown once, when it is created). */
    @Column(name = "secret_hash")
    public String secretHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    public Instant createdAt;
    public Instant expiresAt;
    public Instant revokedAt;
}
