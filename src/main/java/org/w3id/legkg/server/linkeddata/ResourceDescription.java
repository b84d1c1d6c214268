package org.w3id.legkg.server.linkeddata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.legkg.Namespaces;

/**
 * What the server says about one {@code lkd:} resource, as quads so the graph each statement comes from
 * (asserted data, ontology, inferred) is kept: its own statements, the statements that point at it, the
 * claims about it with their source articles, and the labels of everything linked (so a client can show
 * names without another request). Built inside a read transaction.
 */
record ResourceDescription(Node resource, List<Quad> about, List<Quad> incoming, List<Quad> claims, List<Quad> context) {
    static final Node CLAIM_SUBJECT = NodeFactory.createURI(Namespaces.LK + "claimSubject");
    static final Node CLAIM_OBJECT = NodeFactory.createURI(Namespaces.LK + "claimObject");
    static final Node STATED_IN = NodeFactory.createURI(Namespaces.LK + "statedIn");
    static final Node DCT_TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    static ResourceDescription describe(DatasetGraph dsg, Node x) {
        List<Quad> about = named(dsg.find(Node.ANY, x, Node.ANY, Node.ANY));
        List<Quad> incoming = named(dsg.find(Node.ANY, Node.ANY, Node.ANY, x));
        Set<Node> claimNodes = new LinkedHashSet<>();
        for (Quad q : incoming)
            if (q.getPredicate().equals(CLAIM_SUBJECT) || q.getPredicate().equals(CLAIM_OBJECT)) claimNodes.add(q.getSubject());
        List<Quad> claims = new ArrayList<>();
        Set<Node> articles = new LinkedHashSet<>();
        for (Node c : claimNodes) {
            for (Quad q : named(dsg.find(Node.ANY, c, Node.ANY, Node.ANY))) {
                claims.add(q);
                if (q.getPredicate().equals(STATED_IN)) articles.add(q.getObject());
            }
        }
        // Labels of every IRI the description mentions, and the titles of the source articles.
        Set<Node> linked = new LinkedHashSet<>();
        for (Quad q : about) linked.add(q.getObject());
        for (Quad q : incoming) linked.add(q.getSubject());
        for (Quad q : claims) linked.add(q.getObject());
        linked.remove(x);
        linked.removeAll(claimNodes);
        Set<Quad> context = new LinkedHashSet<>();
        for (Node n : linked)
            if (n.isURI()) context.addAll(named(dsg.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY)));
        for (Node a : articles) context.addAll(named(dsg.find(Node.ANY, a, DCT_TITLE, Node.ANY)));
        return new ResourceDescription(x, about, incoming, claims, new ArrayList<>(context));
    }

    /** Quads of the named graphs only: the stored default graph is empty, and the union is not a graph of its own. */
    private static List<Quad> named(java.util.Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(q -> {
            if (!q.isDefaultGraph() && !q.getGraph().equals(Quad.unionGraph)) out.add(q);
        });
        return out;
    }

    /** Triples held only by the inferred graph: what the materialiser added, nothing asserted. */
    Set<Triple> inferredOnly() {
        Set<Triple> asserted = new HashSet<>(), inferred = new HashSet<>();
        for (List<Quad> part : List.of(about, incoming, claims, context))
            for (Quad q : part) (q.getGraph().equals(Namespaces.GRAPH_INFERRED) ? inferred : asserted).add(q.asTriple());
        inferred.removeAll(asserted);
        return inferred;
    }

    List<Quad> allQuads() {
        Set<Quad> all = new LinkedHashSet<>();
        all.addAll(about);
        all.addAll(incoming);
        all.addAll(claims);
        all.addAll(context);
        return new ArrayList<>(all);
    }

    /** Everything merged into one graph, for the triple syntaxes. */
    Graph asGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(StoreTerms.PREFIXES);
        for (Quad q : allQuads()) g.add(q.asTriple());
        return g;
    }

    /** Everything in its own named graph, for TriG and N-Quads. */
    DatasetGraph asDataset() {
        DatasetGraph d = DatasetGraphFactory.create();
        StoreTerms.PREFIXES.getNsPrefixMap().forEach(d.prefixes()::add);
        for (Quad q : allQuads()) d.add(q);
        return d;
    }
}
