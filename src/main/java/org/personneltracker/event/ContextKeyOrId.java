package org.personneltracker.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import org.personneltracker.common.TextDeserializer;

/**
 * A link from a personnel event to a context event: its key (a string), its id (a number), or the object a GET
 * returned ({@code {"id", "key", ...}}: the other fields are read-only and ignored).
 */
@JsonDeserialize(using = ContextKeyOrId.Deserializer.class)
public record ContextKeyOrId(String key, Long id) {

    public String describe() {
        return key != null ? "'" + key + "'" : "#" + id;
    }

    public static final class Deserializer extends JsonDeserializer<ContextKeyOrId> {
        @Override
        public ContextKeyOrId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return new ContextKeyOrId(TextDeserializer.check(p, p.getText()).trim(), null);
            }
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return new ContextKeyOrId(null, p.getLongValue());
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME) {
                return fromObject(p, ctxt);
            }
            return ctxt.reportInputMismatch(ContextKeyOrId.class, "expected a context event key or id");
        }

        /**
         * The object a GET returned ({@code {"id", "key", "type", "title", "date", "datePrecision"}}): its key, else its
         * id; the other fields are read-only and skipped. Read token by token: the parser may stand on the object's
         * start or on its first field.
         */
        private static ContextKeyOrId fromObject(JsonParser p, DeserializationContext ctxt) throws IOException {
            String key = null;
            Long id = null;
            JsonToken t = p.currentToken() == JsonToken.START_OBJECT ? p.nextToken() : p.currentToken();
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("key".equals(field) && value == JsonToken.VALUE_STRING) {
                    key = TextDeserializer.check(p, p.getText()).trim();
                } else if ("id".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    id = p.getLongValue();
                } else {
                    p.skipChildren();
                }
            }
            if (key != null && !key.isEmpty()) {
                return new ContextKeyOrId(key, null);
            }
            if (id != null) {
                return new ContextKeyOrId(null, id);
            }
            return ctxt.reportInputMismatch(ContextKeyOrId.class,
                    "a context link object needs its \"key\" (a string) or \"id\" (a number)");
        }
    }
}
