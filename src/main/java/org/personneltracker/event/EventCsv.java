package org.personneltracker.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.personneltracker.common.SlugAndName;
import org.personneltracker.source.CitationView;
import org.personneltracker.source.Stance;

/**
 * Events as CSV rows (RFC 4180, one header row): the columns of {@code GET /api/events} as CSV, which
 * {@code POST /api/import} also takes. People and companies are given by slug and name (an import creates a missing
 * one with that slug and name); {@code sources} is a JSON array of the citations ({@code url}, {@code title},
 * {@code publisher}, {@code tier}, {@code publishedDate}, {@code quote}, {@code stance}) or, typed by hand, one
 * address a line; {@code context} holds context event keys separated by spaces. {@code id}, {@code datePrecision}
 * and {@code disputed} are read-only.
 *
 * <p>A cell that a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab
 * or carriage return) is written with a leading apostrophe (OWASP's CSV injection advice); the import removes it.
 */
public final class EventCsv {

    public static final List<String> COLUMNS = List.of("id", "key", "type", "date", "datePrecision",
            "dateApproximate", "announcedDate", "person", "personName", "company", "companyName", "title", "team",
            "category", "seniority", "founder", "previousTitle", "previousTeam", "previousCategory",
            "previousSeniority", "previousFounder", "destination", "destinationName", "origin", "originName",
            "circumstance", "confidence", "disputed", "summary", "reason", "sources", "context");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EventCsv() {
    }

    /** The cells of one event, in {@link #COLUMNS} order, formulas neutralized. */
    public static List<String> row(EventView e, ObjectMapper mapper) {
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.add(e.id() == null ? "" : e.id().toString());
        r.add(e.key());
        r.add(e.type().name());
        r.add(e.date());
        r.add(e.datePrecision().name());
        r.add(e.dateApproximate() ? "true" : "false");
        r.add(orEmpty(e.announcedDate()));
        ref(r, e.person());
        ref(r, e.company());
        role(r, e.role(), false);
        role(r, e.previousRole(), true);
        ref(r, e.destination());
        ref(r, e.origin());
        r.add(e.circumstance() == null ? "" : e.circumstance().name());
        r.add(e.confidence().name());
        r.add(e.disputed() ? "true" : "false");
        r.add(orEmpty(e.summary()));
        r.add(orEmpty(e.reason()));
        r.add(sources(e.sources(), mapper));
        r.add(e.context().stream().map(EventView.ContextLink::key).collect(Collectors.joining(" ")));
        r.replaceAll(EventCsv::neutralize);
        return r;
    }

    private static void ref(List<String> r, SlugAndName ref) {
        r.add(ref == null ? "" : ref.slug());
        r.add(ref == null ? "" : ref.name());
    }

    private static void role(List<String> r, EventView.RoleView role, boolean previous) {
        r.add(role == null ? "" : orEmpty(role.title()));
        r.add(role == null ? "" : orEmpty(role.team()));
        r.add(role == null || role.category() == null ? "" : role.category().name());
        r.add(role == null || role.seniority() == null ? "" : role.seniority().name());
        r.add(role == null ? "" : role.founder() ? "true" : "false");
    }

    private static String sources(List<CitationView> citations, ObjectMapper mapper) {
        ArrayNode a = JSON.arrayNode();
        for (CitationView c : citations) {
            ObjectNode n = a.addObject();
            put(n, "url", c.url());
            put(n, "title", c.title());
            put(n, "publisher", c.publisher());
            put(n, "tier", c.tier() == null ? null : c.tier().name());
            put(n, "publishedDate", c.publishedDate());
            put(n, "quote", c.quote());
            if (c.stance() == Stance.CONTRADICTS) {
                n.put("stance", c.stance().name());
            }
        }
        try {
            return mapper.writeValueAsString(a);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A cell a spreadsheet would evaluate gets a leading apostrophe. */
    public static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /** The value a neutralized cell stood for (the import's inverse of {@link #neutralize}). */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'') {
            char c = cell.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return cell.substring(1);
            }
        }
        return cell;
    }
}
