package org.personneltracker.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API token ({@link ApiTokens}). */
@Entity
@Table(name = "api_token")
public class ApiToken extends HeldSecret {

    public String name;

    /** admin, editor or viewer: at most the owner's role when created, and never more than the owner's now. */
    public String role;

    public Instant lastUsedAt;
}
