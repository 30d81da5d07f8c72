package org.personneltracker.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.company.CompanyView;
import org.personneltracker.person.PersonView;

/**
 * schema.org descriptions of person and company pages as JSON-LD, built with Jackson. A person's positions become
 * {@code OrganizationRole}s: held now ({@code "to": "PRESENT"}) under {@code worksFor}, ended under {@code alumniOf},
 * with {@code startDate}/{@code endDate} at the precision the sources give (ISO 8601 allows "2024" and "2024-06").
 * The JSON is made safe to sit in a {@code <script type="application/ld+json">} element: {@code <}, {@code >} and
 * {@code &} are written as JSON escapes, so no text can close the element.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    static String person(PersonView p, List<Position> positions, URI base) {
        ObjectNode n = start("Person");
        n.put("name", p.name());
        strings(n, "alternateName", p.aliases());
        n.put("url", base.resolve("/people/" + p.slug()).toString());
        strings(n, "sameAs", p.links());
        if (p.bio() != null) {
            n.put("description", p.bio());
        }
        ArrayNode current = JSON.createArrayNode();
        ArrayNode former = JSON.createArrayNode();
        for (Position pos : positions) {
            boolean now = Position.PRESENT.equals(pos.to());
            ObjectNode role = (now ? current : former).addObject();
            role.put("@type", "OrganizationRole");
            role.set(now ? "worksFor" : "alumniOf", organization(pos.company(), base));
            if (pos.title() != null) {
                role.put("roleName", pos.title());
            }
            if (pos.from() != null) {
                role.put("startDate", pos.from());
            }
            if (!now && pos.to() != null) {
                role.put("endDate", pos.to());
            }
        }
        if (!current.isEmpty()) {
            n.set("worksFor", current);
        }
        if (!former.isEmpty()) {
            n.set("alumniOf", former);
        }
        return write(n);
    }

    static String company(CompanyView c, URI base) {
        ObjectNode n = start("Organization");
        n.put("name", c.name());
        strings(n, "alternateName", c.aliases());
        n.put("url", base.resolve("/companies/" + c.slug()).toString());
        if (c.website() != null) {
            n.putArray("sameAs").add(c.website());
        }
        if (c.description() != null) {
            n.put("description", c.description());
        }
        if (c.foundedYear() != null) {
            n.put("foundingDate", c.foundedYear().toString());
        }
        if (c.headquarters() != null) {
            n.putObject("location").put("@type", "Place").put("name", c.headquarters());
        }
        if (c.parent() != null) {
            n.set("parentOrganization", organization(c.parent(), base));
        }
        return write(n);
    }

    private static ObjectNode organization(SlugAndName c, URI base) {
        ObjectNode o = JSON.createObjectNode();
        o.put("@type", "Organization");
        o.put("name", c.name());
        o.put("url", base.resolve("/companies/" + c.slug()).toString());
        return o;
    }

    private static ObjectNode start(String type) {
        ObjectNode n = JSON.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", type);
        return n;
    }

    private static void strings(ObjectNode n, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode a = n.putArray(field);
            values.forEach(a::add);
        }
    }

    /** The JSON, with the characters that could end a script element or start markup written as escapes. */
    static String write(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
