package org.personneltracker.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.envers.Audited;

/**
 * A signed-in user; the password is a bcrypt hash (quarkus-security-jpa verifies it). The history records the
 * user name and role of every change (fields marked {@code @Audited}); never the password hash, and a field added
 * later stays out of the history unless it is marked too (and given a column in {@code app_user_aud}).
 */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Audited
    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated: an admin holds admin,editor,viewer; an editor editor,viewer. */
    @Audited
    @Roles
    public String roles;

    @Version
    public int version;

    @CreationTimestamp
    public Instant createdAt;
}
