package org.personneltracker.transfer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.personneltracker.common.Roles;

/**
 * /admin/import: upload a JSON Lines export or a CSV of events. A small file is imported at once and the page shows
 * the counts or every error with its line; a large one goes to /admin/import/{id}, which shows a progress bar and
 * reloads itself every two seconds while the import runs (a meta refresh, so it works without JavaScript;
 * {@code import.js} updates the bar in place instead, from /admin/import/{id}/status).
 */
@Path("/admin/import")
@RolesAllowed(Roles.ADMIN)
public class ImportPage {

    /** What an upload gave, for the form page. */
    public record Result(ImportCounts counts, List<ImportError> errors, long errorCount, String fileName) {
        public boolean refused() {
            return counts == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Result result);

        static native TemplateInstance status(ImportStatus status, boolean running, int percent);
    }

    @Inject
    ImportJobs jobs;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.form(null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String format) {
        if (file == null || file.size() == 0) {
            return Response.status(400).entity(Templates.form(new Result(null, List.of(new ImportError(0, "file",
                    "choose a file to import")), 1, null))).build();
        }
        boolean csv = "csv".equals(format) || (!"jsonl".equals(format) && file.fileName() != null
                && file.fileName().toLowerCase().endsWith(".csv"));
        ImportService.Format f = csv ? ImportService.Format.CSV : ImportService.Format.JSON_LINES;
        ImportJobs.Upload upload;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            upload = jobs.spool(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!upload.small()) {
            ImportStatus status = jobs.submit(upload, f, StandardCharsets.UTF_8, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/admin/import/" + status.id())).build();
        }
        ImportService.Outcome o = jobs.runNow(upload, f, StandardCharsets.UTF_8);
        Result r = new Result(o.counts(), o.errors(), o.errorCount(), file.fileName());
        return Response.status(o.refused() ? 400 : 200).entity(Templates.form(r)).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance status(@PathParam("id") String id) {
        ImportStatus s = jobs.status(id);
        boolean running = s.state() == ImportJob.State.CHECKING || s.state() == ImportJob.State.WRITING;
        return Templates.status(s, running, percent(s));
    }

    /** The status as JSON for import.js (a page path, so the browser's sign-in applies). */
    @GET
    @Path("{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportStatus statusJson(@PathParam("id") String id) {
        return jobs.status(id);
    }

    /** Checking counts as the first tenth of the work, writing as the rest. */
    static int percent(ImportStatus s) {
        return switch (s.state()) {
            case CHECKING -> 5;
            case WRITING -> s.lines() == 0 ? 10 : (int) (10 + 90 * Math.min(1.0, (double) s.processed() / s.lines()));
            case DONE -> 100;
            case FAILED -> 0;
        };
    }
}
