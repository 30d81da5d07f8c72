package org.personneltracker.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.personneltracker.common.Roles;

/** Online backups (admin): make one while the tracker runs, list them, download one. */
@Path("/api/admin/backups")
@RolesAllowed(Roles.ADMIN)
public class BackupResource {

    @Inject
    BackupService service;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create() {
        BackupService.BackupView b = service.create();
        return Response.created(URI.create("/api/admin/backups/" + b.name())).entity(b).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<BackupService.BackupView> list() {
        return service.list();
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@PathParam("name") String name) {
        return Response.ok(service.file(name).toFile()).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
