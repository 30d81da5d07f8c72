package org.personneltracker.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Collects violations while a body is checked, then throws them together. */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    public void add(String field, String message) {
        list.add(new Violation(field, message));
    }

    public void addAll(List<Violation> violations) {
        list.addAll(violations);
    }

    /** Records a body's Bean Validation violations (JSON paths as the API reports them); true when there were none. */
    public boolean validate(jakarta.validation.Validator validator, Object body) {
        var found = validator.validate(body);
        if (found.isEmpty()) {
            return true;
        }
        addAll(ProblemMappers.violationsOf(new jakarta.validation.ConstraintViolationException(found)));
        return false;
    }

    /** The violations recorded so far. */
    public List<Violation> list() {
        return List.copyOf(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Parses an optional partial date, recording a violation instead of throwing. */
    public PartialDate date(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** Parses an optional enum value from a query parameter. */
    public <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            add(field, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public <T> T tryParse(String field, String text, Function<String, T> parser) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            add(field, e.getMessage() == null ? "invalid value" : e.getMessage());
            return null;
        }
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw ApiException.invalid(list);
        }
    }
}
