package org.w3id.legkg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.legkg.publish.DocModel.Link;

/**
 * Read access to an ontology graph for documentation: labels, literal values, RDF lists, and how to name
 * and link any IRI (a term documented on the page links to its anchor, anything else to its IRI).
 */
final class OntologyTerms {
    static final Node IAO_DEFINITION = NodeFactory.createURI("http://purl.obolibrary.org/obo/IAO_0000115");
    static final Node SKOS_DEFINITION = SKOS.definition.asNode();
    static final String OBO = "http://purl.obolibrary.org/obo/";

    private final Graph graph;
    private final String namespace;
    private final PrefixMapping prefixes;
    /** IRI → anchor of every term documented on the page. */
    private final Map<String, String> anchors = new LinkedHashMap<>();

    OntologyTerms(Graph graph, String namespace) {
        this.graph = graph;
        this.namespace = namespace;
        this.prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("obo", OBO)
                .setNsPrefixes(graph.getPrefixMapping());
    }

    Graph graph() { return graph; }
    String namespace() { return namespace; }
    PrefixMapping prefixes() { return prefixes; }

    boolean isLocal(String iri) {
        return iri.startsWith(namespace) && iri.length() > namespace.length();
    }

    /** Registers a term documented on the page and returns its anchor (unique on the page). */
    String documented(String iri) {
        return anchors.computeIfAbsent(iri, i -> {
            String base = isLocal(i) ? i.substring(namespace.length()) : "ext-" + curie(i).replaceAll("[^A-Za-z0-9_-]", "_");
            String a = base;
            for (int n = 2; anchors.containsValue(a); n++) a = base + "-" + n;
            return a;
        });
    }

    boolean isDocumented(String iri) { return anchors.containsKey(iri); }

    /** A link to any IRI: its anchor when documented here, else the IRI itself. */
    Link link(Node n) {
        String iri = n.getURI();
        String anchor = anchors.get(iri);
        if (anchor != null) return new Link("#" + anchor, label(n), iri, false);
        Optional<String> label = preferredLabel(n);
        return new Link(iri, label.orElse(curie(iri)), iri, true);
    }

    /** {@code HP:0003401} for OBO PURLs (the OBO convention), else a prefixed name, else the IRI. */
    String curie(String iri) {
        if (iri.startsWith(OBO)) {
            String local = iri.substring(OBO.length());
            int us = local.indexOf('_');
            if (us > 0 && local.indexOf('/') < 0) return local.substring(0, us) + ":" + local.substring(us + 1);
        }
        String q = prefixes.qnameFor(iri);
        if (q != null) return q;
        String shortForm = prefixes.shortForm(iri);
        return shortForm.equals(iri) ? iri : shortForm;
    }

    /** English (or untagged) rdfs:label, else skos:prefLabel, else the local name. */
    String label(Node n) {
        return preferredLabel(n).orElseGet(() -> localName(n.getURI()));
    }

    Optional<String> preferredLabel(Node n) {
        if (!n.isURI()) return Optional.empty();
        Optional<String> l = englishLiteral(n, RDFS.label.asNode());
        return l.isPresent() ? l : englishLiteral(n, SKOS.prefLabel.asNode());
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** One value, preferring @en, then no language tag, then any; ties broken by text so output is stable. */
    Optional<String> englishLiteral(Node s, Node p) {
        List<Node> lits = objects(s, p).stream().filter(Node::isLiteral).toList();
        return lits.stream().min(Comparator.comparingInt((Node l) -> langRank(l.getLiteralLanguage()))
                .thenComparing(Node::getLiteralLexicalForm)).map(Node::getLiteralLexicalForm);
    }

    private static int langRank(String lang) {
        if (lang.equalsIgnoreCase("en")) return 0;
        if (lang.toLowerCase(java.util.Locale.ROOT).startsWith("en-")) return 1;
        return lang.isEmpty() ? 2 : 3;
    }

    /** Every literal value, English and untagged first, sorted. */
    List<String> literals(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral)
                .sorted(Comparator.comparingInt((Node l) -> langRank(l.getLiteralLanguage())).thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm).distinct().toList();
    }

    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        graph.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    Optional<Node> object(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    boolean hasType(Node s, Node type) {
        return graph.contains(s, RDF.type.asNode(), type);
    }

    /**
     * The members of an RDF list, or empty when the list is malformed (a node without exactly one
     * rdf:first and one rdf:rest, or a cycle): callers show that as a warning.
     */
    Optional<List<Node>> list(Node head) {
        List<Node> items = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Node n = head;
        while (!n.equals(RDF.nil.asNode())) {
            if (!seen.add(n)) return Optional.empty();
            List<Node> first = objects(n, RDF.first.asNode()), rest = objects(n, RDF.rest.asNode());
            if (first.size() != 1 || rest.size() != 1) return Optional.empty();
            items.add(first.get(0));
            n = rest.get(0);
        }
        return Optional.of(items);
    }

    /** Sorts IRIs by label, then IRI: the order of every list on the page. */
    Comparator<Node> byLabel() {
        return Comparator.comparing((Node n) -> n.isURI() ? label(n).toLowerCase(java.util.Locale.ROOT) : "~")
                .thenComparing(n -> n.isURI() ? n.getURI() : n.toString());
    }

    static boolean isBuiltIn(Node n) {
        return n.isURI() && (n.getURI().startsWith(OWL2.NS) || n.getURI().startsWith(RDF.uri) || n.getURI().startsWith(RDFS.uri));
    }
}
