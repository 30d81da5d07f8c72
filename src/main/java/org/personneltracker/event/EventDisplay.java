package org.personneltracker.event;

import io.quarkus.qute.TemplateExtension;
import org.personneltracker.common.Display;

/** Display values of personnel events for templates (the general ones are in {@link Display}). */
@TemplateExtension
public class EventDisplay {

    private EventDisplay() {
    }

    static String dateLabel(EventView e) {
        return (e.dateApproximate() ? "c. " : "") + Display.dateLabel(e.date());
    }

    static String dateLabel(EventView.ContextLink c) {
        return Display.dateLabel(c.date());
    }

    /** The event as a noun in running text: "departure", "hire", "role change", "return". */
    public static String noun(EventType t) {
        return Display.enumLabel(t.name()).toLowerCase(java.util.Locale.ROOT);
    }

    /** What happened, as a verb phrase: "left", "joined", "changed role at", "returned to". */
    public static String verb(EventType t) {
        return switch (t) {
            case DEPARTURE -> "left";
            case HIRE -> "joined";
            case ROLE_CHANGE -> "changed role at";
            case RETURN -> "returned to";
        };
    }
}
