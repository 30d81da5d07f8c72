package org.personneltracker.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Keyset;
import org.personneltracker.common.MergeRequest;
import org.personneltracker.common.NamedRecords;
import org.personneltracker.common.Page;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Text;
import org.personneltracker.common.UrlNormalizer;
import org.personneltracker.common.Versions;
import org.personneltracker.common.Violations;
import org.personneltracker.history.AuditTrail;
import org.personneltracker.history.HistoryEntry;
import org.personneltracker.history.Restored;
import org.personneltracker.history.Revisions;

/** The one write path for people, and reference resolution for bodies that name them. */
@ApplicationScoped
public class PersonService {

    @Inject
    Validator validator;

    @Inject
    Keyset keyset;

    @Inject
    CareerSource careers;

    @Inject
    AuditTrail trail;

    @Inject
    Instance<PersonMerging> merging;

    private final NamedRecords<Person> records = new NamedRecords<>(Person.class, "person", "people");

    @Transactional
    public Page<PersonView> list(String q, int limit, String cursor) {
        return records.list(keyset, q, limit, cursor, "").map(p -> PersonView.from(p, null));
    }

    /** Where a page of {@link #list} (everyone, by name) starts, and the cursor of the page before it. */
    @Transactional
    public Keyset.Position position(int limit, String cursor) {
        return records.position(keyset, limit, cursor);
    }

    /** A person with their career and positions. */
    @Transactional
    public PersonView get(String slug) {
        Person p = find(slug);
        return PersonView.from(p, careers.careerOf(p));
    }

    public Person find(String slug) {
        return records.find(slug);
    }

    @Transactional
    public PersonView create(PersonRequest body) {
        return create(body, null);
    }

    /** Creates a person; {@code id} is given only when a deleted person is restored from their history. */
    private PersonView create(PersonRequest body, Long id) {
        validate(body);
        Person p = new Person();
        p.id = id;
        p.slug = records.newSlug(body.slug(), body.name(), "slug");
        apply(p, body);
        p.persist();
        return PersonView.from(p, CareerSource.Career.NONE);
    }

    @Transactional
    public PersonView update(String slug, PersonRequest body) {
        validate(body);
        Person p = find(slug);
        Versions.check(body.version(), p.version, "person '" + slug + "'");
        apply(p, body);
        Person.flush();
        return PersonView.from(p, careers.careerOf(p));
    }

    @Transactional
    public void delete(String slug) {
        Person p = find(slug);
        long n = careers.eventCount(p);
        if (n > 0) {
            throw ApiException.conflict("person '" + slug + "' is still referred to by " + n + " personnel events");
        }
        p.delete();
    }

    /**
     * Merges the person {@code slug} into {@code into}: the kept person takes the other's name and aliases as
     * aliases, their links, and their bio when they have none; every event naming them moves; the person merged
     * away is deleted and their address redirects. All of it is one revision of the history, noted as a merge.
     */
    @Transactional
    public PersonView merge(String slug, MergeRequest body) {
        Person from = find(slug);
        Person into = records.mergeTarget(from, body.checkedInto(slug));
        Revisions.note("merged person '" + from.slug + "' (" + from.name + ") into '" + into.slug + "'");
        records.absorbNames(into, from);
        for (String link : from.links) {
            if (!into.links.contains(link)) {
                into.links.add(link);
            }
        }
        if (into.bio == null) {
            into.bio = from.bio;
        }
        for (PersonMerging m : merging) {
            m.moveReferences(from, into);
        }
        records.retire(from, into);
        return PersonView.from(into, careers.careerOf(into));
    }

    /** Stored people whose name or an alias is close to {@code typed}, closest first (the typo guard). */
    @Transactional
    public List<NamedRecords.Similar> similar(String typed, int max) {
        return records.similar(typed, max);
    }

    /** Whether a typed name or slug names a stored record (false: saving it would create one). */
    @Transactional
    public boolean knows(String typed) {
        return typed != null && !typed.isBlank() && records.knows(typed);
    }

    /** Names to suggest while one is typed: close ones first, then those a word of which starts so. */
    @Transactional
    public List<NamedRecords.Similar> suggestions(String typed, int max) {
        return records.suggestions(typed, max);
    }

    // ---------------------------------------------------------------- history

