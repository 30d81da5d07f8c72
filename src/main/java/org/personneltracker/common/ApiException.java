package org.personneltracker.common;

import java.net.URI;
import java.util.List;

/**
 * A refusal the client can act on; mapped to problem+json in one place ({@code ProblemMappers}).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Violation> violations;
    private final URI location;

    public ApiException(int status, String title, String detail, List<Violation> violations, URI location) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.location = location;
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "Bad request", message, List.of(new Violation(field, message)), null);
    }

    public static ApiException invalid(List<Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new ApiException(400, "Bad request", detail, violations, null);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "Not found", what + " was not found", List.of(), null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, List.of(), null);
    }

    public static ApiException conflict(String detail, URI existing) {
        return new ApiException(409, "Conflict", detail, List.of(), existing);
    }

    public static ApiException staleVersion(String what) {
        return new ApiException(409, "Conflict",
                what + " was changed by someone else since you read it: reload it and apply your change again",
                List.of(new Violation("version", "stale version")), null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** For a 409 on a duplicate: where the existing record lives. */
    public URI location() {
        return location;
    }
}
