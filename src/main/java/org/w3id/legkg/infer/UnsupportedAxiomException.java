package org.w3id.legkg.infer;

import org.w3id.legkg.LegkgException;

/**
 * The ontology uses an axiom the materialiser cannot compute completely. The build stops rather than
 * publishing an inferred graph that silently misses entailments.
 */
public class UnsupportedAxiomException extends LegkgException {
    public UnsupportedAxiomException(String axiom, String reason) {
        super("Unsupported axiom for materialisation: " + axiom + "\n  " + reason
                + "\n  Supported: subClassOf/equivalentClass with intersectionOf, unionOf, someValuesFrom, hasValue"
                + " (allValuesFrom and complementOf as superclass only), disjointWith, AllDisjointClasses, disjointUnionOf;"
                + " subPropertyOf, equivalentProperty, inverseOf, propertyChainAxiom, domain, range, TransitiveProperty,"
                + " SymmetricProperty, FunctionalProperty on datatype properties.");
    }
}
