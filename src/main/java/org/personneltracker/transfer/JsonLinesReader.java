package org.personneltracker.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** JSON Lines ({@code application/x-ndjson}): one record a line, {@code {"kind": ..., ...}}; blank lines skipped. */
final class JsonLinesReader implements ImportReader {

    static final Set<String> KINDS = Set.of(Lines.COMPANY, Lines.PERSON, Lines.SOURCE, Lines.CONTEXT_EVENT,
            Lines.EVENT);

    private final BufferedReader in;
    private final ObjectMapper mapper;
    private long line;

    JsonLinesReader(Path file, Charset charset, ObjectMapper mapper) throws IOException {
        this.in = Files.newBufferedReader(file, charset);
        this.mapper = mapper;
    }

    @Override
    public ImportItem next() throws IOException {
        String text;
        do {
            text = in.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        if (line == 1 && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return ImportItem.unreadable(line, "body", "malformed JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode body)) {
            return ImportItem.unreadable(line, "body", "expected one JSON object on the line");
        }
        JsonNode kind = body.remove("kind");
        if (kind == null || !kind.isTextual() || !KINDS.contains(kind.asText())) {
            return ImportItem.unreadable(line, "kind", "kind is one of company, person, source, context-event, event");
        }
        return ImportItem.of(line, kind.asText(), body);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
