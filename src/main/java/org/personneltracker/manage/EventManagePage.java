package org.personneltracker.manage;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.FormErrors;
import org.personneltracker.common.Ids;
import org.personneltracker.common.Links;
import org.personneltracker.common.Roles;
import org.personneltracker.common.Text;
import org.personneltracker.common.Violation;
import org.personneltracker.event.EventService;
import org.personneltracker.event.EventView;

/** /events/{id}/retract, /reinstate and /delete: withdrawing an event (editors) or deleting it (admins). */
@Path("/events/{id}")
@Produces(MediaType.TEXT_HTML)
public class EventManagePage {

    static final int MAX_REASON = 1000;

    @Inject
    EventService events;

    @GET
    @Path("retract")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance retractForm(@PathParam("id") String id) {
        EventView e = events.get(Ids.parse(id, "event"));
        return ManagePages.Templates.retract(e.id(), title(e), "", FormErrors.none());
    }

    @POST
    @Path("retract")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retract(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        EventView e = events.get(Ids.parse(id, "event"));
        String reason = Text.orEmpty(form.getFirst("reason")).trim();
        String problem = reason.isEmpty() ? "say why the event is retracted: readers see this on its page"
                : reason.length() > MAX_REASON ? "at most " + MAX_REASON + " characters (" + reason.length() + " now)"
                : null;
        if (problem == null) {
            try {
                events.retract(e.id(), reason);
                return ManagePages.seeOther("/events/" + e.id() + "?retracted=1");
            } catch (ApiException ex) {
                if (ex.status() != 409) {
                    throw ex;
                }
                problem = ex.getMessage();
            }
        }
        return Response.status(400).entity(ManagePages.Templates.retract(e.id(), title(e), reason,
                FormErrors.of(List.of(new Violation("reason", problem)), Map.of("reason", "Reason")))).build();
    }

    @POST
    @Path("reinstate")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reinstate(@PathParam("id") String id) {
        long eventId = Ids.parse(id, "event");
        events.reinstate(eventId);
        return ManagePages.seeOther("/events/" + eventId + "?reinstated=1");
    }

    @GET
    @Path("delete")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance confirmDelete(@PathParam("id") String id) {
        EventView e = events.get(Ids.parse(id, "event"));
        return ManagePages.Templates.confirm(new ManagePages.Confirm("event", title(e), "/events/" + e.id() + "/delete",
                "/events/" + e.id(), null));
    }

    @POST
    @Path("delete")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id) {
        EventView e = events.get(Ids.parse(id, "event"));
        events.delete(e.id());
        return ManagePages.seeOther("/companies/" + e.company().slug() + "?deleted=" + Links.enc(title(e)));
    }

    static String title(EventView e) {
        return e.person().name() + ": " + e.type().name().toLowerCase().replace('_', ' ') + " at " + e.company().name()
                + " (" + e.date() + ")";
    }
}
