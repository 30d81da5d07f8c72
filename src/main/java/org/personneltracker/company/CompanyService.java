package org.personneltracker.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.personneltracker.common.Alias;
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

/** The one write path for companies, and reference resolution for bodies that name them. */
@ApplicationScoped
public class CompanyService {

    @Inject
    Validator validator;

    @Inject
    Keyset keyset;

    @Inject
    CompanyActivity activity;

    @Inject
    AuditTrail trail;

    @Inject
    Instance<CompanyMerging> merging;

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
        return create(body, null);
    }

    /** Creates a company; {@code id} is given only when a deleted company is restored from its history. */
    private CompanyView create(CompanyRequest body, Long id) {
        validate(body);
        Company c = new Company();
        c.id = id;
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

    /**
     * Merges the company {@code slug} into {@code into}: the kept company takes the other's name and aliases as
     * aliases and fills its empty fields from it; every personnel event (as company, destination or origin),
     * context event and subsidiary moves; the company merged away is deleted and its address redirects. One
     * revision of the history, noted as a merge.
     */
    @Transactional
    public CompanyView merge(String slug, MergeRequest body) {
        Company from = find(slug);
        Company into = records.mergeTarget(from, body.checkedInto(slug));
        Revisions.note("merged company '" + from.slug + "' (" + from.name + ") into '" + into.slug + "'");
        records.absorbNames(into, from);
        if (into.website == null) {
            into.website = from.website;
        }
        if (into.description == null) {
            into.description = from.description;
        }
        if (into.foundedYear == null) {
            into.foundedYear = from.foundedYear;
        }
        if (into.headquarters == null) {
            into.headquarters = from.headquarters;
        }
        // the kept company under the one merged away takes that one's parent (never itself)
        if (into.parent != null && Objects.equals(into.parent.id, from.id)) {
            into.parent = from.parent != null && !Objects.equals(from.parent.id, into.id) ? from.parent : null;
        } else if (into.parent == null && from.parent != null && !Objects.equals(from.parent.id, into.id)
                && !isAncestor(into, from.parent)) {
            into.parent = from.parent;
        }
        for (Company child : Company.<Company>list("parent", from)) {
            if (!Objects.equals(child.id, into.id)) {
                child.parent = into;
            }
        }
        for (CompanyMerging m : merging) {
            m.moveReferences(from, into);
        }
        records.retire(from, into);
        return CompanyView.from(into, activity.counts(into));
    }

    /** Stored companies whose name or an alias is close to {@code typed}, closest first (the typo guard). */
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

    /** Every change of the company, oldest first (also of a deleted one, found by its slug). */
    @Transactional
    public List<HistoryEntry> history(String slug) {
        return trail.history(revisionsOf(idOf(slug), slug), CompanyService::historyFields);
    }

    /**
     * Makes a revision of the company current again, as a new revision: through {@link #update}, or {@link #create}
     * with its old id when it was deleted. A 409 when its slug is now another company's or its parent is gone.
     */
    @Transactional
    public Restored<CompanyView> restore(String slug, long revision) {
        long id = idOf(slug);
        trail.refuseEarlierHolder(Company.class, "slug", slug, revision, id, "company");
        List<AuditTrail.State<Company>> revisions = revisionsOf(id, slug);
        Company old = trail.restorable(revisions, revision, "company '" + slug + "'").entity();
        SlugOrName parent = null;
        if (old.parent != null) {
            Company p = Company.findById(old.parent.id);
            if (p == null) {
                throw ApiException.conflict("revision " + revision + " has a parent company that no longer exists");
            }
            parent = SlugOrName.ofSlug(p.slug);
        }
        Company current = Company.findById(old.id);
        if (current == null) {
            records.refuseMergedAway(revisions.stream().map(AuditTrail.State::entity).toList());
        }
        Revisions.note("restored revision " + revision);
        CompanyRequest body = new CompanyRequest(old.slug, old.name, old.aliasNames(), old.website, old.description,
                old.foundedYear, old.headquarters, parent, current == null ? null : current.version);
        if (current != null) {
            return new Restored<>(update(current.slug, body), false);
        }
        return new Restored<>(create(body, old.id), true);
    }

    /** The id of the company with this slug now, else of the last one that had it (deleted since); a 404 if none. */
    private long idOf(String slug) {
        Company c = records.bySlug(slug);
        return trail.idBySlug(Company.class, c == null ? null : c.id, slug, "company '" + slug + "'");
    }

    private List<AuditTrail.State<Company>> revisionsOf(long id, String slug) {
        return trail.revisionsOrNotFound(Company.class, id, "company '" + slug + "'");
    }

    /** A company as its history shows it: the fields of its JSON. */
    static Map<String, Object> historyFields(Company c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", c.slug);
        m.put("name", c.name);
        m.put("aliases", c.aliasNames());
        m.put("website", c.website);
        m.put("description", c.description);
        m.put("foundedYear", c.foundedYear);
        m.put("headquarters", c.headquarters);
        m.put("parent", c.parent == null ? null : c.parent.slug);
        return m;
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
        website(body, v);
        if (body.parent() != null && body.parent().bySlug() && body.parent().slug().equals(body.slug())) {
            v.add("parent", "a company cannot be its own parent");
        }
    }

    /** Every problem of a body at once that needs no look-up (the pages list them together): fields and website. */
    public List<org.personneltracker.common.Violation> problems(CompanyRequest body) {
        Violations v = new Violations();
        v.validate(validator, body);
        website(body, v);
        return v.list();
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
        c.website = website(body, null);
        c.description = Text.blankToNull(body.description());
        c.foundedYear = body.foundedYear();
        c.headquarters = Text.blankToNull(body.headquarters());
        c.parent = parent;
    }

    /**
     * The body's website: only web addresses, like sources (a javascript: or data: "website" would run in a reader's
     * browser). A bad one is added to {@code v}, or thrown as a 400 when {@code v} is null.
     */
    private static String website(CompanyRequest body, Violations v) {
        String website = Text.blankToNull(body.website());
        if (website != null) {
            Violations own = v == null ? new Violations() : v;
            own.tryParse("website", website, UrlNormalizer::normalize);
            if (v == null) {
                own.throwIfAny();
            }
        }
        return website;
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
