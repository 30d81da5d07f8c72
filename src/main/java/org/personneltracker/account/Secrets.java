package org.personneltracker.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed to a client (session cookies, API tokens) and the SHA-256 under which they are stored. A fast
 * hash is right here: the secrets are 256 random bits, so there is nothing to guess that a slow hash would protect,
 * and the lookup must cost no more than an index probe.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 32 random bytes, URL-safe base64 without padding (43 characters), after {@code prefix}. */
    static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the secret's UTF-8 bytes. */
    static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    /**
     * The CSRF token of a session (or of an anonymous visitor's pre-session cookie): derived from its secret, so it is
     * bound to it, needs no storage and is the same on every app instance; it reveals nothing of the secret.
     */
    static String csrfToken(String secret) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("tracker-csrf-v1:" + secret));
    }

    /** Constant-time comparison of two tokens. */
    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
