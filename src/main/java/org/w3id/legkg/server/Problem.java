package org.w3id.legkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An error answer as RFC 9457 problem details ({@code application/problem+json}): status, title, a detail
 * that says what is wrong and where, and for parameter errors the parameter and the closest labels.
 */
final class Problem {
    static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String detail;
    private String parameter;
    private List<String> suggestions = List.of();
    private List<String> available = List.of();

    Problem(int status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    Problem parameter(String name) { this.parameter = name; return this; }
    Problem suggestions(List<String> s) { this.suggestions = s; return this; }
    /** What would have been accepted: query names, media types, parameters. */
    Problem available(List<String> a) { this.available = a; return this; }

    int status() { return status; }
    String detail() { return detail; }

    void send(HttpServletResponse resp) throws IOException {
        JsonObject o = new JsonObject();
        o.put("type", "about:blank");
        o.put("title", title(status));
        o.put("status", status);
        o.put("detail", detail);
        if (parameter != null) o.put("parameter", parameter);
        if (!suggestions.isEmpty()) o.put("suggestions", array(suggestions));
        if (!available.isEmpty()) o.put("available", array(available));
        resp.setStatus(status);
        resp.setContentType(MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, o);
            out.write('\n');
        }
    }

    private static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(v -> a.add(new JsonString(v)));
        return a;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
