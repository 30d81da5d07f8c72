package org.personneltracker.insight;

import java.text.NumberFormat;
import java.util.Locale;
import org.personneltracker.common.DayDistance;
import org.personneltracker.context.ContextType;
import org.personneltracker.context.FundingStatus;
import org.personneltracker.common.Display;

/**
 * Distances and context in words: "4 days after the Claude Opus 4.6 launch", "during talks at a $350B valuation",
 * "2 other departures from the same team that month". Approximate distances say "about".
 */
final class Phrases {

    private Phrases() {
    }

    /**
     * Where the event stands relative to a context event: {@code fromContext} is the distance from the context event
     * to the event, {@code covers} whether the context's period contains the event's date.
     */
    static String context(ContextBrief c, DayDistance fromContext, boolean covers) {
        if (covers) {
            if (c.type() == ContextType.FUNDING_ROUND && c.status() == FundingStatus.IN_TALKS) {
                return "during talks" + funding(c, " at a ", " to raise ");
            }
            if (c.type() == ContextType.FUNDING_ROUND && c.status() == FundingStatus.RUMOURED) {
                return "while a funding round" + funding(c, " at a ", " of ") + " was rumoured";
            }
            return "the same " + (c.datePrecision().name().equals("YEAR") ? "year" : "month") + " as " + noun(c);
        }
        if (fromContext.days() == 0) {
            return (fromContext.approximate() ? "about the same time as " : "the same day as ") + noun(c);
        }
        return fromContext.words() + " " + noun(c);
    }

    /** What a context event is, as the object of a sentence. */
    static String noun(ContextBrief c) {
        return switch (c.type()) {
            case PRODUCT_LAUNCH -> "the " + c.title() + (c.title().toLowerCase(Locale.ROOT).contains("launch") ? ""
                    : " launch");
            case FUNDING_ROUND -> {
                if (c.status() == FundingStatus.IN_TALKS || c.status() == FundingStatus.RUMOURED) {
                    yield (c.status() == FundingStatus.IN_TALKS ? "reported talks" : "a rumoured round")
                            + funding(c, " at a ", " to raise ");
                }
                String round = c.round() != null ? "the " + c.round() : "the funding round";
                yield round + funding(c, " at a ", " of ");
            }
            case HEADCOUNT -> c.amount() == null ? "a reported headcount"
                    : "a reported headcount of " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(c.amount());
            default -> Display.enumLabel(c.type().name()).toLowerCase(Locale.ROOT) + " “" + c.title() + "”";
        };
    }

    /** " at a $350B valuation", " to raise $30B", or "" when no figure is recorded. */
    private static String funding(ContextBrief c, String valuationLead, String amountLead) {
        if (c.valuation() != null) {
            return valuationLead + Display.money(c.valuation(), c.currency()) + " valuation";
        }
        if (c.amount() != null) {
            return amountLead + Display.money(c.amount(), c.currency());
        }
        return "";
    }

    /** Another move relative to the event: "3 days later", "1 day earlier", "about 12 days earlier", "the same day". */
    static String relative(DayDistance fromEvent) {
        long n = Math.abs(fromEvent.days());
        if (n == 0) {
            return fromEvent.approximate() ? "about the same time" : "the same day";
        }
        return (fromEvent.approximate() ? "about " : "") + n + (n == 1 ? " day " : " days ")
                + (fromEvent.days() > 0 ? "later" : "earlier");
    }

    /** "1 other departure", "3 other hires". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
