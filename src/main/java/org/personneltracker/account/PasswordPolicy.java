package org.personneltracker.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.personneltracker.common.TextRules;

/**
 * What a new password must be: 10 characters or more; at most 72 bytes in UTF-8, because bcrypt reads no further (a
 * longer one would be cut silently, so it is refused with a message saying so); not one of the most common passwords
 * (a bundled public-domain list, also with a number or symbol tail such as "password123!"); not the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why this password cannot be set for this user, or null when it can. */
    public static String problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return "a password is required";
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "a password has at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "a password has at most " + MAX_BYTES + " bytes (72 letters without accents; fewer with accents or"
                    + " other scripts): longer ones would be cut short without notice";
        }
        if (TextRules.problem(password, false) != null) {
            return "a password cannot contain control characters or line breaks";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common(lower)) {
            return "this is one of the most common passwords: choose another (a few unrelated words make a good one)";
        }
        if (username != null && username.trim().length() >= 4 && lower.contains(User.key(username))) {
            return "a password must not contain the user name";
        }
        if (lower.codePoints().distinct().count() < 4) {
            return "a password needs more than three different characters";
        }
        return null;
    }

    /** A listed password, or one with a tail of digits and symbols after a listed one ("monkey2024!"). */
    static boolean common(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return end >= 4 && end < lower.length() && COMMON.contains(lower.substring(0, end));
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/passwords/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("passwords/common-passwords.txt is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    set.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Set.copyOf(set);
    }
}
