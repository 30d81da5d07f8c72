package org.personneltracker.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import org.personneltracker.common.PartialDate;
import org.personneltracker.common.Violations;
import org.personneltracker.company.Company;
import org.personneltracker.context.ContextEvent;
import org.personneltracker.event.PersonnelEvent;
import org.personneltracker.event.Role;
import org.personneltracker.person.Person;
import org.personneltracker.source.Citation;
import org.personneltracker.source.Source;
import org.personneltracker.source.Stance;

/**
 * The export format: one record a line, each in the shape of the API's POST body plus its slug or key and a
 * {@code kind}. Every stored record has exactly one line (absent fields left out, defaults such as
 * {@code "stance": "SUPPORTS"} or {@code "founder": false} left out, lists in a fixed order), so two databases
 * holding the same facts export the same lines, and an import can tell an equal record from a changed one by
 * comparing the line of what it would write with the line of what is stored.
 */
final class Lines {

    static final String COMPANY = "company";
    static final String PERSON = "person";
    static final String SOURCE = "source";
    static final String CONTEXT_EVENT = "context-event";
    static final String EVENT = "event";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Lines() {
    }

    /** {@code parentSlug}: the slug of the parent company, or null. */
    static ObjectNode company(Company c, String parentSlug) {
        ObjectNode n = start(COMPANY);
        n.put("slug", c.slug);
        n.put("name", c.name);
        strings(n, "aliases", c.aliasNames());
        text(n, "website", c.website);
        text(n, "description", c.description);
        if (c.foundedYear != null) {
            n.put("foundedYear", c.foundedYear);
        }
        text(n, "headquarters", c.headquarters);
        text(n, "parent", parentSlug);
        return n;
    }

    static ObjectNode person(Person p) {
        ObjectNode n = start(PERSON);
        n.put("slug", p.slug);
        n.put("name", p.name);
        strings(n, "aliases", p.aliasNames());
        strings(n, "links", p.links);
        text(n, "bio", p.bio);
        return n;
    }

    /** {@code snapshot}: the text of the source's latest snapshot, or null. */
    static ObjectNode source(Source s, String snapshot) {
        ObjectNode n = start(SOURCE);
        text(n, "url", s.url);
        text(n, "title", s.title);
        text(n, "publisher", s.publisher);
        text(n, "author", s.author);
        text(n, "tier", s.tier == null ? null : s.tier.name());
        date(n, "publishedDate", s.publishedDate());
        text(n, "retrievedAt", s.retrievedAt == null ? null : s.retrievedAt.toString());
        text(n, "text", snapshot);
        return n;
    }

    static ObjectNode contextEvent(ContextEvent c, String companySlug, List<? extends Citation> citations) {
        ObjectNode n = start(CONTEXT_EVENT);
        n.put("key", c.key);
        n.put("company", companySlug);
        n.put("type", c.type.name());
        n.put("title", c.title);
        date(n, "date", c.date());
        if (c.dateApproximate) {
            n.put("dateApproximate", true);
        }
        text(n, "description", c.description);
        if (c.amount != null) {
            n.put("amount", c.amount);
        }
        text(n, "currency", c.currency);
        if (c.valuation != null) {
            n.put("valuation", c.valuation);
        }
        text(n, "round", c.round);
        text(n, "status", c.status == null ? null : c.status.name());
        citations(n, citations);
        return n;
    }

    /** References by slug ({@code destination}, {@code origin} null when absent) and context keys. */
    static ObjectNode event(PersonnelEvent e, String personSlug, String companySlug, String destinationSlug,
            String originSlug, List<? extends Citation> citations, Collection<String> contextKeys) {
        ObjectNode n = start(EVENT);
        n.put("key", e.key);
        n.put("type", e.type.name());
        date(n, "date", e.date());
        if (e.dateApproximate) {
            n.put("dateApproximate", true);
        }
        date(n, "announcedDate", e.announcedDate());
        n.put("person", personSlug);
        n.put("company", companySlug);
        n.set("role", role(e.role));
        if (e.previousRole != null && e.previousRole.category != null) {
            n.set("previousRole", role(e.previousRole));
        }
        text(n, "destination", destinationSlug);
        text(n, "origin", originSlug);
        text(n, "circumstance", e.circumstance == null ? null : e.circumstance.name());
        text(n, "summary", e.summary);
        text(n, "reason", e.reason);
        n.put("confidence", e.confidence.name());
        citations(n, citations);
        if (!contextKeys.isEmpty()) {
            ArrayNode a = n.putArray("context");
            contextKeys.stream().sorted().forEach(a::add);
        }
        if (e.retractedAt != null) {
            ObjectNode r = n.putObject("retraction");
            r.put("reason", e.retractionReason);
            r.put("at", e.retractedAt.toString());
        }
        return n;
    }

