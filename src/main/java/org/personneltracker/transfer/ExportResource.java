package org.personneltracker.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.personneltracker.common.Roles;

/** GET /api/export (editors): the whole dataset as JSON Lines, streamed ({@link ExportService}). */
@Path("/api/export")
public class ExportResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ExportService export;

    @GET
    @Produces(NDJSON)
    @RolesAllowed(Roles.EDITOR)
    public Response export() {
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            QuarkusTransaction.requiringNew().timeout(ImportService.TIMEOUT).run(() -> export.write(w));
            w.flush();
        };
        return Response.ok(body, NDJSON + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"tracker-" + LocalDate.now() + ".jsonl\"")
                .build();
    }
}
