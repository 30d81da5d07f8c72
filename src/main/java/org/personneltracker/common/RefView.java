package org.personneltracker.common;

import org.personneltracker.company.Company;
import org.personneltracker.person.Person;

/** A person or company as other resources show it. */
public record RefView(String slug, String name) {

    public static RefView of(Company c) {
        return c == null ? null : new RefView(c.slug, c.name);
    }

    public static RefView of(Person p) {
        return p == null ? null : new RefView(p.slug, p.name);
    }
}
