package org.personneltracker.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path answers, read once from the JAX-RS resources, for the {@code Allow} header a 405 must carry
 * (RFC 9110 15.5.6), which the framework's own 405 leaves out.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private volatile List<Route> routes;

    /** The methods allowed on a request path, with HEAD beside GET and OPTIONS; empty when no resource matches. */
    public Set<String> of(String path) {
        Set<String> out = new TreeSet<>();
        for (Route r : routes()) {
            if (r.path().matcher(path).matches()) {
                out.add(r.method());
            }
        }
        if (out.contains("GET")) {
            out.add("HEAD");
        }
        if (!out.isEmpty()) {
            out.add("OPTIONS");
        }
        return out;
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (InstanceHandle<Object> h : Arc.container().listAll(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = h.getBean().getBeanClass();
                Path base = type.getAnnotation(Path.class);
                if (base == null || !type.getPackageName().startsWith("org.personneltracker")) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    found.add(new Route(pattern(join(base.value(), sub == null ? "" : sub.value())), verb));
                }
            }
            routes = found;
        }
        return routes;
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
            if (hm != null) {
                return hm.value();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String p = ("/" + a + "/" + b).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** "/api/companies/{slug}/timeline" as a regular expression; a template segment matches one segment. */
    private static Pattern pattern(String template) {
        StringBuilder sb = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            sb.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(sb + "/?");
    }
}
