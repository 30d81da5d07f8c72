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
import org.personneltracker.common.Roles;
import org.personneltracker.common.TrackerConfig;

/** Users and the first-start admin. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    @Inject
    TrackerConfig config;

    /** Creates the first admin when the database has no users. */
    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent ev) {
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
            return new UserView(u.username, u.roles.split(",")[0]);
        }
    }

    public record UserRequest(String username, String password, String role) {
    }

    @Transactional
    public List<UserView> list() {
        return User.<User>listAll(io.quarkus.panache.common.Sort.by("username")).stream().map(UserView::of).toList();
    }

    @Transactional
    public UserView create(UserRequest body) {
        if (body == null || body.username() == null || !body.username().matches("[A-Za-z0-9._@-]{2,100}")) {
            throw ApiException.badRequest("username", "2 to 100 letters, digits or . _ @ -");
        }
        if (body.password() == null || body.password().length() < 10 || body.password().length() > 200) {
            throw ApiException.badRequest("password", "a password has 10 to 200 characters");
        }
        if (body.role() == null || !List.of(Roles.ADMIN, Roles.EDITOR, Roles.VIEWER).contains(body.role())) {
            throw ApiException.badRequest("role", "role is admin, editor or viewer");
        }
        if (User.count("username", body.username()) > 0) {
            throw ApiException.conflict("the user '" + body.username() + "' exists");
        }
        return UserView.of(create(body.username(), body.password(), body.role()));
    }

    @Transactional
    public void delete(String username, String current) {
        User u = User.find("username", username).firstResult();
        if (u == null) {
            throw ApiException.notFound("user '" + username + "'");
        }
        if (username.equals(current)) {
            throw ApiException.conflict("you cannot delete the user you are signed in as");
        }
        u.delete();
    }

    User create(String username, String password, String role) {
        User u = new User();
        u.username = username;
        u.passwordHash = BcryptUtil.bcryptHash(password, config.bcryptCost());
        u.roles = Roles.expand(role);
        u.persist();
        return u;
    }
}
