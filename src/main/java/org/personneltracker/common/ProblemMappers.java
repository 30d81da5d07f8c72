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
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
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

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

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

    /**
     * A merged person or company: the same address under the kept record's slug, 301 for a page read and 308
     * (method kept) for scripts and writes. The Location is relative, never built from the Host header.
     */
    @ServerExceptionMapper
    public Response moved(Moved e, UriInfo uri) {
        String raw = request.getCurrent() == null ? uri.getPath() : request.getCurrent().request().uri();
        int q = raw.indexOf('?');
        String path = q < 0 ? raw : raw.substring(0, q);
        String query = q < 0 ? "" : raw.substring(q);
        String method = request.getCurrent() == null ? "GET" : request.getCurrent().request().method().name();
        int status = !forScripts(uri) && (method.equals("GET") || method.equals("HEAD")) ? 301 : 308;
        return Response.status(status).header(HttpHeaders.LOCATION, e.movedPath(path) + query).build();
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
        if (e instanceof TextDeserializer.BadText t) {
            message = t.reason();
        } else if (e instanceof UnrecognizedPropertyException u) {
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
        return scriptPath(uri.getPath());
    }

    /** True for the paths scripts use (JSON API, feeds, health and API docs). */
    public static boolean scriptPath(String path) {
        return path.startsWith("/api") || path.startsWith("/feeds") || path.startsWith("/q/");
    }

    /** Scripts get a 401 with a Basic challenge, never a redirect; browsers on pages go to /login. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        if (forScripts(uri)) {
            SecurityLog.event("http.401", "path", uri.getPath(), "reason", "no credentials");
            return unauthenticated("sign in (HTTP Basic or an API token) to do this");
        }
        // the path and query as sent (an absolute URI would need a Host header, which HTTP/1.0 may lack), and a relative
        // Location: never built from the request's Host header
        String here = request.getCurrent() == null ? uri.getPath() : request.getCurrent().request().uri();
        return Response.status(302).header(HttpHeaders.LOCATION, "/login?next="
                + URLEncoder.encode(here, StandardCharsets.UTF_8)).build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        SecurityLog.event("http.401", "path", uri.getPath(), "reason", e.getMessage());
        String detail = e.getMessage() != null && e.getMessage().contains("token")
                ? "the API token is unknown, revoked or expired" : "the user name or password is wrong";
        return unauthenticated(detail);
    }

    /** Too many failed sign-ins: 429 with Retry-After, whatever the password given this time. */
    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequests e) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(Problem.of(429, "Too many requests", "too many failed sign-ins for this user or from this"
                        + " address: try again in " + e.waitText(), null)).build();
    }

    static Response unauthenticated(String detail) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", CHALLENGE)
                .entity(Problem.of(401, "Unauthorized", detail, null)).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        SecurityLog.event("http.403", "user", identity.isAnonymous() ? null : identity.getPrincipal().getName(),
                "path", uri.getPath());
        if (!forScripts(uri)) {
            return PageErrors.of(new ApiException(403, "Forbidden", "Your role does not allow this.", List.of(), null));
        }
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

    /**
     * Two writes raced and the database kept one: a key or slug taken by another write at the same moment, a row
     * another transaction changed or locked first, a record deleted while this one referred to it. A 409 the
     * client can act on (reload, pick another key); anything else from the database is a logged 500.
     */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        String race = race(e);
        if (race == null) {
            LOG.error("database write failed", e);
            return problem(500, "Internal error", "the server could not complete the request", null);
        }
        return api(ApiException.conflict(race), uri);
    }

    /** The same, when the database refused at commit (the transaction manager wraps what it was told). */
    @ServerExceptionMapper
    public Response rollback(RollbackException e, UriInfo uri) {
        return persistence(new PersistenceException(e), uri);
    }

    @ServerExceptionMapper
    public Response transactional(TransactionalException e, UriInfo uri) {
        return persistence(new PersistenceException(e), uri);
    }

    /** What a lost race was, from the SQL error under {@code e}; null when it was no race. */
    static String race(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleObjectStateException) {
                return "the record was changed by someone else at the same moment: reload it and try again";
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.equals("23505")) {
                    return "another write stored a record with the same key or slug at the same moment: read it, or"
                            + " choose another key";
                }
                if (state.equals("23503")) {
                    return "a record this write refers to was deleted at the same moment";
                }
                // serialization failure, deadlock, lock not available (PostgreSQL); concurrent update, lock timeout (H2)
                if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")
                        || sql.getErrorCode() == 90131 || sql.getErrorCode() == 50200) {
                    return "the record was being changed by someone else at the same moment: reload it and try again";
                }
            }
        }
        return null;
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
