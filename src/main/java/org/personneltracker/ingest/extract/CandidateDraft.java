package org.personneltracker.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.personneltracker.event.Circumstance;
import org.personneltracker.event.EventType;

/** A candidate under construction: what one event word said about one person, before merging and scoring. */
final class CandidateDraft {
    EntityMention person;
    /** The person was found through he/she, not by name. */
    boolean viaPronoun;
    /** A first-person post ("I resigned") tied to its byline. */
    boolean firstPerson;
    CompanyRef company;
    /** The company was not in the event's clause but taken from the person's introduction or the story. */
    boolean companyFallback;
    EventType type;
    RoleParser.Role role;
    boolean founder;
    DateResolver.DateHit date;
    CompanyRef destination;
    CompanyRef origin;
    boolean originExplicit;
    /** The role held at the origin ("previously finance director at X"): the role of the departure it implies. */
    RoleParser.Role originRole;
    Circumstance circumstance;
    QuoteFinder.Reason reason;
    double strength;
    /** Implied by another event ("to join X" after "left Y"), ranked below what the article states. */
    boolean secondary;
    boolean inRelative;
    /** Told only as a succession or a stay ("X will succeed her", "Y will remain as an adviser"): dropped when the
     * article reports another move of the same person (the hire, the return, the departure says more). */
    boolean weak;
    /** The role is not taken from elsewhere in the article (a founder's title there is the new company's). */
    boolean noRoleElsewhere;
    int sentence;
    int triggerStart;
    int triggerEnd;
    int supports = 1;
    final List<Span> evidence = new ArrayList<>();

    String key() {
        return person.id() + "|" + ArticleState.companyKey(company) + "|" + type;
    }

    /** The other side of a reported move (the hire a departure implies, or the reverse), ranked below it. */
    CandidateDraft counterpart(EventType otherType, CompanyRef otherCompany) {
        CandidateDraft c = new CandidateDraft();
        c.person = person;
        c.viaPronoun = viaPronoun;
        c.type = otherType;
        c.company = otherCompany;
        c.strength = strength;
        c.secondary = true;
        c.sentence = sentence;
        c.triggerStart = triggerStart;
        c.triggerEnd = triggerEnd;
        c.date = date;
        c.evidence.addAll(evidence);
        return c;
    }
}
