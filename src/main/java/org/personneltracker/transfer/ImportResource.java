package org.personneltracker.transfer;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Problem;
import org.personneltracker.common.Roles;

/**
 * POST /api/import (admins): JSON Lines in the export's format, or events as CSV. A small file answers 200 with
 * the counts (or 400 with every error); a large one 202 with {@code Location: /api/import/{id}}, the status
 * resource.
 */
@Path("/api/import")
public class ImportResource {

    @Inject
    ImportJobs jobs;

    @Inject
    SecurityIdentity identity;

    /** The answer of a refused import: problem+json with every error and its line. */
    public record Refusal(String type, String title, int status, String detail, java.util.List<ImportError> errors,
            long errorCount) {
    }

    @POST
    @Consumes({ExportResource.NDJSON, "text/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response upload(InputStream body, @HeaderParam("Content-Type") MediaType type) {
        ImportService.Format format = type != null && type.isCompatible(MediaType.valueOf("text/csv"))
                ? ImportService.Format.CSV : ImportService.Format.JSON_LINES;
        Charset charset = charset(type);
        ImportJobs.Upload upload = jobs.spool(body);
        if (!upload.small()) {
            ImportStatus status = jobs.submit(upload, format, charset, identity.getPrincipal().getName());
            return Response.accepted(status).location(location(status.id())).build();
        }
        ImportService.Outcome o = jobs.runNow(upload, format, charset);
        if (o.refused()) {
            return refusal(o);
        }
        return Response.ok(o.counts()).build();
    }

    /** The character set the Content-Type names (UTF-8 when none, or one this server does not know: a 415). */
    static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get("charset");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ApiException(415, "Unsupported media type", "unknown character set '" + name + "'",
                    java.util.List.of(), null);
        }
    }

    static Response refusal(ImportService.Outcome o) {
        String detail = o.errorCount() == 1 ? "1 record was refused: nothing was imported"
                : o.errorCount() + " errors: nothing was imported"
                        + (o.errorCount() > o.errors().size() ? " (the first " + o.errors().size() + " are listed)" : "");
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Refusal("https://www.rfc-editor.org/rfc/rfc9110#status.400", "Bad request", 400, detail,
                        o.errors(), o.errorCount()))
                .build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public ImportStatus status(@PathParam("id") String id) {
        return jobs.status(id);
    }

    static URI location(String id) {
        return URI.create("/api/import/" + id);
    }
}
