package org.personneltracker.common;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical form of a source address, so one article cited twice is stored once: lower-case scheme and
 * host, http becomes https, no {@code www.}, no default port, no fragment, no tracking parameters, no
 * trailing slash. Only http and https addresses are accepted.
 */
public final class UrlNormalizer {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid");

    private UrlNormalizer() {
    }

    /**
     * @throws IllegalArgumentException with a user-facing message when the text is not an absolute http(s) URL
     */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a URL is required");
        }
        String trimmed = text.trim();
        if (trimmed.length() > 2000) {
            throw new IllegalArgumentException("URL is longer than 2000 characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + abbreviate(trimmed) + "' is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("only http and https URLs are accepted");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("'" + abbreviate(trimmed) + "' has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("URLs with user names or passwords are not accepted");
        }
        host = host.toLowerCase(Locale.ROOT);
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + host + "' is not a valid host name");
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        StringBuilder sb = new StringBuilder("https://").append(host);
        if (port != -1 && port != 80 && port != 443) {
            sb.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        sb.append(path);
        String query = cleanQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        return String.join("&", kept);
    }

    /** True for an absolute http(s) URL: the only kind rendered as a link. */
    public static boolean isWebUrl(String text) {
        try {
            normalize(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
