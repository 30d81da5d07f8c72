package org.personneltracker.event;

import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Bodies;
import org.personneltracker.common.Ids;
import org.personneltracker.common.Roles;
import org.personneltracker.history.HistoryEntry;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService service;

    @Inject
    ObjectMapper mapper;

    /** The JSON list; {@code format=csv} answers every match as CSV instead (for a link in a page). */
    @GET
    public Response list(@Context UriInfo uri) {
        String format = uri.getQueryParameters().getFirst("format");
        if ("csv".equals(format)) {
            return csv(uri);
        }
        if (format != null && !format.equals("json")) {
            throw ApiException.badRequest("format", "format is json or csv");
        }
        return Response.ok(service.list(EventFilter.parse(uri.getQueryParameters(), false)))
                .type(MediaType.APPLICATION_JSON).build();
    }

    /**
     * Every match of the filters as RFC 4180 CSV with a header row ({@link EventCsv}), streamed, not paged
     * ({@code limit} and {@code cursor} do not apply).
     */
    @GET
    @Produces(CSV + ";qs=0.5")
    public Response csv(@Context UriInfo uri) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>(uri.getQueryParameters());
        params.remove("format");
        params.remove("limit");
        params.remove("cursor");
        EventFilter filter = EventFilter.parse(params, false);
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(EventCsv.COLUMNS.toArray(String[]::new)).get()
                    .print(w);
            service.stream(filter, Integer.MAX_VALUE, views -> {
                try {
                    for (EventView e : views) {
                        csv.printRecord(EventCsv.row(e, mapper));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        };
        return Response.ok(body, CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"events.csv\"").build();
    }

    static final String CSV = "text/csv";

    @GET
    @Path("{id}")
    public EventView get(@PathParam("id") String id) {
        return service.get(Ids.parse(id, "event"));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response create(EventRequest body) {
        EventView created = service.create(Bodies.require(body));
        return Response.created(EventService.location(created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    public EventView update(@PathParam("id") String id, EventRequest body) {
        return service.update(Ids.parse(id, "event"), Bodies.require(body));
    }

    /** Every change, oldest first: who, when, each field before and after (a deleted event's too). */
    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        return service.history(Ids.parse(id, "event"));
    }

    /** Makes a revision current again, as a new revision (200; 201 when it brings back a deleted event). */
    @POST
    @Path("{id}/history/{revision}/restore")
    @RolesAllowed(Roles.ADMIN)
    public Response restore(@PathParam("id") String id, @PathParam("revision") String revision) {
        return service.restore(Ids.parse(id, "event"), Ids.parse(revision, "revision"))
                .response(v -> EventService.location(v.id()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        service.delete(Ids.parse(id, "event"));
        return Response.noContent().build();
    }

    /** Retracts the event with a reason (editor): it keeps its page and history, lists and counts leave it out. */
    @POST
    @Path("{id}/retraction")
    @RolesAllowed(Roles.EDITOR)
    public EventView retract(@PathParam("id") String id, RetractionRequest body) {
        long eventId = Ids.parse(id, "event");
        return service.retract(eventId, Bodies.require(body).checkedReason());
    }

    /** Withdraws a retraction (editor): the event is back in the lists. */
    @DELETE
    @Path("{id}/retraction")
    @RolesAllowed(Roles.EDITOR)
    public Response reinstate(@PathParam("id") String id) {
        service.reinstate(Ids.parse(id, "event"));
        return Response.noContent().build();
    }
}
