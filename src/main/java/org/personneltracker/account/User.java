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

/** A signed-in user; the password is a bcrypt hash (quarkus-security-jpa verifies it). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated: an admin holds admin,editor,viewer; an editor editor,viewer. */
    @Roles
    public String roles;

    @Version
    public int version;

    @CreationTimestamp
    public Instant createdAt;
}
