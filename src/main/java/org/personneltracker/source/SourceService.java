package org.personneltracker.source;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Keyset;
import org.personneltracker.common.Page;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.Text;
import org.personneltracker.common.UrlNormalizer;
import org.personneltracker.common.Versions;
import org.personneltracker.common.Violations;
import org.personneltracker.history.AuditTrail;
import org.personneltracker.history.HistoryEntry;
import org.personneltracker.history.Restored;
import org.personneltracker.history.Revisions;

/** Sources: normalization, de-duplication and the citation links that refer to them. */
@ApplicationScoped
public class SourceService {

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    SnapshotService snapshots;

    @Inject
    Keyset keyset;

    @Inject
    AuditTrail trail;

    /** The kinds of facts that cite sources (personnel events, context events). */
    @Inject
    @All
    List<CitingFacts> citingFacts;

    private static final Keyset.Order ORDER = Keyset.Order.descending("sources", Keyset.Key.id("s.id"));

    /** What identifies a source: its normalized URL, or its title, publisher and date when it has none. */
    record Identity(String url, String dedupKey) {
    }

    /** Checks a source of a body; answers null (with violations recorded) when it cannot be identified. */
    Identity identify(SourceInput in, String field, Violations v) {
        if (in.url() != null && !in.url().isBlank()) {
            try {
                String url = UrlNormalizer.normalize(in.url());
                return new Identity(url, url);
            } catch (IllegalArgumentException e) {
                v.add(at(field, "url"), e.getMessage());
                return null;
            }
        }
        if (isBlank(in.title()) || isBlank(in.publisher())) {
            v.add(at(field, "url"), "a source needs a url, or a title and a publisher when it has no address");
            return null;
        }
        String date = in.publishedDate() == null ? "" : in.publishedDate().trim();
        String key = (in.title().trim() + "|" + in.publisher().trim() + "|" + date).toLowerCase(Locale.ROOT);
        return new Identity(null, key.length() > 1200 ? key.substring(0, 1200) : key);
    }

    /**
     * The stored source a body's source refers to, created when new. A source that matches a stored one keeps
     * the stored title and publisher. Records violations instead of throwing, so a body's errors come together.
     */
    public Source resolve(SourceInput in, String field, Violations v) {
        return resolve(in, field, v, direct());
    }

    /** {@link #resolve(SourceInput, String, Violations)} with stored sources found through {@code lookup}. */
    public Source resolve(SourceInput in, String field, Violations v, SourceLookup lookup) {
        Identity id = identify(in, field, v);
        PartialDate published = v.date(at(field, "publishedDate"), in.publishedDate());
        Instant retrieved = retrievedAt(in, field, v);
        if (id == null) {
            return null;
        }
        Source s = lookup.byDedupKey(id.dedupKey());
        if (s == null) {
            s = new Source();
            s.url = id.url();
            s.dedupKey = id.dedupKey();
            fill(s, in, published, retrieved);
            s.persist();
            lookup.created(s);
        }
        if (in.text() != null || in.html() != null) {
            snapshots.store(s, in.text(), in.html(), retrieved);
        }
        return s;
    }

    /**
     * The identity of a body's source ({@code dedupKey}), with its violations recorded (url, dates): every rule of
     * {@link #resolve} that needs no database, for checking an import before anything is written. Null when invalid.
     */
    public String check(SourceInput in, String field, Violations v) {
        Identity id = identify(in, field, v);
        v.date(at(field, "publishedDate"), in.publishedDate());
        retrievedAt(in, field, v);
        return id == null ? null : id.dedupKey();
    }

    /** Imports: a source built from a checked source record, not stored (compared with the stored one first). */
    public Source draft(SourceInput in) {
        Violations v = new Violations();
        Identity id = identify(in, "", v);
        PartialDate published = v.date("publishedDate", in.publishedDate());
        Instant retrieved = retrievedAt(in, "", v);
        v.throwIfAny();
        Source s = new Source();
        s.url = id.url();
        s.dedupKey = id.dedupKey();
        fill(s, in, published, retrieved);
        return s;
    }

    /** Imports: stores a drafted source with the article text the record carries (its snapshot). */
    public void store(Source draft, SourceInput in) {
        draft.persist();
        if (in.text() != null || in.html() != null) {
            snapshots.store(draft, in.text(), in.html(), draft.retrievedAt);
        }
    }

