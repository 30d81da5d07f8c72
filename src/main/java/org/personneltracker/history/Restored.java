package org.personneltracker.history;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;

/** A record made current again from its history: updated in place, or re-created after its deletion. */
public record Restored<V>(V view, boolean recreated) {

    /** The answer of a restore: 200 with the record, or 201 with its address when it was re-created. */
    public Response response(Function<V, URI> location) {
        return (recreated ? Response.created(location.apply(view)) : Response.ok()).entity(view).build();
    }
}
