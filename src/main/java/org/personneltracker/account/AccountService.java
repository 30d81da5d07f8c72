package org.personneltracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.FirstStartLock;
import org.personneltracker.common.Roles;
import org.personneltracker.common.SecurityLog;
import org.personneltracker.common.TrackerConfig;

/** Users, their passwords, and the first-start admin. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    @Inject
    TrackerConfig config;

    @Inject
    FirstStartLock firstStart;

    @Inject
    Sessions sessions;

    /**
     * Creates the first admin when the database has no users. Under the first-start lock, so that two instances
     * starting together on one database create one admin.
     */
    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent ev) {
        firstStart.lock();
        if (User.count() > 0) {
            return;
        }
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        create("admin", password, Roles.ADMIN);
        if (generated) {
            LOG.warnf("Created user 'admin' with the generated password %s (shown once; set TRACKER_ADMIN_PASSWORD"
                    + " to choose it)", password);
        } else {
            LOG.info("Created user 'admin' with the password from TRACKER_ADMIN_PASSWORD / tracker.admin.password");
        }
    }

    public record UserView(String username, String role) {
        static UserView of(User u) {
            return new UserView(u.username, u.role());
        }
    }

    public record UserRequest(String username, String password, String role) {
    }

    /** Body of PUT /api/account/password: the caller's current password and the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** Body of PUT /api/users/{username}/password (admin). */
    public record PasswordReset(String password) {
    }

    @Transactional
    public List<UserView> list() {
        return User.<User>listAll(io.quarkus.panache.common.Sort.by("username")).stream().map(UserView::of).toList();
    }

    @Transactional
    public UserView create(UserRequest body, String by) {
        if (body == null || body.username() == null || !body.username().matches("[A-Za-z0-9._@-]{2,100}")) {
            throw ApiException.badRequest("username", "2 to 100 letters, digits or . _ @ -");
        }
        String problem = PasswordPolicy.problem(body.password(), body.username());
        if (problem != null) {
            throw ApiException.badRequest("password", problem);
        }
        if (body.role() == null || Roles.rank(body.role()) < 0) {
            throw ApiException.badRequest("role", "role is admin, editor or viewer");
        }
        User existing = User.find("usernameKey", User.key(body.username())).firstResult();
        if (existing != null) {
            throw ApiException.conflict("the user '" + existing.username + "' exists (user names ignore case)");
        }
        User u = create(body.username(), body.password(), body.role());
        SecurityLog.event("user.created", "user", u.username, "role", body.role(), "by", by);
        return UserView.of(u);
    }

    @Transactional
    public void delete(String username, String current) {
        User u = find(username);
        if (u.username.equals(current)) {
            throw ApiException.conflict("you cannot delete the user you are signed in as");
        }
        u.delete();
        SecurityLog.event("user.deleted", "user", u.username, "by", current);
    }

    /**
     * The caller changes their own password, giving the current one. Their other sessions end (a session stolen
     * before the change stops working); the one they changed it from, if any, stays.
     */
    @Transactional
    public void changePassword(long userId, PasswordChange body, String keepSessionHash) {
        if (body == null) {
            throw ApiException.badRequest("body", "a JSON body is required");
        }
        User u = User.findById(userId);
        if (u == null) {
            throw ApiException.notFound("user");
        }
        if (body.currentPassword() == null || !BcryptUtil.matches(body.currentPassword(), u.passwordHash)) {
            SecurityLog.warn("password.change-refused", "user", u.username, "reason", "wrong current password");
            throw ApiException.badRequest("currentPassword", "this is not your current password");
        }
        String problem = PasswordPolicy.problem(body.newPassword(), u.username);
        if (problem != null) {
            throw ApiException.badRequest("newPassword", problem);
        }
        if (BcryptUtil.matches(body.newPassword(), u.passwordHash)) {
            throw ApiException.badRequest("newPassword", "the new password is the current one");
        }
        u.passwordHash = BcryptUtil.bcryptHash(body.newPassword(), config.bcryptCost());
        int ended = sessions.endAllOf(u.id, keepSessionHash);
        SecurityLog.event("password.changed", "user", u.username, "otherSessionsEnded", ended);
    }

    /** An admin sets a user's password (the user forgot it, or it leaked): every session of that user ends. */
    @Transactional
    public void resetPassword(String username, PasswordReset body, String by) {
        User u = find(username);
        String problem = PasswordPolicy.problem(body == null ? null : body.password(), u.username);
        if (problem != null) {
            throw ApiException.badRequest("password", problem);
        }
        u.passwordHash = BcryptUtil.bcryptHash(body.password(), config.bcryptCost());
        int ended = sessions.endAllOf(u.id, null);
        SecurityLog.event("password.reset", "user", u.username, "by", by, "sessionsEnded", ended);
    }

    private static User find(String username) {
        User u = username == null ? null : User.find("username", username).firstResult();
        if (u == null && username != null) {
            u = User.find("usernameKey", User.key(username)).firstResult();
        }
        if (u == null) {
            throw ApiException.notFound("user '" + username + "'");
        }
        return u;
    }

    User create(String username, String password, String role) {
        User u = new User();
        u.username = username;
        u.usernameKey = User.key(username);
        u.passwordHash = BcryptUtil.bcryptHash(password, config.bcryptCost());
        u.roles = Roles.expand(role);
        u.persist();
        return u;
    }
}
