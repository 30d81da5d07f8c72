package org.personneltracker.common;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Query strings for links that repeat a filtered view (escaped once here; Qute escapes the HTML). */
public final class Links {

    private Links() {
    }

    public static String query(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sb.append(sb.isEmpty() ? "?" : "&").append(enc(k)).append('=').append(enc(v));
            }
        });
        return sb.toString();
    }

    public static String with(String path, Map<String, String> params) {
        return path + query(params);
    }

    /** The query without empty fields (a submitted GET form sends "from=" for an empty input). */
    public static MultivaluedMap<String, String> nonEmpty(MultivaluedMap<String, String> in) {
        MultivaluedMap<String, String> out = new MultivaluedHashMap<>();
        in.forEach((k, values) -> values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> out.add(k, v)));
        return out;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",");
    }
}
