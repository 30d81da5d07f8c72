package org.personneltracker.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Ids;
import org.personneltracker.common.Roles;

/**
 * The caller's own account: who they are, their password, and their API tokens ({@code /api/tokens}, API.md "API
 * tokens"). Any signed-in user; tokens are made with a password (Basic or the page), not with another token, so a
 * leaked token cannot mint itself successors that outlive its revocation.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class AccountResource {

    public record Me(String username, String role, String via) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokens tokens;

    @GET
    @Path("account")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), Identities.topRole(identity), Identities.via(identity));
    }

    @PUT
    @Path("account/password")
    public Response changePassword(AccountService.PasswordChange body) {
        accounts.changePassword(Identities.userId(identity), body, null);
        return Response.noContent().build();
    }

    @POST
    @Path("tokens")
    public Response createToken(ApiTokens.TokenRequest body) {
        if (Identities.TOKEN.equals(Identities.via(identity))) {
            throw new ApiException(403, "Forbidden", "API tokens are made with your password (HTTP Basic or the"
                    + " tokens page), not with another token", List.of(), null);
        }
        ApiTokens.TokenView t = tokens.create(body, Identities.userId(identity));
        return Response.created(URI.create("/api/tokens/" + t.id())).entity(t).build();
    }

    @GET
    @Path("tokens")
    public List<ApiTokens.TokenView> listTokens() {
        return tokens.list(Identities.userId(identity), identity.hasRole(Roles.ADMIN));
    }

    @DELETE
    @Path("tokens/{id}")
    public Response revokeToken(@PathParam("id") String id) {
        tokens.revoke(Ids.parse(id, "token"), Identities.userId(identity), identity.hasRole(Roles.ADMIN),
                identity.getPrincipal().getName());
        return Response.noContent().build();
    }
}
