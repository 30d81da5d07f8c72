package org.personneltracker.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Who a revision is recorded for. By default the signed-in user of the request (form session, Basic or token);
 * the app's own writes name themselves for the running transaction ({@link #actAs}: "seed", "seed-review"), and a
 * writer may add a note ({@link #note}: "restored revision 12"). Both are kept with the transaction
 * ({@link TransactionSynchronizationRegistry}), so they end with it and never leak into another request.
 */
public final class Revisions {

    /** The user recorded when neither a request user nor {@link #actAs} names one: startup work, jobs. */
    public static final String SYSTEM = "system";

    private static final String USER_KEY = Revisions.class.getName() + ".user";
    private static final String NOTE_KEY = Revisions.class.getName() + ".note";

    private Revisions() {
    }

    public record Author(String user, String note) {
    }

    /** Records the revisions of the running transaction as made by {@code user}, with an optional note. */
    public static void actAs(String user, String note) {
        TransactionSynchronizationRegistry tx = transaction();
        tx.putResource(USER_KEY, user);
        if (note != null) {
            tx.putResource(NOTE_KEY, truncate(note));
        }
    }

    /** Adds a note to the revision of the running transaction (the user stays the signed-in one). */
    public static void note(String note) {
        transaction().putResource(NOTE_KEY, truncate(note));
    }

    static Author author() {
        String user = null;
        String note = null;
        TransactionSynchronizationRegistry tx = registry();
        if (tx != null && tx.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            user = (String) tx.getResource(USER_KEY);
            note = (String) tx.getResource(NOTE_KEY);
        }
        if (user == null) {
            user = requestUser();
        }
        return new Author(user == null ? SYSTEM : user, note);
    }

    private static String requestUser() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return null;
        }
        InstanceHandle<SecurityIdentity> identity = arc.instance(SecurityIdentity.class);
        if (!identity.isAvailable()) {
            return null;
        }
        SecurityIdentity id = identity.get();
        return id.isAnonymous() ? null : id.getPrincipal().getName();
    }

    private static TransactionSynchronizationRegistry transaction() {
        TransactionSynchronizationRegistry tx = registry();
        if (tx == null || tx.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("a revision's author is set inside the transaction that writes");
        }
        return tx;
    }

    private static TransactionSynchronizationRegistry registry() {
        ArcContainer arc = Arc.container();
        if (arc == null) {
            return null;
        }
        InstanceHandle<TransactionSynchronizationRegistry> h = arc.instance(TransactionSynchronizationRegistry.class);
        return h.isAvailable() ? h.get() : null;
    }

    private static String truncate(String note) {
        return note.length() > 1000 ? note.substring(0, 997) + "..." : note;
    }
}
