package org.w3id.legkg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.server.linkeddata.PageModel.Link;

/**
 * Names and links of IRIs on the HTML pages, read from the store (union of the graphs). One instance per
 * request, inside its read transaction; labels are cached for the request only.
 */
final class StoreTerms {
    static final String OBO = "http://purl.obolibrary.org/obo/";
    static final Node IAO_DEFINITION = NodeFactory.createURI(OBO + "IAO_0000115");

    /** Prefixes used in every RDF document and for names of IRIs on the pages. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("lk", Namespaces.LK)
            .setNsPrefix("lkd", Namespaces.LKD)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("obo", OBO)
            .lock();

    private final DatasetGraph dsg;
    private final Map<Node, String> labels = new HashMap<>();

    StoreTerms(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    DatasetGraph dataset() { return dsg; }

    Link link(Node n) {
        if (!n.isURI()) return new Link(null, "(anonymous)", null, false);
        String iri = n.getURI();
        return new Link(href(iri), label(n), iri, isExternal(iri));
    }

    /** Where an IRI leads from a page: its own page or the ontology documentation on this server, else the IRI. */
    static String href(String iri) {
        if (iri.startsWith(Namespaces.LKD) && iri.length() > Namespaces.LKD.length()) return "/id/" + iri.substring(Namespaces.LKD.length());
        if (iri.startsWith(Namespaces.LK) && iri.length() > Namespaces.LK.length()) return "/ontology#" + iri.substring(Namespaces.LK.length());
        if (iri.equals(Namespaces.ONTOLOGY_IRI)) return "/ontology";
        return iri;
    }

    static boolean isExternal(String iri) {
        return !iri.startsWith(Namespaces.BASE);
    }

    /** English (or untagged) rdfs:label, else skos:prefLabel, else a short name. */
    String label(Node n) {
        if (!n.isURI()) return "(anonymous)";
        return labels.computeIfAbsent(n, k -> literal(k, RDFS.label.asNode())
                .or(() -> literal(k, SKOS.prefLabel.asNode()))
                .orElseGet(() -> shortName(k.getURI())));
    }

    /** {@code HP:0003401} for OBO PURLs, else a prefixed name, else the IRI. */
    static String shortName(String iri) {
        if (iri.startsWith(OBO)) {
            String local = iri.substring(OBO.length());
            int us = local.indexOf('_');
            if (us > 0 && local.indexOf('/') < 0) return local.substring(0, us) + ":" + local.substring(us + 1);
        }
        String q = PREFIXES.qnameFor(iri);
        return q != null ? q : iri;
    }

    /** One literal value (English, else untagged, else any; ties by text for stable pages). */
    Optional<String> literal(Node s, Node p) {
        return literals(s, p).stream().findFirst();
    }

    /** All literal values, English and untagged first, then by text. */
    List<String> literals(Node s, Node p) {
        List<Node> lits = new ArrayList<>();
        dsg.find(Quad.unionGraph, s, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) lits.add(q.getObject());
        });
        return lits.stream().sorted(Comparator.comparingInt((Node l) -> langRank(l.getLiteralLanguage()))
                .thenComparing(Node::getLiteralLexicalForm)).map(Node::getLiteralLexicalForm).distinct().toList();
    }

    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(Quad.unionGraph, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out.stream().distinct().toList();
    }

    List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        dsg.find(Quad.unionGraph, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out.stream().distinct().toList();
    }

    boolean hasType(Node s, Node cls) {
        return dsg.contains(Quad.unionGraph, s, org.apache.jena.vocabulary.RDF.type.asNode(), cls);
    }

    /** Does the store describe this IRI (as a subject in any graph)? */
    boolean exists(Node s) {
        var it = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
        try {
            return it.hasNext();
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    Comparator<Node> byLabel() {
        return Comparator.comparing((Node n) -> label(n).toLowerCase(Locale.ROOT)).thenComparing(n -> n.isURI() ? n.getURI() : n.toString());
    }

    private static int langRank(String lang) {
        if (lang.equalsIgnoreCase("en")) return 0;
        if (lang.toLowerCase(Locale.ROOT).startsWith("en-")) return 1;
        return lang.isEmpty() ? 2 : 3;
    }
}
