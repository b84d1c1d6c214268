package org.w3id.legkg.api;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.DerivedGraph;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.infer.ArticleSupport;

/**
 * The named graph {@code <https://w3id.org/legkg/graph/support>}: one {@code lk:SymptomSupport} record per
 * article and deficiency → symptom link it supports ({@link ArticleSupport}), so that a query crediting articles
 * for a link looks the support up instead of re-deriving chains, and a strict reading is one filter on
 * {@code lk:basis}.
 */
public final class SupportGraph implements DerivedGraph {
    public static final Node GRAPH = NodeFactory.createURI(Namespaces.BASE + "graph/support");
    private static final Node SUPPORT = lk("SymptomSupport");
    private static final Node DEFICIENCY = lk("supportedDeficiency");
    private static final Node SYMPTOM = lk("supportedSymptom");
    private static final Node ARTICLE = lk("supportingArticle");
    private static final Node CLAIM = lk("supportingClaim");
    private static final Node MECHANISM = lk("viaMechanism");
    private static final Node DIRECT = lk("statedDirectly");
    private static final Node BASIS = lk("basis");

    @Override
    public Node graphName() {
        return GRAPH;
    }

    @Override
    public Graph derive(ProjectLayout project, SourceGraphs sources) {
        Graph g = GraphFactory.createDefaultGraph();
        for (ArticleSupport.Support s : ArticleSupport.compute(sources.data())) {
            String article = local(s.article()).replaceFirst("^Article", "");
            Node r = NodeFactory.createURI(Namespaces.LKD + "Support-" + article + "-" + local(s.deficiency()) + "-" + local(s.symptom()));
            g.add(Triple.create(r, RDF.type.asNode(), SUPPORT));
            g.add(Triple.create(r, RDFS.label.asNode(), NodeFactory.createLiteralLang("article " + article + " supports: "
                    + label(sources.data(), s.deficiency()) + " may cause " + label(sources.data(), s.symptom()), "en")));
            g.add(Triple.create(r, DEFICIENCY, s.deficiency()));
            g.add(Triple.create(r, SYMPTOM, s.symptom()));
            g.add(Triple.create(r, ARTICLE, s.article()));
            g.add(Triple.create(r, DIRECT, NodeFactory.createLiteralDT(Boolean.toString(s.direct()), XSDDatatype.XSDboolean)));
            g.add(Triple.create(r, BASIS, s.basis()));
            for (Node c : s.claims()) g.add(Triple.create(r, CLAIM, c));
            for (Node m : s.mechanisms()) g.add(Triple.create(r, MECHANISM, m));
        }
        return g;
    }

    private static String label(Graph data, Node n) {
        var it = data.find(n, RDFS.label.asNode(), Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : local(n);
        } finally {
            it.close();
        }
    }

    private static String local(Node n) {
        String uri = n.getURI();
        return uri.startsWith(Namespaces.LKD) ? uri.substring(Namespaces.LKD.length()) : uri;
    }

    private static Node lk(String local) {
        return NodeFactory.createURI(Namespaces.LK + local);
    }
}
