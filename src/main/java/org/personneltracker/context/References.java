package org.personneltracker.context;

import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Violations;
import org.personneltracker.company.Company;
import org.personneltracker.person.Person;
import org.personneltracker.source.SourceLookup;

/**
 * How the write path finds the records a body refers to. A single API write looks each one up
 * ({@link DirectReferences}); an import resolves each slug and key once per file and loads what a chunk of records
 * cites in one query per kind, then hands the same write path this view of them. The rules (a slug must exist, a
 * name links to the one record with that name or alias or creates it, a key must exist) are the same either way.
 */
public interface References {

    /** The person a body names; null (with a violation recorded at {@code field}) when it cannot be resolved. */
    Person person(SlugOrName ref, String field, Violations v);

    /** The company a body names; null (with a violation recorded at {@code field}) when it cannot be resolved. */
    Company company(SlugOrName ref, String field, Violations v);

    /** The context event with this key, or null. */
    ContextEvent contextByKey(String key);

    /** The context event with this id, or null. */
    ContextEvent contextById(long id);

    SourceLookup sources();
}