    /** Imports: a stored source takes a source record's values, like a PUT; new article text becomes a snapshot. */
    public void overwrite(Source s, SourceInput in) {
        Violations v = new Violations();
        PartialDate published = v.date("publishedDate", in.publishedDate());
        Instant retrieved = retrievedAt(in, "", v);
        v.throwIfAny();
        fill(s, in, published, retrieved);
        if (in.text() != null || in.html() != null) {
            snapshots.store(s, in.text(), in.html(), retrieved);
        }
    }

    private final SourceLookup direct = new SourceLookup() {
        @Override
        public Source byDedupKey(String dedupKey) {
            return Source.find("dedupKey", dedupKey).firstResult();
        }

        @Override
        public Boolean verify(String quote, Source source) {
            return snapshots.verify(quote, source);
        }
    };

    /** One query per source: what a single API write uses. */
    public SourceLookup direct() {
        return direct;
    }

    private static void fill(Source s, SourceInput in, PartialDate published, Instant retrieved) {
        s.title = Text.blankToNull(in.title());
        s.publisher = Text.blankToNull(in.publisher());
        s.author = Text.blankToNull(in.author());
        s.tier = in.tier();
        s.setPublishedDate(published);
        s.retrievedAt = retrieved;
    }

    private static Instant retrievedAt(SourceInput in, String field, Violations v) {
        if (in.retrievedAt() == null) {
            return null;
        }
        try {
            return Instant.parse(in.retrievedAt());
        } catch (DateTimeParseException e) {
            v.add(at(field, "retrievedAt"), "expected an ISO 8601 instant such as 2026-02-10T09:30:00Z");
            return null;
        }
    }

    @Transactional
    public Page<SourceView> list(String url, int limit, String cursor) {
        Jpql j = new Jpql();
        if (url != null) {
            String normalized;
            try {
                normalized = UrlNormalizer.normalize(url);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("url", e.getMessage());
            }
            j.and("s.url = :url", "url", normalized);
        }
        long total = j.query(em, "select count(s) from Source s", null, Long.class).getSingleResult();
        Keyset.Slice<Source> slice = keyset.slice(em, ORDER, j, cursor, "select s from Source s", Source.class, limit,
                s -> List.of(s.id));
        return new Page<>(slice.rows().stream().map(s -> SourceView.from(s, null)).toList(), slice.next(), total);
    }

