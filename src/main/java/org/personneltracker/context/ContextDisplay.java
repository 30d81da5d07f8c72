package org.personneltracker.context;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.util.Locale;
import org.personneltracker.common.Display;

/** Display values of context events for templates (the general ones are in {@link Display}). */
@TemplateExtension
public class ContextDisplay {

    private ContextDisplay() {
    }

    static String dateLabel(ContextView c) {
        return (c.dateApproximate() ? "c. " : "") + Display.dateLabel(c.date());
    }

    /** "$30B raised at a $380B valuation", "about 2,000 employees", or "" when the event has no figure. */
    static String figure(ContextView c) {
        if (c.type() == ContextType.HEADCOUNT) {
            return c.amount() == null ? "" : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(c.amount()) + " employees";
        }
        StringBuilder sb = new StringBuilder();
        if (c.amount() != null) {
            sb.append(Display.money(c.amount(), c.currency()));
            if (c.type() == ContextType.FUNDING_ROUND) {
                sb.append(" raised");
            }
        }
        if (c.valuation() != null) {
            // "Valuation $350B" alone, "$30B raised at a $380B valuation" after an amount: the word once
            boolean alone = sb.isEmpty();
            sb.append(alone ? "Valuation " : " at a ").append(Display.money(c.valuation(), c.currency()))
                    .append(alone ? "" : " valuation");
        }
        if (c.round() != null) {
            sb.append(sb.isEmpty() ? "" : " · ").append(c.round());
        }
        return sb.toString();
    }
}
