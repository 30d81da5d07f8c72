package org.personneltracker.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.personneltracker.common.DatePrecision;
import org.personneltracker.common.PartialDate;

/** An article, post, filing or press release that facts cite. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Normalized http(s) URL, or null for a source without an address. */
    public String url;

    /** Normalized URL, or "title|publisher|date" in lower case: unique. */
    public String dedupKey;

    public String title;
    public String publisher;
    public String author;

    @Enumerated(EnumType.STRING)
    public SourceTier tier;

    public LocalDate publishedStart;

    @Enumerated(EnumType.STRING)
    public DatePrecision publishedPrecision;

    public Instant retrievedAt;

    @Version
    public int version;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    public PartialDate publishedDate() {
        return publishedStart == null ? null : PartialDate.of(publishedStart, publishedPrecision);
    }

    public void setPublishedDate(PartialDate date) {
        publishedStart = date == null ? null : date.start();
        publishedPrecision = date == null ? null : date.precision();
    }
}
