package org.personneltracker.context;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.personneltracker.common.Bodies;
import org.personneltracker.common.Ids;
import org.personneltracker.common.Page;
import org.personneltracker.common.Roles;
import org.personneltracker.history.HistoryEntry;

@Path("/api/context-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContextResource {

    @Inject
    ContextService service;

    @GET
    public Page<ContextView> list(@Context UriInfo uri) {
        return service.list(uri.getQueryParameters());
    }

    @GET
    @Path("{id}")
    public ContextView get(@PathParam("id") String id) {
        return service.get(Ids.parse(id, "context event"));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response create(ContextRequest body) {
        ContextView created = service.create(Bodies.require(body));
        return Response.created(ContextService.location(created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    public ContextView update(@PathParam("id") String id, ContextRequest body) {
        return service.update(Ids.parse(id, "context event"), Bodies.require(body));
    }

    /** Every change, oldest first: who, when, each field before and after (a deleted context event's too). */
    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        return service.history(Ids.parse(id, "context event"));
    }

    /** Makes a revision current again, as a new revision (200; 201 when it brings back a deleted one). */
    @POST
    @Path("{id}/history/{revision}/restore")
    @RolesAllowed(Roles.ADMIN)
    public Response restore(@PathParam("id") String id, @PathParam("revision") String revision) {
        return service.restore(Ids.parse(id, "context event"), Ids.parse(revision, "revision"))
                .response(v -> ContextService.location(v.id()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        service.delete(Ids.parse(id, "context event"));
        return Response.noContent().build();
    }
}
