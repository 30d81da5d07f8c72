package org.personneltracker.source;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.personneltracker.common.Bodies;
import org.personneltracker.common.Ids;
import org.personneltracker.common.Page;
import org.personneltracker.common.Paging;
import org.personneltracker.common.Roles;
import org.personneltracker.common.Violations;
import org.personneltracker.history.HistoryEntry;

@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {

    @Inject
    SourceService service;

    @GET
    public Page<SourceView> list(@QueryParam("url") String url, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Violations v = new Violations();
        int n = Paging.limit(limit, v);
        v.throwIfAny();
        return service.list(url == null || url.isBlank() ? null : url, n, cursor == null || cursor.isBlank() ? null : cursor);
    }

    @GET
    @Path("{id}")
    public SourceView get(@PathParam("id") String id) {
        return service.get(Ids.parse(id, "source"));
    }

    @GET
    @Path("{id}/snapshot")
    @RolesAllowed(Roles.EDITOR)
    public SnapshotService.SnapshotView snapshot(@PathParam("id") String id) {
        return service.snapshot(Ids.parse(id, "source"));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response create(SourceInput body) {
        SourceView created = service.create(Bodies.require(body));
        return Response.created(SourceService.location(created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    public SourceView update(@PathParam("id") String id, SourceInput body) {
        return service.update(Ids.parse(id, "source"), Bodies.require(body));
    }

    /** Every change, oldest first: who, when, each field before and after (a deleted source's too). */
    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        return service.history(Ids.parse(id, "source"));
    }

    /** Makes a revision current again, as a new revision (200; 201 when it brings back a deleted source). */
    @POST
    @Path("{id}/history/{revision}/restore")
    @RolesAllowed(Roles.ADMIN)
    public Response restore(@PathParam("id") String id, @PathParam("revision") String revision) {
        return service.restore(Ids.parse(id, "source"), Ids.parse(revision, "revision"))
                .response(v -> SourceService.location(v.id()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        service.delete(Ids.parse(id, "source"));
        return Response.noContent().build();
    }
}
