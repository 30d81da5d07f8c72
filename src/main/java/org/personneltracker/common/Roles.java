package org.personneltracker.common;

/** Role names; an admin also holds editor and viewer, an editor also viewer. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String VIEWER = "viewer";

    private Roles() {
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
