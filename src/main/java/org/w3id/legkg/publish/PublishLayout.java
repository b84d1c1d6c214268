package org.w3id.legkg.publish;

import java.nio.file.Path;

/**
 * Where a build keeps what it publishes besides the TDB2 store:
 * <pre>
 *   BUILD/publish/ontology/ontology.{ttl,rdf,jsonld,nt}   the ontology graph in each RDF syntax
 *   BUILD/publish/ontology/ontology.html                  its HTML documentation
 *   BUILD/publish/dumps/legkg.nq.gz, legkg.ttl.gz          the whole store, gzipped
 *   BUILD/publish/void.ttl                                 VoID + DCAT description with statistics
 * </pre>
 * Written by the build artifacts of this package before the build becomes current, read by the server.
 */
public record PublishLayout(Path buildDir) {
    public static final String NQUADS_DUMP = "legkg.nq.gz";
    public static final String TURTLE_DUMP = "legkg.ttl.gz";

    public Path dir() { return buildDir.resolve("publish"); }

    public Path ontologyDir() { return dir().resolve("ontology"); }

    /** The ontology in one representation (RDF syntaxes and the HTML documentation). */
    public Path ontologyFile(Representation r) { return ontologyDir().resolve("ontology." + r.extension()); }

    public Path dumpsDir() { return dir().resolve("dumps"); }

    public Path dump(String fileName) { return dumpsDir().resolve(fileName); }

    public Path voidFile() { return dir().resolve("void.ttl"); }
}
