package org.personneltracker.account;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.PageErrors;
import org.personneltracker.common.ProblemMappers;
import org.personneltracker.common.SecurityLog;
import org.personneltracker.common.TextRules;
import org.personneltracker.common.Violation;

/**
 * Every state-changing request to a page (POST and the like, anywhere outside /api, /feeds and /q) must be a form from
 * this site, checked before the page's method runs:
 * <ol>
 * <li>a form body ({@code application/x-www-form-urlencoded} or {@code multipart/form-data}); anything else, a missing
 * Content-Type included, is a 415 and is never read as a form;</li>
 * <li>not sent by another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site} is a 403);</li>
 * <li>carrying the CSRF token of this visitor's session ({@link Csrf}); a missing or foreign token is a 400;</li>
 * <li>holding text the tracker stores ({@link TextRules}: no control characters; line breaks only in long text).</li>
 * </ol>
 */
public class FormGuard {

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext rc, RoutingContext ctx) {
        String method = rc.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || ProblemMappers.scriptPath(ctx.normalizedPath())) {
            return null;
        }
        String path = ctx.normalizedPath();
        String site = ctx.request().getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            SecurityLog.warn("csrf.refused", "reason", "cross-site", "path", path, "from",
                    TrackerAuthMechanism.clientAddress(ctx));
            return page(403, "Forbidden", "This form was sent from another site.");
        }
        MediaType type = rc.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return page(415, "Unsupported Media Type", "Pages take HTML forms only.");
        }
        FormData form = ((ResteasyReactiveRequestContext) rc.getServerRequestContext()).getFormData();
        FormValue token = form == null ? null : form.getFirst(Csrf.PARAMETER);
        String secret = Csrf.secretOf(ctx);
        if (token == null || secret == null || !Secrets.same(token.getValue(), Secrets.csrfToken(secret))) {
            SecurityLog.warn("csrf.refused", "reason", token == null ? "no token" : "token does not match the session",
                    "path", path, "from", TrackerAuthMechanism.clientAddress(ctx));
            return page(400, "This form has expired",
                    "The form was open too long, you signed in or out since, or it did not come from this site. "
                            + "Go back, reload the page and send it again.");
        }
        for (String name : form) {
            for (FormValue v : form.get(name)) {
                if (v.isFileItem()) {
                    continue;
                }
                String problem = TextRules.problem(v.getValue(), TextRules.multiLine(name));
                if (problem != null) {
                    return PageErrors.of(new ApiException(400, "This form holds text that cannot be stored",
                            "The field '" + name + "' " + problem + ".",
                            List.of(new Violation(name, problem)), null));
                }
            }
        }
        return null;
    }

    private static Response page(int status, String title, String detail) {
        return PageErrors.of(new ApiException(status, title, detail, List.of(), null));
    }
}
