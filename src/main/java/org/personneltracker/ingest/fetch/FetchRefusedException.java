package org.personneltracker.ingest.fetch;

/**
 * The fetch was refused by policy (bad URL, forbidden address or scheme, too large, wrong content
 * type, too many redirects) or could not complete (timeout, connection failure, HTTP error). The
 * message is meant for the user, e.g. "refused: 10.0.0.1 is a private address".
 */
public class FetchRefusedException extends RuntimeException {

    /** Why; lets a caller map policy refusals and upstream failures to different responses. */
    public enum Reason {
        /** Not an absolute http(s) URL with a valid host, or carries user info, or ambiguous IP form. */
        INVALID_URL,
        /** Scheme other than http or https. */
        FORBIDDEN_SCHEME,
        /** The host resolves to a loopback, private, link-local or other non-public address. */
        FORBIDDEN_ADDRESS,
        /** The host name does not resolve. */
        UNRESOLVABLE_HOST,
        /** More redirects than the policy allows, or a redirect without a usable Location. */
        TOO_MANY_REDIRECTS,
        BAD_REDIRECT,
        /** The server answered with a non-2xx, non-redirect status. */
        HTTP_STATUS,
        /** Content type other than text/html, text/plain or application/xhtml+xml. */
        UNSUPPORTED_CONTENT_TYPE,
        /** Body larger than the policy's maxBytes. */
        TOO_LARGE,
        /** Connect or total time limit reached. */
        TIMEOUT,
        /** Network or protocol error (connection refused, reset, TLS failure...). */
        CONNECTION_FAILED
    }

    private final Reason reason;

    public FetchRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public FetchRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