    /** Every change of the person, oldest first (also of a deleted person, found by the slug). */
    @Transactional
    public List<HistoryEntry> history(String slug) {
        return trail.history(revisionsOf(idOf(slug), slug), PersonService::historyFields);
    }

    /**
     * Makes a revision of the person current again, as a new revision: through {@link #update}, or {@link #create}
     * with the old id when the person was deleted (a 409 when another person has the slug now).
     */
    @Transactional
    public Restored<PersonView> restore(String slug, long revision) {
        long id = idOf(slug);
        trail.refuseEarlierHolder(Person.class, "slug", slug, revision, id, "person");
        List<AuditTrail.State<Person>> revisions = revisionsOf(id, slug);
        Person old = trail.restorable(revisions, revision, "person '" + slug + "'").entity();
        Person current = Person.findById(old.id);
        if (current == null) {
            records.refuseMergedAway(revisions.stream().map(AuditTrail.State::entity).toList());
        }
        Revisions.note("restored revision " + revision);
        PersonRequest body = new PersonRequest(old.slug, old.name, old.aliasNames(), List.copyOf(old.links), old.bio,
                current == null ? null : current.version);
        if (current != null) {
            return new Restored<>(update(current.slug, body), false);
        }
        return new Restored<>(create(body, old.id), true);
    }

    /** The id of the person with this slug now, else of the last one that had it (deleted since); a 404 if none. */
    private long idOf(String slug) {
        Person p = records.bySlug(slug);
        return trail.idBySlug(Person.class, p == null ? null : p.id, slug, "person '" + slug + "'");
    }

    private List<AuditTrail.State<Person>> revisionsOf(long id, String slug) {
        return trail.revisionsOrNotFound(Person.class, id, "person '" + slug + "'");
    }

    /** A person as their history shows them: the fields of the JSON. */
    static Map<String, Object> historyFields(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", p.slug);
        m.put("name", p.name);
        m.put("aliases", p.aliasNames());
        m.put("links", List.copyOf(p.links));
        m.put("bio", p.bio);
        return m;
    }

    private void validate(PersonRequest body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    // ---------------------------------------------------------------- imports: the same rules, no look-ups

    /** Every rule of a body that needs no database: an import checks a whole file with it first. */
    public void check(PersonRequest body, Violations v) {
        if (!v.validate(validator, body)) {
            return;
        }
        if (body.slug() == null) {
            v.add("slug", "an imported person needs their slug: records are matched by it");
        } else if (!Slugs.isValid(body.slug())) {
            v.add("slug", "a slug has lower-case ASCII letters, digits and single dashes");
        }
        links(body, v);
    }

    /** Every problem of a body at once (the pages list them together): its fields and its links. */
    public List<org.personneltracker.common.Violation> problems(PersonRequest body) {
        Violations v = new Violations();
        v.validate(validator, body);
        links(body, v);
        return v.list();
    }

    /** Imports: a person built from a checked body, not stored. */
    public Person draft(PersonRequest body) {
        Person p = new Person();
        p.slug = body.slug();
        apply(p, body);
        return p;
    }

    /** Imports: a stored person takes a body's values, like a PUT. */
    public void overwrite(Person p, PersonRequest body) {
        apply(p, body);
    }

    private static List<String> links(PersonRequest body, Violations v) {
        List<String> links = body.links() == null ? List.of() : body.links();
        List<String> normalized = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            String url = v.tryParse("links[" + i + "]", links.get(i), UrlNormalizer::normalize);
            if (url != null && !normalized.contains(url)) {
                normalized.add(url);
            }
        }
        return normalized;
    }

    private void apply(Person p, PersonRequest body) {
        Violations v = new Violations();
        List<String> normalized = links(body, v);
        v.throwIfAny();
        p.setName(body.name());
        p.setAliases(body.aliases());
        p.links.clear();
        p.links.addAll(normalized);
        p.bio = Text.blankToNull(body.bio());
    }

    /** True when a person has this slug. */
    @Transactional
    public boolean exists(String slug) {
        return slug != null && records.slugTaken(slug);
    }

    /**
     * Resolves a reference in a body: a slug must exist; a name links to the single person with that name or
     * alias, creates one when none matches, and is refused when several do.
     */
    public Person resolve(SlugOrName ref, String field, Violations v) {
        return records.resolve(ref, field, v, Person::new);
    }

    public static URI location(String slug) {
        return URI.create("/api/people/" + slug);
    }
}
