package org.personneltracker.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.personneltracker.common.Alias;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Slugs;
import org.personneltracker.common.Violation;
import org.personneltracker.common.Violations;
import org.personneltracker.company.CompanyRequest;
import org.personneltracker.context.ContextRequest;
import org.personneltracker.event.ContextKeyOrId;
import org.personneltracker.event.EventRequest;
import org.personneltracker.person.PersonRequest;
import org.personneltracker.source.SourceInput;

/** Pass 1 of an import ({@link ImportService}): every record read and checked; it holds the errors. */
final class ImportChecker {
    private final ImportService importer;

    private record Pos(long line, String field) {
    }

    ImportChecker(ImportService importer) {
        this.importer = importer;
    }

    final List<ImportError> errors = new ArrayList<>();
    long errorCount;
    long records;
    final Set<String> companySlugs = new HashSet<>();
    final Set<String> personSlugs = new HashSet<>();
    final Set<String> contextKeys = new HashSet<>();
    final Map<String, Set<String>> companyNames = new HashMap<>();
    final Map<String, Set<String>> personNames = new HashMap<>();
    final KeyHashes eventKeys = new KeyHashes();
    final KeyHashes sourceKeys = new KeyHashes();
    final Map<String, List<Pos>> pendingCompanies = new LinkedHashMap<>();
    final Map<String, List<Pos>> pendingPeople = new LinkedHashMap<>();
    final Map<String, List<Pos>> pendingContexts = new LinkedHashMap<>();
    final Map<String, List<Pos>> pendingCompanyNames = new LinkedHashMap<>();
    final Map<String, List<Pos>> pendingPersonNames = new LinkedHashMap<>();

    void error(long line, String field, String message) {
        errorCount++;
        if (errors.size() < ImportService.MAX_ERRORS) {
            errors.add(new ImportError(line, field, message));
        }
    }

    void check(ImportItem item) {
        records++;
        if (item.error() != null) {
            error(item.line(), item.error().field(), item.error().message());
            return;
        }
        Violations v = new Violations();
        if (Lines.EVENT.equals(item.kind())) {
            Lines.takeRetraction(item.body(), v);
        }
        List<ImportError> mapping = new ArrayList<>(1);
        Object body = importer.read(item, ImportService.typeOf(item.kind()), mapping);
        if (body == null) {
            mapping.forEach(e -> error(e.line(), e.field(), e.message()));
            return;
        }
        long line = item.line();
        switch (item.kind()) {
            case Lines.COMPANY -> company((CompanyRequest) body, v, line);
            case Lines.PERSON -> person((PersonRequest) body, v, line);
            case Lines.SOURCE -> source((SourceInput) body, v, line);
            case Lines.CONTEXT_EVENT -> context((ContextRequest) body, v, line);
            default -> event((EventRequest) body, v, line);
        }
        for (Violation x : v.list()) {
            error(line, x.field(), x.message());
        }
    }

    void company(CompanyRequest c, Violations v, long line) {
        importer.companies.check(c, v);
        if (c.parent() != null) {
            ref(true, c.parent(), "parent", line, v);
        }
        if (v.isEmpty() && !companySlugs.add(c.slug())) {
            v.add("slug", "the company '" + c.slug() + "' is given twice in this file");
        }
        names(companyNames, c.slug(), c.name(), c.aliases());
    }

    void person(PersonRequest p, Violations v, long line) {
        importer.people.check(p, v);
        if (v.isEmpty() && !personSlugs.add(p.slug())) {
            v.add("slug", "the person '" + p.slug() + "' is given twice in this file");
        }
        names(personNames, p.slug(), p.name(), p.aliases());
    }

    void names(Map<String, Set<String>> names, String slug, String name, List<String> aliases) {
        if (slug == null || name == null || name.isBlank()) {
            return;
        }
        names.computeIfAbsent(Alias.lower(name), k -> new HashSet<>()).add(slug);
        if (aliases != null) {
            aliases.stream().filter(a -> a != null && !a.isBlank())
                    .forEach(a -> names.computeIfAbsent(Alias.lower(a), k -> new HashSet<>()).add(slug));
        }
    }

    void source(SourceInput s, Violations v, long line) {
        if (s.quote() != null || s.stance() != null) {
            v.add(s.quote() != null ? "quote" : "stance",
                    "a quote or stance belongs to a fact's citation of the source, not to the source record");
        }
        String key = importer.sources.check(s, "", v);
        if (key != null && !sourceKeys.add(key)) {
            v.add("url", "this source is given twice in this file");
        }
    }

    void context(ContextRequest c, Violations v, long line) {
        importer.contexts.check(c, v);
        if (!v.isEmpty()) {
            return;
        }
        ref(true, c.company(), "company", line, v);
        String key = c.key();
        if (key == null && c.company().bySlug()) {
            key = Slugs.key(c.company().slug(), PartialDate.parse(c.date()), c.type(), Slugs.slugify(c.title()));
        }
        if (key != null && !contextKeys.add(key)) {
            v.add("key", "another context event of this file has the key '" + key + "'");
        }
    }

