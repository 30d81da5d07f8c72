package org.personneltracker.common;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.personneltracker.common.ApiException;

/** HTML answers for pages that fail: a page asks for an unknown company, person or event. */
public final class PageErrors {

    private PageErrors() {
    }

    @CheckedTemplate(basePath = "PageErrors")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    /** The page for an ApiException thrown while building a page (404 for unknown records, 400 otherwise). */
    public static Response of(ApiException e) {
        String title = switch (e.status()) {
            case 404 -> "Not found";
            case 409 -> "Conflict";
            default -> e.title() == null || e.title().equals("Bad request") ? "Something is wrong with this address"
                    : e.title();
        };
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(e.status(), title, e.getMessage())).build();
    }
}
