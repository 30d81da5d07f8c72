package org.personneltracker.context;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.personneltracker.company.Company;
import org.personneltracker.company.CompanyMerging;

/** A company merged into another takes its launches, funding rounds and headcounts along (each change audited). */
@ApplicationScoped
public class ContextMerging implements CompanyMerging {

    @Override
    public long moveReferences(Company from, Company into) {
        List<ContextEvent> rows = ContextEvent.list("company", from);
        rows.forEach(c -> c.company = into);
        return rows.size();
    }
}
