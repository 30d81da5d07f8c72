package org.personneltracker.source;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.personneltracker.common.RestorableId;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.PartialDateColumns;
import org.personneltracker.common.VersionedEntity;

/** An article, post, filing or press release that facts cite. */
@Entity
@Audited
@Table(name = "source")
public class Source extends VersionedEntity {

    @Id
    @RestorableId
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

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "published_start"))
    @AttributeOverride(name = "precision", column = @Column(name = "published_precision"))
    protected PartialDateColumns published;

    public Instant retrievedAt;


    public PartialDate publishedDate() {
        return PartialDateColumns.toPartialDate(published);
    }

    public void setPublishedDate(PartialDate date) {
        published = PartialDateColumns.of(date);
    }
}
