package org.w3id.legkg.infer;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.legkg.Namespaces;

/** Prefixed names for messages ({@link Namespaces#shortForm}), and the namespaces whose terms are schema vocabulary rather than data. */
final class Names {
    private Names() {}

    static String shortForm(Node n) {
        return Namespaces.shortForm(n);
    }

    /** RDF, RDFS, OWL and XSD terms: never the type or value of an individual in the inferred graph. */
    static boolean isSchemaVocabulary(Node n) {
        if (!n.isURI()) return false;
        String uri = n.getURI();
        return uri.startsWith(RDF.uri) || uri.startsWith(RDFS.uri) || uri.startsWith(OWL2.NS) || uri.startsWith(XSD.NS);
    }
}
