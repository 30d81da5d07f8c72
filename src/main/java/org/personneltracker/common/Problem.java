package org.personneltracker.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, List<Violation> violations) {
        return new Problem(typeFor(status), title, status, detail, violations == null ? List.of() : violations);
    }

    private static String typeFor(int status) {
        return switch (status) {
            case 400 -> "https://www.rfc-editor.org/rfc/rfc9110#status.400";
            case 401 -> "https://www.rfc-editor.org/rfc/rfc9110#status.401";
            case 403 -> "https://www.rfc-editor.org/rfc/rfc9110#status.403";
            case 404 -> "https://www.rfc-editor.org/rfc/rfc9110#status.404";
            case 409 -> "https://www.rfc-editor.org/rfc/rfc9110#status.409";
            case 413 -> "https://www.rfc-editor.org/rfc/rfc9110#status.413";
            case 414 -> "https://www.rfc-editor.org/rfc/rfc9110#status.414";
            case 415 -> "https://www.rfc-editor.org/rfc/rfc9110#status.415";
            case 429 -> "https://www.rfc-editor.org/rfc/rfc6585#section-4";
            case 431 -> "https://www.rfc-editor.org/rfc/rfc6585#section-5";
            default -> "about:blank";
        };
    }
}
