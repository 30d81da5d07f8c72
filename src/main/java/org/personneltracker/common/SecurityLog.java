package org.personneltracker.common;

import org.jboss.logging.Logger;

/**
 * One line per security event, in the log category {@code tracker.security} (route it to its own file or level with
 * {@code quarkus.log.category."tracker.security"...}): sign-in success and failure, throttling, 401 and 403 answers,
 * user, password, session and token changes. Lines are {@code event key=value ...}; values a client chose (user names,
 * paths) are quoted with control characters escaped, so a crafted name cannot forge a line. Never a password, token or
 * cookie.
 */
public final class SecurityLog {

    private static final Logger LOG = Logger.getLogger("tracker.security");

    private SecurityLog() {
    }

    /** Logs {@code event} with key/value pairs: {@code event("sign-in.failed", "user", name, "from", address)}. */
    public static void event(String event, Object... keyValues) {
        LOG.info(line(event, keyValues));
    }

    /** A warning-level event (throttling, refused forged requests). */
    public static void warn(String event, Object... keyValues) {
        LOG.warn(line(event, keyValues));
    }

    static String line(String event, Object... keyValues) {
        StringBuilder sb = new StringBuilder(event);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            sb.append(' ').append(keyValues[i]).append('=');
            Object v = keyValues[i + 1];
            if (v == null) {
                sb.append('-');
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                quote(sb, v.toString());
            }
        }
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        int max = Math.min(s.length(), 200);
        for (int i = 0; i < max; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (s.length() > max) {
            sb.append("...");
        }
        sb.append('"');
    }
}
