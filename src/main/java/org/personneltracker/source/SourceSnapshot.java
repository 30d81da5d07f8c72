package org.personneltracker.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** The text of a source as it was read, with its SHA-256: evidence that survives link rot. */
@Entity
@Table(name = "source_snapshot")
public class SourceSnapshot extends PanacheEntityBase {

    public enum Format { TEXT, HTML }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    public String text;
    public String sha256;
    public int textLength;

    @Enumerated(EnumType.STRING)
    public Format format;

    public Instant retrievedAt;

    @CreationTimestamp
    public Instant createdAt;
}
