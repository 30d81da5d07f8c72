package org.personneltracker.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.personneltracker.common.SlugOrName;
import org.personneltracker.common.Violations;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyService;
import org.personneltracker.person.Person;
import org.personneltracker.person.PersonService;
import org.personneltracker.source.SourceLookup;
import org.personneltracker.source.SourceService;

/** The references of a single API write: each looked up when it is met. */
@ApplicationScoped
public class DirectReferences implements References {

    @Inject
    PersonService people;

    @Inject
    CompanyService companies;

    @Inject
    SourceService sources;

    @Override
    public Person person(SlugOrName ref, String field, Violations v) {
        return people.resolve(ref, field, v);
    }

    @Override
    public Company company(SlugOrName ref, String field, Violations v) {
        return companies.resolve(ref, field, v);
    }

    @Override
    public ContextEvent contextByKey(String key) {
        return ContextEvent.<ContextEvent>find("key", key).firstResult();
    }

    @Override
    public ContextEvent contextById(long id) {
        return ContextEvent.findById(id);
    }

    @Override
    public SourceLookup sources() {
        return sources.direct();
    }
}
