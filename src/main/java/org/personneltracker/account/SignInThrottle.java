package org.personneltracker.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Recent failed sign-ins of one account or one client address ({@link Throttle}). */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle extends PanacheEntityBase {

    @Id
    @Column(name = "throttle_key")
    public String key;

    public int failures;
    public Instant lastFailureAt;
    public Instant blockedUntil;
}
