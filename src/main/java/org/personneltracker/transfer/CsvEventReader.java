package org.personneltracker.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.personneltracker.event.EventCsv;

/**
 * Events as CSV ({@code text/csv}, the columns of the CSV export: {@link EventCsv}), each row turned into the
 * body of {@code POST /api/events}. Read-only columns ({@code id}, {@code datePrecision}, {@code disputed}) are
 * ignored; an unknown column refuses the file at line 1.
 */
final class CsvEventReader implements ImportReader {

    private final Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final ObjectMapper mapper;
    private ImportItem headerError;
    private long nextLine = 2;

    CsvEventReader(Path file, Charset charset, ObjectMapper mapper) throws IOException {
        this.mapper = mapper;
        this.reader = Files.newBufferedReader(file, charset);
        this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .get().parse(reader);
        this.rows = parser.iterator();
        List<String> unknown = new ArrayList<>();
        for (String h : parser.getHeaderNames()) {
            String name = h.startsWith("\uFEFF") ? h.substring(1) : h;
            if (!EventCsv.COLUMNS.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            headerError = ImportItem.unreadable(1, "header", "unknown columns " + unknown + ": the columns are "
                    + EventCsv.COLUMNS);
        }
    }

    @Override
    public ImportItem next() throws IOException {
        if (headerError != null) {
            ImportItem e = headerError;
            headerError = null;
            return e;
        }
        CSVRecord r;
        try {
            if (!rows.hasNext()) {
                return null;
            }
            r = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            return ImportItem.unreadable(nextLine, "body", "malformed CSV: " + e.getMessage());
        }
        long line = nextLine;
        nextLine = parser.getCurrentLineNumber() + 1;
        ObjectNode b = mapper.createObjectNode();
        text(b, "key", cell(r, "key"));
        text(b, "type", cell(r, "type"));
        text(b, "date", cell(r, "date"));
        bool(b, "dateApproximate", cell(r, "dateApproximate"));
        text(b, "announcedDate", cell(r, "announcedDate"));
        ref(b, "person", cell(r, "person"), cell(r, "personName"));
        ref(b, "company", cell(r, "company"), cell(r, "companyName"));
        ObjectNode role = b.putObject("role");
        text(role, "title", cell(r, "title"));
        text(role, "team", cell(r, "team"));
        text(role, "category", cell(r, "category"));
        text(role, "seniority", cell(r, "seniority"));
        bool(role, "founder", cell(r, "founder"));
        String pt = cell(r, "previousTitle");
        String pteam = cell(r, "previousTeam");
        String pc = cell(r, "previousCategory");
        String ps = cell(r, "previousSeniority");
        if (pt != null || pteam != null || pc != null || ps != null) {
            ObjectNode prev = b.putObject("previousRole");
            text(prev, "title", pt);
            text(prev, "team", pteam);
            text(prev, "category", pc);
            text(prev, "seniority", ps);
            bool(prev, "founder", cell(r, "previousFounder"));
        }
        ref(b, "destination", cell(r, "destination"), cell(r, "destinationName"));
        ref(b, "origin", cell(r, "origin"), cell(r, "originName"));
        text(b, "circumstance", cell(r, "circumstance"));
        text(b, "confidence", cell(r, "confidence"));
        text(b, "summary", cell(r, "summary"));
        text(b, "reason", cell(r, "reason"));
        String sources = cell(r, "sources");
        if (sources != null) {
            if (sources.startsWith("[")) {
                try {
                    JsonNode parsed = mapper.readTree(sources);
                    b.set("sources", parsed);
                } catch (JsonProcessingException e) {
                    return ImportItem.unreadable(line, "sources", "the sources cell is not a JSON array: "
                            + e.getOriginalMessage());
                }
            } else {
                ArrayNode a = b.putArray("sources");
                for (String url : sources.split("\\s*\\R\\s*")) {
                    if (!url.isBlank()) {
                        a.addObject().put("url", url.trim());
                    }
                }
            }
        }
        String context = cell(r, "context");
        if (context != null) {
            ArrayNode a = b.putArray("context");
            for (String key : context.trim().split("\\s+")) {
                a.add(key);
            }
        }
        return ImportItem.of(line, Lines.EVENT, b);
    }

    private static String cell(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = EventCsv.restore(r.get(column));
        return v == null || v.isBlank() ? null : v;
    }

    private static void text(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    /** "true" and "false" as booleans; anything else kept as text, so the import reports the field. */
    private static void bool(ObjectNode n, String field, String value) {
        if (value == null) {
            return;
        }
        switch (value.trim()) {
            case "true" -> n.put(field, true);
            case "false" -> n.put(field, false);
            default -> n.put(field, value);
        }
    }

    /** A slug and a name: {"slug", "name"} (created with them when missing), or {"name"} alone. */
    private static void ref(ObjectNode n, String field, String slug, String name) {
        if (slug == null && name == null) {
            return;
        }
        ObjectNode ref = n.putObject(field);
        text(ref, "slug", slug);
        text(ref, "name", name);
    }

    @Override
    public void close() throws IOException {
        parser.close();
        reader.close();
    }
}
