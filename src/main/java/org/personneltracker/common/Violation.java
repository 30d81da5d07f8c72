package org.personneltracker.common;

/** One reason a request was refused: {@code field} is a JSON path into the body or a query parameter's name. */
public record Violation(String field, String message) {
}
