package org.personneltracker.common;

/** Role names; an admin also holds editor and viewer, an editor also viewer. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String VIEWER = "viewer";

    private Roles() {
    }

    /** The roles in rising order of what they may do. */
    public static final java.util.List<String> ALL = java.util.List.of(VIEWER, EDITOR, ADMIN);

    /** 0 for viewer, 1 for editor, 2 for admin; -1 for anything else. */
    public static int rank(String role) {
        return ALL.indexOf(role);
    }

    /** The lesser of two roles (a token never does more than its owner may do now). */
    public static String lesser(String a, String b) {
        return rank(a) <= rank(b) ? a : b;
    }

    /** The stored role list for a user's top role. */
    public static String expand(String role) {
        return switch (role) {
            case ADMIN -> "admin,editor,viewer";
            case EDITOR -> "editor,viewer";
            case VIEWER -> "viewer";
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
    }
}
