package org.w3id.legkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The HTTP client of the tests that talk to a running server. */
public final class TestHttp {
    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestHttp() {}

    /** Sends with headers given as name, value, name, value ...; a request gets 60 s. */
    public static <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> body, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpRequest request = b.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return HTTP.send(request, body);
            } catch (IOException stale) {
                // Jetty may close a kept-alive connection after answering an error early (before reading the
                // body); the client then reuses the dead connection and reads nothing. One retry on a fresh
                // connection tells that apart from a server that really does not answer.
                return HTTP.send(request, body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
        return send(b, HttpResponse.BodyHandlers.ofString(), headers);
    }
}
