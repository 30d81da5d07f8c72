package org.personneltracker.manage;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.FormErrors;
import org.personneltracker.common.Links;
import org.personneltracker.common.MergeRequest;
import org.personneltracker.common.NamedRecords;
import org.personneltracker.common.Roles;
import org.personneltracker.common.Text;

/**
 * The merge and delete pages of a named record (a person or a company), written once: {@code /{slug}/merge} and
 * {@code /{slug}/delete} under the subclass's path. The subclass says how to read, find, merge and delete its records
 * through its feature's service, and what to tell the user.
 *
 * @param <V> the record's view
 */
abstract class RecordPages<V> {

    /**
     * What the pages say of this kind of record.
     *
     * @param kind "person", "company"
     * @param plural "people", "companies": the path segment, as in /companies/{slug}
     * @param labels the form's labels by input name, for error messages
     * @param deleteAdvice what to do when the delete was refused (409): follows "Not deleted: <reason>. "
     * @param afterDelete where the user lands after deleting
     */
    record Kind(String kind, String plural, Map<String, String> labels, String deleteAdvice, String afterDelete) {
    }

    private final Kind k;

    RecordPages(Kind k) {
        this.k = k;
    }

    abstract V get(String slug);

    abstract String name(V record);

    abstract String slug(V record);

    abstract List<NamedRecords.Similar> similar(String name, int limit);

    /** The slug of the record a user typed into "merge into" (a slug or a name), or what they typed. */
    abstract String target(String typed, String slug);

    abstract V mergeInto(String slug, MergeRequest into);

    abstract void remove(String slug);

    /** Why {@code record} cannot be deleted, said before the user tries, or null when it may be. */
    abstract String refusalBeforeDelete(V record);

    private String page(String slug) {
        return "/" + k.plural() + "/" + slug;
    }

    // ---------------------------------------------------------------- merge

    @GET
    @Path("merge")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance mergeForm(@PathParam("slug") String slug) {
        return ManagePages.Templates.merge(mergeModel(get(slug), "", FormErrors.none()));
    }

    @POST
    @Path("merge")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        V record = get(slug);
        String into = Text.orEmpty(form.getFirst("into")).trim();
        try {
            V kept = mergeInto(slug, new MergeRequest(target(into, slug)));
            return ManagePages.seeOther(page(slug(kept)) + "?merged=" + Links.enc(name(record)));
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(ManagePages.Templates.merge(mergeModel(record, into,
                    FormErrors.of(e.violations(), k.labels())))).build();
        }
    }

    private ManagePages.Merge mergeModel(V record, String into, FormErrors errors) {
        var close = similar(name(record), 8).stream().filter(s -> !s.slug().equals(slug(record))).toList();
        return new ManagePages.Merge(k.kind(), k.plural(), slug(record), name(record), into, close, errors,
                "/" + k.plural() + "/");
    }

    // ---------------------------------------------------------------- delete

    @GET
    @Path("delete")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance confirmDelete(@PathParam("slug") String slug) {
        V record = get(slug);
        return ManagePages.Templates.confirm(confirm(record, refusalBeforeDelete(record)));
    }

    @POST
    @Path("delete")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("slug") String slug) {
        V record = get(slug);
        try {
            remove(slug);
        } catch (ApiException e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(ManagePages.Templates.confirm(confirm(record,
                    "Not deleted: " + e.getMessage() + ". " + k.deleteAdvice()))).build();
        }
        return ManagePages.seeOther(k.afterDelete() + "?deleted=" + Links.enc(name(record)));
    }

    private ManagePages.Confirm confirm(V record, String refusal) {
        String at = page(slug(record));
        return new ManagePages.Confirm(k.kind(), name(record), at + "/delete", at, refusal);
    }
}
