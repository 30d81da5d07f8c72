package org.personneltracker.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import org.personneltracker.common.Links;

/** User management (admin only). */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class UserResource {

    @Inject
    AccountService service;

    @Inject
    SecurityIdentity identity;

    @GET
    public List<AccountService.UserView> list() {
        return service.list();
    }

    @POST
    public Response create(AccountService.UserRequest body) {
        AccountService.UserView u = service.create(body, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/users/" + Links.enc(u.username()))).entity(u).build();
    }

    /** Sets another user's password (they forgot it, or it leaked); all their sessions end. */
    @PUT
    @Path("{username}/password")
    public Response resetPassword(@PathParam("username") String username, AccountService.PasswordReset body) {
        service.resetPassword(username, body, identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username) {
        service.delete(username, identity.getPrincipal().getName());
        return Response.noContent().build();
    }
}
