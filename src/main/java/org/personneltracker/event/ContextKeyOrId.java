package org.personneltracker.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
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
            if (t == JsonToken.START_OBJECT) {
                JsonNode node = p.readValueAsTree();
                JsonNode key = node.get("key");
                JsonNode id = node.get("id");
                if (key != null && key.isTextual()) {
                    return new ContextKeyOrId(TextDeserializer.check(p, key.asText()), null);
                }
                if (id != null && id.isIntegralNumber()) {
                    return new ContextKeyOrId(null, id.asLong());
                }
            }
            return ctxt.reportInputMismatch(ContextKeyOrId.class, "expected a context event key or id");
        }
    }
}
