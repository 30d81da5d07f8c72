package org.personneltracker.company;

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
import org.personneltracker.common.MergeRequest;
import org.personneltracker.common.Page;
import org.personneltracker.common.Paging;
import org.personneltracker.common.Roles;
import org.personneltracker.common.Violations;
import org.personneltracker.history.HistoryEntry;

@Path("/api/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {

    @Inject
    CompanyService service;

    @GET
    public Page<CompanyView> list(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Violations v = new Violations();
        int n = Paging.limit(limit, v);
        v.throwIfAny();
        return service.list(q, n, cursor == null || cursor.isBlank() ? null : cursor);
    }

    @GET
    @Path("{slug}")
    public CompanyView get(@PathParam("slug") String slug) {
        return service.get(slug);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response create(CompanyRequest body) {
        CompanyView created = service.create(Bodies.require(body));
        return Response.created(CompanyService.location(created.slug())).entity(created).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    public CompanyView update(@PathParam("slug") String slug, CompanyRequest body) {
        return service.update(slug, Bodies.require(body));
    }

    /** Every change, oldest first: who, when, each field before and after (a deleted company's too). */
    @GET
    @Path("{slug}/history")
    public List<HistoryEntry> history(@PathParam("slug") String slug) {
        return service.history(slug);
    }

    /** Makes a revision current again, as a new revision (200; 201 when it brings back a deleted company). */
    @POST
    @Path("{slug}/history/{revision}/restore")
    @RolesAllowed(Roles.ADMIN)
    public Response restore(@PathParam("slug") String slug, @PathParam("revision") String revision) {
        return service.restore(slug, Ids.parse(revision, "revision")).response(v -> CompanyService.location(v.slug()));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("slug") String slug) {
        service.delete(slug);
        return Response.noContent().build();
    }

    /**
     * Merges this record into another (editor): names become aliases, every reference moves, this address
     * redirects to the kept one. Answers the kept record.
     */
    @POST
    @Path("{slug}/merge")
    @RolesAllowed(Roles.EDITOR)
    public CompanyView merge(@PathParam("slug") String slug, MergeRequest body) {
        return service.merge(slug, Bodies.require(body));
    }
}