    /** The id of the source with this address (normalized first); null when there is none or it is not one. */
    @Transactional
    public Long idOfUrl(String url) {
        try {
            Source s = Source.find("url", UrlNormalizer.normalize(url)).firstResult();
            return s == null ? null : s.id;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Transactional
    public SourceView get(long id) {
        Source s = find(id);
        return SourceView.from(s, SourceView.CitedBy.of(citationsOf(s).stream().map(Citation::citingFact).toList()));
    }

    /** Every citation of the source, by every kind of fact. */
    private List<Citation> citationsOf(Source s) {
        List<Citation> all = new ArrayList<>();
        citingFacts.forEach(facts -> all.addAll(facts.citationsOf(s)));
        return all;
    }

    public Source find(long id) {
        Source s = Source.findById(id);
        if (s == null) {
            throw ApiException.notFound("source " + id);
        }
        return s;
    }

    @Transactional
    public SourceView create(SourceInput in) {
        return create(in, null);
    }

    /** Creates a source; {@code id} is given only when a deleted source is restored from its history. */
    private SourceView create(SourceInput in, Long sourceId) {
        validate(in);
        refuseCitationFields(in);
        Violations v = new Violations();
        Identity id = identify(in, "", v);
        PartialDate published = v.date("publishedDate", in.publishedDate());
        Instant retrieved = retrievedAt(in, "", v);
        v.throwIfAny();
        Source existing = Source.find("dedupKey", id.dedupKey()).firstResult();
        if (existing != null) {
            throw ApiException.conflict("this source is stored already as source " + existing.id, location(existing.id));
        }
        Source s = new Source();
        s.id = sourceId;
        s.url = id.url();
        s.dedupKey = id.dedupKey();
        fill(s, in, published, retrieved);
        s.persist();
        snapshots.store(s, in.text(), in.html(), retrieved);
        return SourceView.from(s, null);
    }

    @Transactional
    public SourceView update(long sourceId, SourceInput in) {
        Integer version = in.version();
        validate(in);
        Source s = find(sourceId);
        Versions.check(version, s.version, "source " + sourceId);
        refuseCitationFields(in);
        Violations v = new Violations();
        Identity id = identify(in, "", v);
        PartialDate published = v.date("publishedDate", in.publishedDate());
        Instant retrieved = retrievedAt(in, "", v);
        v.throwIfAny();
        Source clash = Source.find("dedupKey = ?1 and id <> ?2", id.dedupKey(), s.id).firstResult();
        if (clash != null) {
            throw ApiException.conflict("another source has this address: source " + clash.id, location(clash.id));
        }
        s.url = id.url();
        s.dedupKey = id.dedupKey();
        fill(s, in, published, retrieved);
        snapshots.store(s, in.text(), in.html(), retrieved);
        Source.flush();
        return SourceView.from(s, null);
    }

    @Transactional
    public void delete(long id) {
        Source s = find(id);
        long cited = citationsOf(s).size();
        if (cited > 0) {
            throw ApiException.conflict("source " + id + " is still cited " + cited + " times");
        }
        s.delete();
    }

    // ---------------------------------------------------------------- history

    /** Every change of the source, oldest first (a deleted source's too). */
    @Transactional
    public List<HistoryEntry> history(long id) {
        return trail.history(revisionsOf(id), SourceService::historyFields);
    }

    /**
     * Makes a revision of the source current again, as a new revision: through {@link #update}, or {@link #create}
     * with its old id when it was deleted (a 409 when another source has its address now).
     */
    @Transactional
    public Restored<SourceView> restore(long id, long revision) {
        Source old = trail.restorable(revisionsOf(id), revision, "source " + id).entity();
        Revisions.note("restored revision " + revision);
        Source current = Source.findById(id);
        SourceInput body = asInput(old, null, null, current == null ? null : current.version);
        if (current != null) {
            return new Restored<>(update(id, body), false);
        }
        return new Restored<>(create(body, id), true);
    }

    /** A source as a write body gives it (with a citation's quote and stance, when given). */
    public static SourceInput asInput(Source s, String quote, Stance stance, Integer version) {
        return new SourceInput(s.url, s.title, s.publisher, s.author, s.tier,
                s.publishedDate() == null ? null : s.publishedDate().toString(),
                s.retrievedAt == null ? null : s.retrievedAt.toString(), quote, stance, null, null, version);
    }

    private List<AuditTrail.State<Source>> revisionsOf(long id) {
        return trail.revisionsOrNotFound(Source.class, id, "source " + id);
    }

    /** A source as its history shows it: the fields of its JSON. */
    static Map<String, Object> historyFields(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", s.url);
        m.put("title", s.title);
        m.put("publisher", s.publisher);
        m.put("author", s.author);
        m.put("tier", s.tier == null ? null : s.tier.name());
        m.put("publishedDate", s.publishedDate() == null ? null : s.publishedDate().toString());
        m.put("retrievedAt", s.retrievedAt == null ? null : s.retrievedAt.toString());
        return m;
    }

    private static void refuseCitationFields(SourceInput in) {
        if (in.quote() != null) {
            throw ApiException.badRequest("quote", "a quote belongs to an event's citation of the source, not to the source");
        }
        if (in.stance() != null) {
            throw ApiException.badRequest("stance", "a stance belongs to an event's citation of the source, not to the source");
        }
    }

    /** The latest snapshot of a source (editors only: the text is the publisher's). */
    @Transactional
    public SnapshotService.SnapshotView snapshot(long id) {
        Source s = find(id);
        SourceSnapshot snap = snapshots.latest(s);
        if (snap == null) {
            throw ApiException.notFound("a snapshot of source " + id);
        }
        return new SnapshotService.SnapshotView(s.id, s.url, snap.sha256, snap.textLength, snap.format,
                snap.retrievedAt, snap.text);
    }

    private void validate(SourceInput in) {
        var violations = validator.validate(in);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    public static URI location(long id) {
        return URI.create("/api/sources/" + id);
    }

    /** The JSON path of a source's field: {@code sources[0].url} in an event body, plain {@code url} on its own. */
    private static String at(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
