package org.w3id.legkg.server;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of Fuseki's {@code /sparql}: a GET without a query answers with the Service Description (Fuseki
 * alone answers 404), and methods that could only ever write (PUT, DELETE, PATCH) are refused with 405
 * here, so no request reaches a write path whatever Fuseki's configuration. GET and POST queries go on to
 * Fuseki, whose read-only service refuses updates.
 */
final class SparqlEndpointFilter implements Filter {
    private final Supplier<SparqlServiceDescription> description;
    private final String buildKey;

    /** @param description counted in the background as the server starts: queries do not wait for it */
    SparqlEndpointFilter(Supplier<SparqlServiceDescription> description, String buildKey) {
        this.description = description;
        this.buildKey = buildKey;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod();
        switch (method) {
            case "GET", "HEAD" -> {
                if (req.getQueryString() == null || req.getParameter("query") == null && req.getParameter("update") == null) {
                    String endpoint = req.getRequestURL().toString();
                    RdfResponse.send(req, resp, description.get().describe(endpoint), buildKey + "\nservice-description\n" + endpoint);
                    return;
                }
            }
            case "POST", "OPTIONS" -> { /* Fuseki (or the CORS filter before it) answers */ }
            default -> {
                resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
                new Problem(405, method + " is not allowed on " + req.getRequestURI()
                        + ": this is a read-only SPARQL query endpoint").send(resp);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
