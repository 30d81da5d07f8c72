package org.personneltracker.insight;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.Csv;
import org.personneltracker.common.Ids;

/**
 * /api/insights: what the moves mean (API.md, "Insights"). Every insight takes the event filters that make sense for
 * it as query parameters; the answers are bounded (see each record).
 */
@Path("/api/insights")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {

    @Inject
    InsightService service;

    @GET
    @Path("around/{id}")
    public Around around(@PathParam("id") String id, @Context UriInfo uri) {
        long eventId = Ids.parse(id, "event");
        return service.around(eventId, InsightQuery.parse(uri.getQueryParameters(), InsightQuery.Kind.AROUND));
    }

    @GET
    @Path("waves")
    public Waves waves(@Context UriInfo uri) {
        return service.waves(InsightQuery.parse(uri.getQueryParameters(), InsightQuery.Kind.WAVES));
    }

    @GET
    @Path("flows")
    public Flows flows(@Context UriInfo uri) {
        return service.flows(InsightQuery.parse(uri.getQueryParameters(), InsightQuery.Kind.FLOWS));
    }

    @GET
    @Path("after-launches")
    public AfterLaunches afterLaunches(@Context UriInfo uri) {
        return service.afterLaunches(InsightQuery.parse(uri.getQueryParameters(), InsightQuery.Kind.AFTER_LAUNCHES));
    }

    /** JSON, or RFC 4180 CSV with {@code format=csv} or {@code Accept: text/csv}. */
    @GET
    @Path("series")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response series(@Context UriInfo uri, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        String format = params.getFirst("format");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw ApiException.badRequest("format", "format is csv or json");
        }
        Series s = service.series(InsightQuery.parse(params, InsightQuery.Kind.SERIES));
        boolean csv = "csv".equals(format) || format == null && prefersCsv(headers);
        if (!csv) {
            return Response.ok(s, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput body = out -> {
            OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            List<List<?>> rows = new ArrayList<>();
            s.series().forEach(r -> rows.add(List.of(r.period(), r.key(), r.label(), r.departures(), r.hires(), "")));
            s.unplaced().forEach(r -> rows.add(List.of(r.period(), r.key(), r.label(), r.departures(), r.hires(),
                    "dated only to the year")));
            Csv.write(w, List.of("period", "key", "label", "departures", "hires", "note"), rows);
        };
        return Response.ok(body, Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"series-" + s.by() + "-"
                        + s.interval().name().toLowerCase() + ".csv\"")
                .build();
    }

    /** True when the client asks for CSV before JSON. */
    private static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE)) && !t.isWildcardType()) {
                return true;
            }
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