    void event(EventRequest e, Violations v, long line) {
        importer.events.check(e, v);
        if (!v.isEmpty()) {
            return;
        }
        ref(false, e.person(), "person", line, v);
        ref(true, e.company(), "company", line, v);
        if (e.destination() != null) {
            ref(true, e.destination(), "destination", line, v);
        }
        if (e.origin() != null) {
            ref(true, e.origin(), "origin", line, v);
        }
        if (e.context() != null) {
            for (int i = 0; i < e.context().size(); i++) {
                ContextKeyOrId c = e.context().get(i);
                if (c.key() == null) {
                    v.add("context[" + i + "]", "an import refers to context events by key");
                } else if (!contextKeys.contains(c.key())) {
                    pending(pendingContexts, c.key(), line, "context[" + i + "]");
                }
            }
        }
        String key = e.key();
        if (key == null && e.person().bySlug() && e.company().bySlug()) {
            key = Slugs.key(e.company().slug(), PartialDate.parse(e.date()), e.type(), e.person().slug());
        }
        if (key != null && !eventKeys.add(key)) {
            v.add("key", "another event of this file has the key '" + key + "'"
                    + (e.key() == null ? " (derived from company, date, type and person: give each its own key)" : ""));
        }
    }

    /** A reference to a company or a person: defined earlier in the file, stored, or (by name) to be created. */
    void ref(boolean company, SlugOrName ref, String field, long line, Violations v) {
        Set<String> defined = company ? companySlugs : personSlugs;
        if (ref.bySlug()) {
            if (!Slugs.isValid(ref.slug())) {
                v.add(field, "'" + ref.slug() + "' is not a slug");
            } else if (defined.contains(ref.slug())) {
                return;
            } else if (ref.name() != null) {
                // a slug with a name (CSV): created with them when missing
                defined.add(ref.slug());
                names(company ? companyNames : personNames, ref.slug(), ref.name(), List.of());
            } else {
                pending(company ? pendingCompanies : pendingPeople, ref.slug(), line, field);
            }
            return;
        }
        if (ref.name().length() > 300) {
            v.add(field + ".name", "size must be between 0 and 300");
            return;
        }
        pending(company ? pendingCompanyNames : pendingPersonNames, Alias.lower(ref.name()), line, field);
    }

    void pending(Map<String, List<Pos>> pending, String key, long line, String field) {
        List<Pos> at = pending.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (at.size() < ImportService.MAX_ERRORS) {
            at.add(new Pos(line, field));
        }
    }

    /** Looks up, in batches, the slugs and keys that were not defined earlier in the file. */
    void resolvePending() {
        missing(pendingCompanies, "select c.slug from Company c where c.slug in :k",
                k -> "no company has the slug '" + k + "' (in the database or on an earlier line)");
        missing(pendingPeople, "select p.slug from Person p where p.slug in :k",
                k -> "no person has the slug '" + k + "' (in the database or on an earlier line)");
        missing(pendingContexts, "select c.key from ContextEvent c where c.key in :k",
                k -> "no context event has the key '" + k + "' (in the database or on an earlier line)");
        ambiguous(pendingCompanyNames, companyNames, "Company", "companies");
        ambiguous(pendingPersonNames, personNames, "Person", "people");
    }

    void missing(Map<String, List<Pos>> pending, String query, java.util.function.Function<String, String> message) {
        List<String> keys = new ArrayList<>(pending.keySet());
        for (int i = 0; i < keys.size(); i += ImportService.BATCH) {
            List<String> batch = keys.subList(i, Math.min(keys.size(), i + ImportService.BATCH));
            Set<String> found = new HashSet<>(importer.em.createQuery(query, String.class).setParameter("k", batch)
                    .getResultList());
            for (String k : batch) {
                if (!found.contains(k)) {
                    pending.get(k).forEach(p -> error(p.line(), p.field(), message.apply(k)));
                }
            }
        }
    }

    /** A name that matches several records (stored or in the file) is refused, as the API refuses it. */
    void ambiguous(Map<String, List<Pos>> pending, Map<String, Set<String>> inFile, String entity, String plural) {
        List<String> names = new ArrayList<>(pending.keySet());
        for (int i = 0; i < names.size(); i += ImportService.BATCH) {
            List<String> batch = names.subList(i, Math.min(names.size(), i + ImportService.BATCH));
            Map<String, Set<String>> matches = new HashMap<>();
            for (Object[] row : importer.em.createQuery("select x.nameLower, x.slug from " + entity
                    + " x where x.nameLower in :n", Object[].class).setParameter("n", batch).getResultList()) {
                matches.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
            }
            for (Object[] row : importer.em.createQuery("select a.aliasLower, x.slug from " + entity
                    + " x join x.aliases a where a.aliasLower in :n", Object[].class).setParameter("n", batch)
                    .getResultList()) {
                matches.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
            }
            for (String n : batch) {
                Set<String> slugs = new HashSet<>(matches.getOrDefault(n, Set.of()));
                slugs.addAll(inFile.getOrDefault(n, Set.of()));
                if (slugs.size() > 1) {
                    pending.get(n).forEach(p -> error(p.line(), p.field(), "several " + plural + " are called '"
                            + n + "' (" + String.join(", ", slugs.stream().sorted().toList()) + "): refer to one by slug"));
                }
            }
        }
    }
}
