package org.personneltracker.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become answers: problem+json for scripts ({@code /api}, {@code /feeds},
 * {@code /q/}), and for the pages an HTML error page ({@link PageErrors}) or the way to the login form.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** The challenge of every 401: scripts sign in with HTTP Basic and never get a redirect to a login page. */
    public static final String CHALLENGE = "Basic realm=\"Personnel Tracker\", charset=\"UTF-8\"";

    public static Response problem(int status, String title, String detail, List<Violation> violations) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, violations))
                .build();
    }

    /** A refusal: problem+json for scripts; on a page, the HTML error page (an unknown company is an HTML 404). */
    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        if (!forScripts(uri)) {
            return PageErrors.of(e);
        }
        Response.ResponseBuilder b = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(e.status(), e.title(), e.getMessage(), e.violations()));
        if (e.location() != null) {
            b.location(e.location());
        }
        return b.build();
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e) {
        List<Violation> list = violationsOf(e);
        return problem(400, "Bad request", list.size() == 1
                ? list.get(0).field() + ": " + list.get(0).message()
                : list.size() + " fields are invalid", list);
    }

    /** The violations of a Bean Validation failure with JSON paths into the body, sorted by field. */
    public static List<Violation> violationsOf(ConstraintViolationException e) {
        List<Violation> list = new ArrayList<>();
        for (ConstraintViolation<?> cv : e.getConstraintViolations()) {
            list.add(new Violation(jsonPath(cv.getPropertyPath()), cv.getMessage()));
        }
        list.sort(Comparator.comparing(Violation::field));
        return list;
    }

    /**
     * The JSON path of a violation ("sources[0].url"): drops the method and parameter nodes Bean Validation puts in
     * front of the body's own path. A list index sits on the node after the list (the element's property, or a
     * "<list element>" node), so it is written before that node's name.
     */
    static String jsonPath(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable() && node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonMapping(JsonMappingException e) {
        Violation v = violationOf(e);
        return problem(400, "Bad request", v.field() + ": " + v.message(), List.of(v));
    }

    /** What is wrong with a JSON body, at its JSON path ("body" for the body itself). */
    public static Violation violationOf(JsonMappingException e) {
        String field = jsonPath(e);
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown property '" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "'" + f.getValue() + "' is not one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidNullException) {
            message = "must not be null";
        } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            message = v.getCause().getMessage();
        } else if (e instanceof MismatchedInputException m && ownMessage(m) != null) {
            message = ownMessage(m);
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            message = "unexpected content after the JSON value";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "expected " + describe(m.getTargetType());
        } else {
            message = "invalid value";
        }
        return new Violation(field.isEmpty() ? "body" : field, message);
    }

    /**
     * The message of a refusal written for users by one of our own deserializers (a reference that names neither a
     * slug nor a name: "expected an object" would be said of an object); null for Jackson's own.
     */
    private static String ownMessage(MismatchedInputException m) {
        Class<?> target = m.getTargetType();
        String msg = m.getOriginalMessage();
        if (target == null || msg == null || !target.getName().startsWith("org.personneltracker.")
                || msg.startsWith("Cannot ") || msg.startsWith("Unexpected ")) {
            return null;
        }
        return msg;
    }

    /**
     * Unknown properties, wrong types and bad enum values are {@link MismatchedInputException}s: mapped here so
     * the framework's own mapper for that type (which answers plain JSON without a problem body) never applies.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedProperty(UnrecognizedPropertyException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e) {
        return jsonMapping(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonParse(JsonParseException e) {
        return jsonSyntax(e);
    }

    @ServerExceptionMapper(priority = 2)
    public Response jsonSyntax(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            return jsonMapping(m);
        }
        String msg = e.getOriginalMessage();
        return problem(400, "Bad request", "malformed JSON: " + msg, List.of(new Violation("body", "malformed JSON")));
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** True for the paths scripts use (JSON API, feeds, health): they get problem+json, never a page. */
    static boolean forScripts(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/api") || path.startsWith("/feeds") || path.startsWith("/q/");
    }

    /** Scripts get a 401 with a Basic challenge, never a redirect; browsers on pages go to /login. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        if (forScripts(uri)) {
            return unauthenticated("sign in (HTTP Basic) to do this");
        }
        String here = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return Response.status(302).location(URI.create("/login?next="
                + URLEncoder.encode(here, StandardCharsets.UTF_8))).build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated("the user name or password is wrong");
    }

    static Response unauthenticated(String detail) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", CHALLENGE)
                .entity(Problem.of(401, "Unauthorized", detail, null)).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "Forbidden", "your role does not allow this", null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return problem(409, "Conflict", "the record was changed by someone else: reload it and try again",
                List.of(new Violation("version", "stale version")));
    }

    @ServerExceptionMapper
    public Response staleState(StaleObjectStateException e) {
        return optimisticLock(null);
    }

    @Inject
    AllowedMethods allowed;

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException j) {
            return jsonSyntax(j);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return problem(500, "Internal error", "the server could not complete the request", null);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        Response.ResponseBuilder b = Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, e.getMessage(), null));
        if (status == 405 && e.getResponse().getHeaderString("Allow") == null) {
            b.header("Allow", String.join(", ", allowed.of(uri.getPath())));
        }
        return b.build();
    }
}
