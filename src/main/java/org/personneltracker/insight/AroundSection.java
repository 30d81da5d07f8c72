package org.personneltracker.insight;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.personneltracker.event.EventPageSection;
import org.personneltracker.event.EventView;

/** The event page's "Around this event" section: the same data as GET /api/insights/around/{id}. */
@ApplicationScoped
public class AroundSection implements EventPageSection {

    @CheckedTemplate(basePath = "InsightPage")
    static class Templates {
        static native TemplateInstance around(Around a);
    }

    @Inject
    InsightService insights;

    @Override
    public RawString render(EventView event) {
        return new RawString(Templates.around(insights.around(event.id(), InsightQuery.defaults())).render());
    }
}
