package org.personneltracker.source;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Keeps the text of sources as read (HTML is reduced to the article's text) and checks quotes against it.
 * Runs inside the caller's transaction (the services that own the write).
 */
@ApplicationScoped
public class SnapshotService {

    @Inject
    EntityManager em;

    @Inject
    @All
    List<CitingFacts> citingFacts;

    /** A snapshot as GET /api/sources/{id}/snapshot shows it. */
    public record SnapshotView(long sourceId, String url, String sha256, int length, SourceSnapshot.Format format,
            Instant retrievedAt, String text) {
    }

    /**
     * Stores the article text of a source unless the same text (same SHA-256) is its latest snapshot already, then
     * re-checks the quotes of every citation of the source (by any kind of fact). Answers the snapshot, or null when there was no text.
     */
    public SourceSnapshot store(Source source, String text, String html, Instant retrievedAt) {
        SourceSnapshot.Format format = html != null && !html.isBlank() ? SourceSnapshot.Format.HTML
                : SourceSnapshot.Format.TEXT;
        String body = format == SourceSnapshot.Format.HTML ? HtmlReducer.reduce(html, source.url).text() : text;
        if (body == null || body.isBlank()) {
            return null;
        }
        body = body.strip();
        String sha = sha256(body);
        SourceSnapshot latest = latest(source);
        if (latest != null && latest.sha256.equals(sha)) {
            return latest;
        }
        SourceSnapshot s = new SourceSnapshot();
        s.source = source;
        s.text = body;
        s.sha256 = sha;
        s.textLength = body.length();
        s.format = format;
        s.retrievedAt = retrievedAt != null ? retrievedAt : Instant.now();
        s.persist();
        if (source.retrievedAt == null || source.retrievedAt.isBefore(s.retrievedAt)) {
            source.retrievedAt = s.retrievedAt;
        }
        for (CitingFacts facts : citingFacts) {
            for (Citation c : facts.citationsOf(source)) {
                if (c.quote != null) {
                    c.quoteVerified = QuoteMatcher.occursIn(c.quote, body);
                }
            }
        }
        return s;
    }

    public SourceSnapshot latest(Source source) {
        if (source.id == null) {
            return null;
        }
        List<SourceSnapshot> rows = em.createQuery("select s from SourceSnapshot s where s.source = :s order by s.id desc",
                SourceSnapshot.class).setParameter("s", source).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Null when unknown (no quote, or no snapshot to check against); else whether the quote occurs. */
    public Boolean verify(String quote, Source source) {
        if (quote == null || quote.isBlank()) {
            return null;
        }
        SourceSnapshot s = latest(source);
        return s == null ? null : QuoteMatcher.occursIn(quote, s.text);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
