package org.w3id.legkg.server;

import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.legkg.store.OpenStore;

/**
 * The HTTP face of a built store: embedded Fuseki, read-only. {@code /sparql} answers SPARQL queries over
 * the union of the named graphs; nothing can write.
 */
public final class LegkgServer implements AutoCloseable {
    private final FusekiServer fuseki;
    private final OpenStore store;

    private LegkgServer(FusekiServer fuseki, OpenStore store) {
        this.fuseki = fuseki;
        this.store = store;
    }

    public static Builder create(OpenStore store) {
        return new Builder(store);
    }

    public LegkgServer start() {
        fuseki.start();
        return this;
    }

    public int port() { return fuseki.getHttpPort(); }

    public String baseUrl(String host) { return "http://" + host + ":" + port() + "/"; }

    public void join() { fuseki.join(); }

    @Override
    public void close() {
        fuseki.stop();
        store.close();
    }

    public static final class Builder {
        private final OpenStore store;
        private int port = 3030;
        private String host = "127.0.0.1";
        private long queryTimeoutMillis = 30_000;

        private Builder(OpenStore store) { this.store = Objects.requireNonNull(store); }

        /** 0 picks a free port. */
        public Builder port(int port) { this.port = port; return this; }
        public Builder host(String host) { this.host = host; return this; }
        public Builder queryTimeoutMillis(long ms) { this.queryTimeoutMillis = ms; return this; }

        public LegkgServer build() {
            store.withQueryTimeout(queryTimeoutMillis);
            ARQ.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
            // Only the Query operation: no update, no graph store protocol, no upload.
            DataService sparql = DataService.newBuilder(store.dataset())
                    .addEndpoint(Operation.Query)
                    .build();
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .add("/sparql", sparql)
                    .enablePing(true)
                    .enableCors(true)
                    .build();
            for (Connector c : fuseki.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc) sc.setHost(host);
            return new LegkgServer(fuseki, store);
        }
    }
}
