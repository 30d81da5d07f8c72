package org.personneltracker.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, signed keyset-pagination cursors. A cursor carries the sort key of the last item of a page;
 * the signature makes any cursor the server did not issue a 400 rather than a silent wrong page.
 */
public final class Cursors {

    private static final byte[] KEY = "personnel-tracker/cursor/v1".getBytes(StandardCharsets.UTF_8);
    private static final char SEP = '\u001f';

    private Cursors() {
    }

    /** A cursor for the list named {@code list}: it is refused by every other list. */
    public static String encode(String list, List<String> parts) {
        String payload = list + SEP + String.join(String.valueOf(SEP), parts);
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        byte[] sig = mac(body);
        return b64(body) + "." + b64(sig);
    }

    /** Answers the parts of a cursor this server issued, or throws a 400 naming the {@code cursor} parameter. */
    public static List<String> decode(String cursor, String list, int expectedParts) {
        try {
            int dot = cursor.indexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException();
            }
            byte[] body = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            byte[] sig = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(sig, mac(body))) {
                throw new IllegalArgumentException();
            }
            List<String> parts = List.of(new String(body, StandardCharsets.UTF_8).split(String.valueOf(SEP), -1));
            if (parts.size() != expectedParts + 1 || !parts.get(0).equals(list)) {
                throw new IllegalArgumentException();
            }
            return parts.subList(1, parts.size());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cursor", "this cursor was not issued by this server for this list");
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] full = mac.doFinal(body);
            return java.util.Arrays.copyOf(full, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
