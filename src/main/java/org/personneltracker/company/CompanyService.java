package org.personneltracker.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.personneltracker.common.Alias;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Keyset;
import org.personneltracker.common.NamedRecords;
import org.personneltracker.common.Page;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Text;
import org.personneltracker.common.Versions;
import org.personneltracker.common.Violations;

/** The one write path for companies, and reference resolution for bodies that name them. */
@ApplicationScoped
public class CompanyService {

    @Inject
    Validator validator;

    @Inject
    Keyset keyset;

    @Inject
    CompanyActivity activity;

    private final NamedRecords<Company> records = new NamedRecords<>(Company.class, "company", "companies");

    @Transactional
    public Page<CompanyView> list(String q, int limit, String cursor) {
        return records.list(keyset, q, limit, cursor, "left join fetch x.parent").map(c -> CompanyView.from(c, null));
    }

    @Transactional
    public CompanyView get(String slug) {
        Company c = find(slug);
        return CompanyView.from(c, activity.counts(c));
    }

    public Company find(String slug) {
        return records.find(slug);
    }

    /**
     * The slug of the stored company a user typed: its slug, or a name or alias that matches exactly one company.
     * Empty when nothing (or more than one company) matches.
     */
    @Transactional
    public Optional<String> slugFor(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String t = typed.trim();
        if (records.slugTaken(t)) {
            return Optional.of(t);
        }
        List<Company> matches = records.byNameOrAlias(t);
        return matches.size() == 1 ? Optional.of(matches.get(0).slug) : Optional.empty();
    }

    @Transactional
    public CompanyView create(CompanyRequest body) {
        validate(body);
        Company c = new Company();
        Company parent = parent(c, body);
        // the slug is taken once the parent is settled: a parent created by name may take the name's slug first
        c.slug = records.newSlug(body.slug(), body.name(), "slug");
        apply(c, body, parent);
        c.persist();
        return CompanyView.from(c, activity.counts(c));
    }

    @Transactional
    public CompanyView update(String slug, CompanyRequest body) {
        validate(body);
        Company c = find(slug);
        Versions.check(body.version(), c.version, "company '" + slug + "'");
        apply(c, body, parent(c, body));
        Company.flush();
        return CompanyView.from(c, activity.counts(c));
    }

    @Transactional
    public void delete(String slug) {
        Company c = find(slug);
        CompanyActivity.Referrers referrers = activity.referrers(c);
        long children = Company.count("parent", c);
        if (referrers.personnelEvents() + referrers.contextEvents() + children > 0) {
            throw ApiException.conflict("company '" + slug + "' is still referred to by " + referrers.personnelEvents()
                    + " personnel events, " + referrers.contextEvents() + " context events and " + children
                    + " companies");
        }
        c.delete();
    }

    private void validate(CompanyRequest body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /**
     * The parent a body names, resolved (and created when a new name). A new parent by the company's own name is
     * refused: it would be the company itself.
     */
    private Company parent(Company c, CompanyRequest body) {
        SlugOrName ref = body.parent();
        if (ref == null) {
            return null;
        }
        if (!ref.bySlug() && namesItself(ref.name(), body) && records.byNameOrAlias(ref.name()).isEmpty()) {
            throw ApiException.badRequest("parent", "a company cannot be its own parent: name another company");
        }
        Violations v = new Violations();
        Company parent = resolve(ref, "parent", v);
        v.throwIfAny();
        return parent;
    }

    private static boolean namesItself(String name, CompanyRequest body) {
        String n = Alias.lower(name);
        return n.equals(Alias.lower(body.name()))
                || (body.aliases() != null && body.aliases().stream().anyMatch(a -> Alias.lower(a).equals(n)));
    }

    // ---------------------------------------------------------------- imports: the same rules, no look-ups

    /** Every rule of a body that needs no database: an import checks a whole file with it first. */
    public void check(CompanyRequest body, Violations v) {
        if (!v.validate(validator, body)) {
            return;
        }
        if (body.slug() == null) {
            v.add("slug", "an imported company needs its slug: records are matched by it");
        } else if (!Slugs.isValid(body.slug())) {
            v.add("slug", "a slug has lower-case ASCII letters, digits and single dashes");
        }
        if (body.parent() != null && body.parent().bySlug() && body.parent().slug().equals(body.slug())) {
            v.add("parent", "a company cannot be its own parent");
        }
    }

    /** Imports: a company built from a checked body and its resolved parent, not stored. */
    public Company draft(CompanyRequest body, Company parent) {
        Company c = new Company();
        c.slug = body.slug();
        apply(c, body, parent);
        return c;
    }

    /** Imports: a stored company takes a body's values, like a PUT. */
    public void overwrite(Company c, CompanyRequest body, Company parent) {
        apply(c, body, parent);
    }

    private void apply(Company c, CompanyRequest body, Company parent) {
        if (parent != null && (parent == c || (c.id != null && Objects.equals(parent.id, c.id)) || isAncestor(c, parent))) {
            throw ApiException.badRequest("parent", "a company cannot be its own parent or ancestor");
        }
        c.setName(body.name());
        c.setAliases(body.aliases());
        c.website = Text.blankToNull(body.website());
        c.description = Text.blankToNull(body.description());
        c.foundedYear = body.foundedYear();
        c.headquarters = Text.blankToNull(body.headquarters());
        c.parent = parent;
    }

    private static boolean isAncestor(Company c, Company candidate) {
        if (c.id == null) {
            return false;
        }
        for (Company p = candidate; p != null; p = p.parent) {
            if (Objects.equals(p.id, c.id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Resolves a reference in a body: a slug must exist; a name links to the single company with that name or
     * alias, creates one when none matches, and is refused when several do.
     */
    public Company resolve(SlugOrName ref, String field, Violations v) {
        return records.resolve(ref, field, v, Company::new);
    }

    public static URI location(String slug) {
        return URI.create("/api/companies/" + slug);
    }
}
