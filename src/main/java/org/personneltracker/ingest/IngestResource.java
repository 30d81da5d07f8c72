package org.personneltracker.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.personneltracker.common.Bodies;
import org.personneltracker.common.Roles;

@Path("/api/ingest/article")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IngestResource {

    @Inject
    IngestService service;

    /** Reads an article and answers drafts of the events it reports; stores nothing. */
    @POST
    @RolesAllowed(Roles.EDITOR)
    public IngestResult ingest(IngestRequest body) {
        return service.ingest(Bodies.require(body));
    }
}
