package org.personneltracker.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.envers.Audited;

/**
 * A user who signs in; the password is a bcrypt hash ({@link SignIns} checks it). The history records the
 * user name and role of every change (fields marked {@code @Audited}); never the password hash, and a field added
 * later stays out of the history unless it is marked too (and given a column in {@code app_user_aud}).
 */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Audited
    public String username;

    /** The user name in lower case: unique, so "ADMIN" and "admin" are one user, and sign-in ignores case. */
    @Column(name = "username_key")
    public String usernameKey;

    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated: an admin holds admin,editor,viewer; an editor editor,viewer. */
    @Audited
    public String roles;

    @Version
    public int version;

    @CreationTimestamp
    public Instant createdAt;

    /** The top role (admin, editor or viewer). */
    public String role() {
        return roles.split(",")[0];
    }

    public static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
