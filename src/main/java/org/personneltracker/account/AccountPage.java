package org.personneltracker.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Ids;
import org.personneltracker.common.Roles;
import org.personneltracker.common.Text;
import org.personneltracker.common.Violation;

/**
 * The signed-in user's own pages: change the password (/account/password) and make or revoke API tokens
 * (/account/tokens; a new token's secret is shown once, on the page that answers its creation). The same services as
 * {@code /api/account/password} and {@code /api/tokens}.
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPage {

    /** A token form as typed, kept when it is refused. */
    public record TokenForm(String name, String role, String expiresAt) {
    }

    /** A token as the page lists it, times in UTC. */
    public record TokenRow(long id, String name, String role, String created, String expires, boolean expired,
            String lastUsed) {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC);
        private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'",
                Locale.ENGLISH).withZone(ZoneOffset.UTC);

        static TokenRow of(ApiTokens.TokenView t) {
            return new TokenRow(t.id(), t.name(), t.role(), DAY.format(t.createdAt()),
                    t.expiresAt() == null ? "never" : DAY.format(t.expiresAt()), t.expired(),
                    t.lastUsedAt() == null ? "never" : MINUTE.format(t.lastUsedAt()));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(String error, String field, boolean changed);

        static native TemplateInstance tokens(List<TokenRow> tokens, ApiTokens.TokenView created,
                List<String> roles, TokenForm form, List<Violation> errors, boolean revoked);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokens tokens;

    @GET
    public Response home() {
        return Response.status(303).header(HttpHeaders.LOCATION, "/account/tokens").build();
    }

    @GET
    @Path("password")
    public TemplateInstance passwordForm(@RestQuery String changed) {
        return Templates.password(null, null, changed != null);
    }

    @POST
    @Path("password")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String repeatPassword) {
        if (newPassword != null && !newPassword.equals(repeatPassword)) {
            return refused(new ApiException(400, "Bad request", "the two new passwords differ",
                    List.of(new Violation("repeatPassword", "the two new passwords differ")), null));
        }
        try {
            accounts.changePassword(Identities.userId(identity),
                    new AccountService.PasswordChange(currentPassword, newPassword),
                    identity.getAttribute(Identities.SESSION_HASH));
        } catch (ApiException e) {
            return refused(e);
        }
        return Response.status(303).header(HttpHeaders.LOCATION, "/account/password?changed=1").build();
    }

    private static Response refused(ApiException e) {
        Violation v = e.violations().isEmpty() ? new Violation("newPassword", e.getMessage()) : e.violations().get(0);
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.password(v.message(), v.field(), false)).build();
    }

    @GET
    @Path("tokens")
    public TemplateInstance tokenList(@RestQuery String revoked) {
        return page(null, new TokenForm("", Identities.topRole(identity), ""), List.of(), revoked != null);
    }

    @POST
    @Path("tokens")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response createToken(@RestForm String name, @RestForm String role, @RestForm String expiresAt) {
        TokenForm form = new TokenForm(Text.orEmpty(name), Text.orEmpty(role), Text.orEmpty(expiresAt));
        try {
            ApiTokens.TokenView created = tokens.create(new ApiTokens.TokenRequest(name, Text.blankToNull(role),
                    Text.blankToNull(expiresAt)), Identities.userId(identity));
            return Response.ok(page(created, new TokenForm("", Identities.topRole(identity), ""), List.of(), false)).build();
        } catch (ApiException e) {
            List<Violation> errors = e.violations().isEmpty() ? List.of(new Violation("name", e.getMessage()))
                    : e.violations();
            return Response.status(e.status()).entity(page(null, form, errors, false)).build();
        }
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(Ids.parse(id, "token"), Identities.userId(identity), false, identity.getPrincipal().getName());
        return Response.status(303).header(HttpHeaders.LOCATION, "/account/tokens?revoked=1").build();
    }

    private TemplateInstance page(ApiTokens.TokenView created, TokenForm form, List<Violation> errors,
            boolean revoked) {
        String top = Identities.topRole(identity);
        List<String> roles = Roles.ALL.stream().filter(r -> Roles.rank(r) <= Roles.rank(top)).toList();
        List<TokenRow> rows = tokens.list(Identities.userId(identity), false).stream().map(TokenRow::of).toList();
        return Templates.tokens(rows, created, roles, form, errors, revoked);
    }
}
