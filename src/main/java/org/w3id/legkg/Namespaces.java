package org.w3id.legkg;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The IRIs fixed by DESIGN.md: vocabulary and instance namespaces and the named graphs of the store. */
public final class Namespaces {
    public static final String BASE = "https://w3id.org/legkg/";
    /** Ontology (hash namespace), prefix {@code lk:}. */
    public static final String LK = BASE + "ontology#";
    /** Instances (slash namespace), prefix {@code lkd:}. */
    public static final String LKD = BASE + "id/";
    public static final String ONTOLOGY_IRI = BASE + "ontology";

    public static final Node GRAPH_ONTOLOGY = NodeFactory.createURI(BASE + "graph/ontology");
    public static final Node GRAPH_DATA = NodeFactory.createURI(BASE + "graph/data");
    public static final Node GRAPH_INFERRED = NodeFactory.createURI(BASE + "graph/inferred");

    private static final Map<String, String> PREFIXES = Map.of(LK, "lk:", LKD, "lkd:", OWL2.NS, "owl:", RDF.uri, "rdf:",
            RDFS.uri, "rdfs:", XSD.NS, "xsd:");

    private Namespaces() {}

    /** A term as messages show it: lk:, lkd:, owl:, rdf:, rdfs: or xsd: prefixed, else {@code <iri>}; literals quoted. */
    public static String shortForm(Node n) {
        if (n == null) return "(anonymous)";
        if (n.isURI()) {
            String uri = n.getURI();
            for (Map.Entry<String, String> e : PREFIXES.entrySet())
                if (uri.startsWith(e.getKey()) && uri.length() > e.getKey().length())
                    return e.getValue() + uri.substring(e.getKey().length());
            return "<" + uri + ">";
        }
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        if (n.isLiteral()) return "\"" + n.getLiteralLexicalForm() + "\"";
        return n.toString();
    }
}
