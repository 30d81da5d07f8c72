package org.personneltracker.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in browser ({@link Sessions}). */
@Entity
@Table(name = "user_session")
public class UserSession extends HeldSecret {

    public Instant lastSeenAt;
    public String clientAddress;
}
