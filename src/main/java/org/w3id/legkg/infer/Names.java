package org.w3id.legkg.infer;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.legkg.Namespaces;

/** Prefixed names for messages, and the namespaces whose terms are schema vocabulary rather than data. */
final class Names {
    private static final Map<String, String> PREFIXES = Map.of(
            Namespaces.LK, "lk:",
            Namespaces.LKD, "lkd:",
            OWL2.NS, "owl:",
            RDF.uri, "rdf:",
            RDFS.uri, "rdfs:",
            XSD.NS, "xsd:");

    private Names() {}

    static String shortForm(Node n) {
        if (n == null) return "(anonymous)";
        if (n.isURI()) {
            String uri = n.getURI();
            for (Map.Entry<String, String> e : PREFIXES.entrySet())
                if (uri.startsWith(e.getKey()) && uri.length() > e.getKey().length())
                    return e.getValue() + uri.substring(e.getKey().length());
            return "<" + uri + ">";
        }
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }

    /** RDF, RDFS, OWL and XSD terms: never the type or value of an individual in the inferred graph. */
    static boolean isSchemaVocabulary(Node n) {
        if (!n.isURI()) return false;
        String uri = n.getURI();
        return uri.startsWith(RDF.uri) || uri.startsWith(RDFS.uri) || uri.startsWith(OWL2.NS) || uri.startsWith(XSD.NS);
    }
}
