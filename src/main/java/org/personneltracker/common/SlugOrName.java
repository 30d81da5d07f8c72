package org.personneltracker.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference to a person or company in a request body: a slug string, {@code {"slug": ...}} or
 * {@code {"name": ..., "aliases": [...]}} (a name links to the one stored record with that name or alias,
 * or creates one). Read-only extras a response carries ({@code name} beside {@code slug}) are accepted.
 */
@JsonDeserialize(using = SlugOrName.Deserializer.class)
public record SlugOrName(String slug, String name, List<String> aliases) {

    public static SlugOrName ofSlug(String slug) {
        return new SlugOrName(slug, null, List.of());
    }

    public static SlugOrName ofName(String name) {
        return new SlugOrName(null, name, List.of());
    }

    public boolean bySlug() {
        return slug != null;
    }

    /** What the reference says, for messages. */
    public String describe() {
        return slug != null ? "'" + slug + "'" : "'" + name + "'";
    }

    public static final class Deserializer extends JsonDeserializer<SlugOrName> {

        private static final List<Object> KNOWN = List.of("slug", "name", "aliases");

        @Override
        public SlugOrName deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String slug = TextDeserializer.check(p, p.getText()).trim();
                if (slug.isEmpty()) {
                    return ctxt.reportInputMismatch(SlugOrName.class, "a reference must not be empty");
                }
                return ofSlug(slug);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return ctxt.reportInputMismatch(SlugOrName.class,
                        "expected a slug string or an object with \"slug\" or \"name\"");
            }
            String slug = null;
            String name = null;
            List<String> aliases = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "slug" -> slug = text(p, ctxt, value, field);
                    case "name" -> name = text(p, ctxt, value, field);
                    case "aliases" -> {
                        if (value == JsonToken.VALUE_NULL) {
                            break;
                        }
                        if (value != JsonToken.START_ARRAY) {
                            return ctxt.reportInputMismatch(SlugOrName.class, "aliases must be an array of strings");
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() != JsonToken.VALUE_STRING) {
                                return ctxt.reportInputMismatch(SlugOrName.class, "aliases must be an array of strings");
                            }
                            try {
                                aliases.add(TextDeserializer.check(p, p.getText()));
                            } catch (TextDeserializer.BadText e) {
                                throw JsonMappingException.wrapWithPath(JsonMappingException.wrapWithPath(e,
                                        aliases, aliases.size()), SlugOrName.class, "aliases");
                            }
                        }
                    }
                    default -> throw UnrecognizedPropertyException.from(p, SlugOrName.class, field, KNOWN);
                }
            }
            if (TextRules.blank(slug) && TextRules.blank(name)) {
                return ctxt.reportInputMismatch(SlugOrName.class, "a reference needs a \"slug\" or a \"name\"");
            }
            return new SlugOrName(Text.blankToNull(slug), Text.blankToNull(name), aliases);
        }

        private static String text(JsonParser p, DeserializationContext ctxt, JsonToken value, String field)
                throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(String.class, "expected a string");
            }
            try {
                return TextDeserializer.check(p, p.getText());
            } catch (TextDeserializer.BadText e) {
                throw JsonMappingException.wrapWithPath(e, SlugOrName.class, field);
            }
        }
    }
}
