package org.personneltracker.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import org.personneltracker.common.Alias;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Cursors;
import org.personneltracker.common.Jpql;
import org.personneltracker.common.Page;
import org.personneltracker.common.Ref;
import org.personneltracker.common.References;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Versions;
import org.personneltracker.common.Violations;
import org.personneltracker.event.EventService;
import org.personneltracker.event.EventView;
import org.personneltracker.event.PersonnelEvent;
import org.personneltracker.source.UrlNormalizer;

/** The one write path for people, and reference resolution for bodies that name them. */
@ApplicationScoped
public class PersonService {

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    EventService events;

    @Transactional
    public Page<PersonView> list(String q, int limit, String cursor) {
        Jpql j = new Jpql();
        if (q != null && !q.isBlank()) {
            j.and("p.nameLower like :q escape '\\' or exists (select 1 from Person p2 join p2.aliases a"
                    + " where p2 = p and a.aliasLower like :q escape '\\')", "q", Jpql.contains(q));
        }
        long total = j.query(em, "select count(p) from Person p", null, Long.class).getSingleResult();
        Jpql page = j.copy();
        if (cursor != null) {
            List<String> parts = Cursors.decode(cursor, "people", 2);
            long id;
            try {
                id = Long.parseLong(parts.get(1));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("cursor", "this cursor was not issued by this server for this list");
            }
            page.and("p.nameLower > :cn or (p.nameLower = :cn and p.id > :ci)", "cn", parts.get(0)).param("ci", id);
        }
        List<Person> rows = page.query(em, "select p from Person p", "order by p.nameLower, p.id", Person.class)
                .setMaxResults(limit + 1).getResultList();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Person last = rows.get(limit - 1);
            next = Cursors.encode("people", List.of(last.nameLower, last.id.toString()));
        }
        return new Page<>(rows.stream().map(p -> PersonView.from(p, null, null)).toList(), next, total);
    }

    @Transactional
    public PersonView get(String slug) {
        Person p = find(slug);
        List<EventView> career = events.careerOf(p);
        return PersonView.from(p, career, Positions.derive(career));
    }

    public Person find(String slug) {
        Person p = Person.find("slug", slug).firstResult();
        if (p == null) {
            throw ApiException.notFound("person '" + slug + "'");
        }
        return p;
    }

    @Transactional
    public PersonView create(PersonRequest body) {
        validate(body);
        Person p = new Person();
        p.slug = Slugs.allocate(body.slug(), body.name(), "person", this::slugTaken, "slug");
        apply(p, body);
        p.persist();
        return PersonView.from(p, List.of(), List.of());
    }

    @Transactional
    public PersonView update(String slug, PersonRequest body) {
        validate(body);
        Person p = find(slug);
        Versions.check(body.version(), p.version, "person '" + slug + "'");
        apply(p, body);
        Person.flush();
        List<EventView> career = events.careerOf(p);
        return PersonView.from(p, career, Positions.derive(career));
    }

    @Transactional
    public void delete(String slug) {
        Person p = find(slug);
        long n = PersonnelEvent.count("person", p);
        if (n > 0) {
            throw ApiException.conflict("person '" + slug + "' is still referred to by " + n + " personnel events");
        }
        p.delete();
    }

    private void validate(PersonRequest body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private void apply(Person p, PersonRequest body) {
        Violations v = new Violations();
        List<String> links = body.links() == null ? List.of() : body.links();
        List<String> normalized = new java.util.ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            String url = v.tryParse("links[" + i + "]", links.get(i), UrlNormalizer::normalize);
            if (url != null && !normalized.contains(url)) {
                normalized.add(url);
            }
        }
        v.throwIfAny();
        p.setName(body.name());
        p.setAliases(body.aliases());
        p.links.clear();
        p.links.addAll(normalized);
        p.bio = body.bio() == null || body.bio().isBlank() ? null : body.bio().trim();
    }

    /** True when a person has this slug. */
    @Transactional
    public boolean exists(String slug) {
        return slug != null && slugTaken(slug);
    }

    boolean slugTaken(String slug) {
        return Person.count("slug", slug) > 0;
    }

    /**
     * Resolves a reference in a body: a slug must exist; a name links to the single person with that name or
     * alias, creates one when none matches, and is refused when several do.
     */
    public Person resolve(Ref ref, String field, Violations v) {
        return References.resolve(ref, field, v, kind);
    }

    private final References.Kind<Person> kind = new References.Kind<>("person", "people",
            slug -> Person.<Person>find("slug", slug).firstResult(), this::byNameOrAlias, x -> x.slug, (ref, field) -> {
                Person p = new Person();
                p.slug = Slugs.allocate(null, ref.name(), "person", this::slugTaken, field);
                p.setName(ref.name());
                p.setAliases(ref.aliases());
                p.persist();
                return p;
            });

    public List<Person> byNameOrAlias(String name) {
        return Person.find("select distinct p from Person p left join p.aliases a"
                + " where p.nameLower = ?1 or a.aliasLower = ?1", Alias.lower(name)).list();
    }

    public static URI location(String slug) {
        return URI.create("/api/people/" + slug);
    }
}
