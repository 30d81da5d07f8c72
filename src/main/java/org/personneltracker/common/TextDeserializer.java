package org.personneltracker.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Every string of every JSON body passes {@link TextRules}: a control character, NUL or lone surrogate is a 400 naming
 * the field, and text with nothing visible in it reads as empty (so a name of zero-width spaces is "blank").
 * Registered for {@code String} by {@link JacksonConfig}; deserializers that read strings themselves call
 * {@link #check}.
 */
public final class TextDeserializer extends StdScalarDeserializer<String> {

    public TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return check(p, StringDeserializer.instance.deserialize(p, ctxt));
    }

    /** {@code value} as read at the parser's current position, checked; the field is the property being read. */
    public static String check(JsonParser p, String value) throws BadText {
        if (value == null) {
            return null;
        }
        String problem = TextRules.problem(value, TextRules.multiLine(field(p)));
        if (problem != null) {
            throw new BadText(p, problem);
        }
        return !value.isBlank() && TextRules.blank(value) ? "" : value;
    }

    private static String field(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        if (c != null && c.inArray()) {
            c = c.getParent();
        }
        return c == null ? null : c.getCurrentName();
    }

    /** Text the tracker does not store; {@link ProblemMappers} answers 400 with {@link #reason()} for the field. */
    public static final class BadText extends JsonMappingException {
        private final String reason;

        BadText(JsonParser p, String reason) {
            super(p, reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
