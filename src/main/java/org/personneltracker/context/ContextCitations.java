package org.personneltracker.context;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.personneltracker.source.CitingFacts;
import org.personneltracker.source.Source;

/** Tells the source feature which context events cite a source. */
@ApplicationScoped
public class ContextCitations implements CitingFacts {

    @Override
    public List<ContextCitation> citationsOf(Source source) {
        return ContextCitation.<ContextCitation>find("select cs from ContextCitation cs join fetch cs.context c"
                + " where cs.source = ?1 order by c.date.start, c.id", source).list();
    }
}