    /** A retracted event's retraction as its line carries it: {@code "retraction": {"reason", "at"}}. */
    record Retraction(String reason, Instant at) {

        /** Makes a drafted or stored event retracted so, or standing when {@code r} is null. */
        static void apply(Retraction r, PersonnelEvent e) {
            e.retractedAt = r == null ? null : r.at();
            e.retractionReason = r == null ? null : r.reason();
        }
    }

    /**
     * Takes the retraction off an event line's body (the API's request has no such field): null for a standing
     * event. A malformed one adds violations ({@code retraction.reason}: 1 to 1000 characters; {@code retraction.at}:
     * an ISO instant, the time of the import when absent).
     */
    static Retraction takeRetraction(ObjectNode body, Violations v) {
        JsonNode r = body == null ? null : body.remove("retraction");
        if (r == null || r.isNull()) {
            return null;
        }
        if (!r.isObject()) {
            v.add("retraction", "retraction is an object: {\"reason\": \"...\", \"at\": \"2026-01-02T03:04:05Z\"}");
            return null;
        }
        String reason = r.path("reason").isTextual() ? r.get("reason").asText().trim() : "";
        if (reason.isEmpty() || reason.length() > 1000) {
            v.add("retraction.reason", "a retraction needs its reason (1 to 1000 characters)");
        }
        Instant at = Instant.now();
        if (r.hasNonNull("at")) {
            try {
                at = Instant.parse(r.get("at").asText());
            } catch (DateTimeParseException e) {
                v.add("retraction.at", "retraction.at is an instant such as 2026-01-02T03:04:05Z");
            }
        }
        r.fieldNames().forEachRemaining(f -> {
            if (!f.equals("reason") && !f.equals("at")) {
                v.add("retraction." + f, "unknown field: a retraction has a reason and an at");
            }
        });
        return new Retraction(reason, at);
    }

    private static ObjectNode role(Role r) {
        ObjectNode n = JSON.objectNode();
        text(n, "title", r.title);
        text(n, "team", r.team);
        n.put("category", r.category.name());
        n.put("seniority", r.seniority == null ? "UNKNOWN" : r.seniority.name());
        if (r.isFounder()) {
            n.put("founder", true);
        }
        return n;
    }

    /**
     * A fact's citations, in order: the source by its identity (its address, or title, publisher and date for a
     * source without one), with the quote and, when it contradicts the fact, the stance.
     */
    private static void citations(ObjectNode n, List<? extends Citation> citations) {
        ArrayNode a = n.putArray("sources");
        for (Citation c : citations) {
            ObjectNode s = a.addObject();
            Source src = c.source;
            if (src.url != null) {
                s.put("url", src.url);
            } else {
                text(s, "title", src.title);
                text(s, "publisher", src.publisher);
                date(s, "publishedDate", src.publishedDate());
            }
            text(s, "quote", c.quote);
            if (c.stance == Stance.CONTRADICTS) {
                s.put("stance", c.stance.name());
            }
        }
    }

    private static ObjectNode start(String kind) {
        ObjectNode n = JSON.objectNode();
        n.put("kind", kind);
        return n;
    }

    private static void text(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void date(ObjectNode n, String field, PartialDate value) {
        if (value != null) {
            n.put(field, value.toString());
        }
    }

    private static void strings(ObjectNode n, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode a = n.putArray(field);
            values.forEach(a::add);
        }
    }

    /** The record without its kind: the body the import maps onto the API's request record. */
    static JsonNode body(ObjectNode line) {
        ObjectNode copy = line.deepCopy();
        copy.remove("kind");
        return copy;
    }
}
