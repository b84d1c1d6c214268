package org.w3id.legkg.server;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A servlet that only reads: GET and HEAD go to {@link #doGet}, OPTIONS is answered with the allowed
 * methods, anything else is 405 with an Allow header and a problem-details body naming the method.
 */
abstract class ReadOnlyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ALLOW = "GET, HEAD, OPTIONS";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        switch (req.getMethod()) {
            case "GET", "HEAD" -> doGet(req, resp);
            case "OPTIONS" -> {
                resp.setHeader("Allow", ALLOW);
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> {
                resp.setHeader("Allow", ALLOW);
                new Problem(405, req.getMethod() + " is not allowed on " + req.getRequestURI() + ": it is read with GET")
                        .send(resp);
            }
        }
    }

    @Override
    protected abstract void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException;
}
