package org.w3id.legkg.infer;

/**
 * Which kind of axiom produced an inferred triple. Each inferred triple is counted once, under the rule that
 * derived it first; the build prints the counts so a change in the ontology shows up as a change in kind.
 */
public enum InferenceKind {
    /** rdf:type from rdfs:subClassOf (or a named equivalent class). */
    SUBCLASS("subclass"),
    /** rdf:type in a defined class: owl:equivalentClass with an intersection, someValuesFrom or hasValue. */
    DEFINED_CLASS("defined-class"),
    /** rdf:type from a union superclass when declared disjointness rules out all other members. */
    UNION("union"),
    /** rdf:type from owl:allValuesFrom in a superclass. */
    ALL_VALUES("all-values"),
    /** A property value from owl:hasValue in a superclass. */
    HAS_VALUE("has-value"),
    SUBPROPERTY("subproperty"),
    INVERSE("inverse"),
    SYMMETRIC("symmetric"),
    TRANSITIVE("transitive"),
    /** owl:propertyChainAxiom. */
    CHAIN("chain"),
    DOMAIN("domain"),
    RANGE("range");

    private final String label;

    InferenceKind(String label) { this.label = label; }

    /** The name printed by the build and used as key in {@link Inferences#countsByKind()}. */
    public String label() { return label; }
}
