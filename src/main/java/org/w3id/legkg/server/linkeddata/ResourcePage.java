package org.w3id.legkg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.publish.Representation;
import org.w3id.legkg.server.linkeddata.PageModel.Claim;
import org.w3id.legkg.server.linkeddata.PageModel.Format;
import org.w3id.legkg.server.linkeddata.PageModel.Link;
import org.w3id.legkg.server.linkeddata.PageModel.Match;
import org.w3id.legkg.server.linkeddata.PageModel.Relation;
import org.w3id.legkg.server.linkeddata.PageModel.Value;

/**
 * The view model of a resource's HTML page: label, definition, types, synonyms, external matches,
 * outgoing and incoming relations, the claims with article and section, and the chain diagram. Values are
 * raw text; the template escapes them.
 */
final class ResourcePage {
    /** Incoming links shown per property before "and N more" (a qualifier can be used by hundreds of claims). */
    static final int MAX_INCOMING = 200;

    static final Node CLAIM_PREDICATE = lk("claimPredicate"), CLAIM_VALUE = lk("claimValue"), SECTION = lk("section"),
            QUALIFIER = lk("qualifier"), BODY_LOCATION = lk("bodyLocation"), SOURCE_LINE = lk("sourceLine"), BASIS = lk("basis"),
            ATTRIBUTED_TO = NodeFactory.createURI("http://www.w3.org/ns/prov#wasAttributedTo");

    private static final Map<Node, String> MATCHES = new LinkedHashMap<>();
    static {
        MATCHES.put(SKOS.exactMatch.asNode(), "exact match");
        MATCHES.put(SKOS.closeMatch.asNode(), "close match");
        MATCHES.put(SKOS.broadMatch.asNode(), "broad match");
        MATCHES.put(SKOS.narrowMatch.asNode(), "narrow match");
        MATCHES.put(SKOS.relatedMatch.asNode(), "related match");
    }

    /** Shown in the page header, so left out of the relation table. */
    private static final Set<Node> HEADER = new LinkedHashSet<>(List.of(RDF.type.asNode(), RDFS.label.asNode(),
            StoreTerms.IAO_DEFINITION, SKOS.definition.asNode(), SKOS.altLabel.asNode(), RDFS.comment.asNode()));
    static {
        HEADER.addAll(MATCHES.keySet());
    }

    private static Node lk(String local) { return NodeFactory.createURI(Namespaces.LK + local); }

    private ResourcePage() {}

    static Map<String, Object> model(StoreTerms terms, ResourceDescription d, String path) {
        Node x = d.resource();
        Set<Triple> inferred = d.inferredOnly();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iri", x.getURI());
        m.put("label", terms.label(x));
        m.put("definitions", terms.literals(x, StoreTerms.IAO_DEFINITION));
        m.put("synonyms", terms.literals(x, SKOS.altLabel.asNode()));
        m.put("comments", terms.literals(x, RDFS.comment.asNode()));

        List<Value> types = new ArrayList<>();
        d.about().stream().filter(q -> q.getPredicate().equals(RDF.type.asNode())).map(Quad::getObject).distinct()
                .sorted(Comparator.comparing((Node t) -> inferred.contains(Triple.create(x, RDF.type.asNode(), t))).thenComparing(terms.byLabel()))
                .forEach(t -> types.add(value(terms, t, inferred.contains(Triple.create(x, RDF.type.asNode(), t)))));
        m.put("types", types);

        List<Match> matches = new ArrayList<>();
        MATCHES.forEach((p, name) -> terms.objects(x, p).stream().filter(Node::isURI).sorted(Comparator.comparing(Node::getURI))
                .forEach(o -> matches.add(new Match(name, new Link(o.getURI(), StoreTerms.shortName(o.getURI()), o.getURI(), true)))));
        m.put("matches", matches);

        Map<Node, List<Value>> out = new TreeMap<>(terms.byLabel());
        Set<Triple> seen = new LinkedHashSet<>();
        for (Quad q : d.about()) {
            if (HEADER.contains(q.getPredicate()) || !seen.add(q.asTriple())) continue;
            out.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(value(terms, q.getObject(), inferred.contains(q.asTriple())));
        }
        m.put("outgoing", relations(terms, out));

        Map<Node, List<Value>> in = new TreeMap<>(terms.byLabel());
        seen.clear();
        for (Quad q : d.incoming()) {
            if (q.getPredicate().equals(ResourceDescription.CLAIM_SUBJECT) || q.getPredicate().equals(ResourceDescription.CLAIM_OBJECT)
                    || !seen.add(q.asTriple())) continue;
            in.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(value(terms, q.getSubject(), inferred.contains(q.asTriple())));
        }
        m.put("incoming", relations(terms, in));
        m.put("claims", claims(terms, d));
        m.put("diagram", new ChainDiagram(terms).build(x).orElse(null));

        List<Format> formats = new ArrayList<>();
        for (Representation r : Representation.values())
            formats.add(new Format(path + "." + r.extension(), r.displayName(), r.mediaType()));
        m.put("formats", formats);
        m.put("title", terms.label(x) + " \u2014 LegKG");
        return m;
    }

    private static List<Relation> relations(StoreTerms terms, Map<Node, List<Value>> byProperty) {
        List<Relation> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            List<Value> sorted = values.stream().sorted(Comparator.comparing(Value::inferred)
                    .thenComparing(v -> (v.link() != null ? v.link().text() : v.literal()).toLowerCase(java.util.Locale.ROOT))).toList();
            int more = Math.max(0, sorted.size() - MAX_INCOMING);
            rows.add(new Relation(terms.link(p), sorted.subList(0, sorted.size() - more), more));
        });
        return rows;
    }

    static Value value(StoreTerms terms, Node n, boolean inferred) {
        if (n.isURI()) return new Value(terms.link(n), null, null, inferred);
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            String note = !lang.isEmpty() ? "@" + lang
                    : dt == null || dt.endsWith("#string") || dt.endsWith("#langString") ? null : StoreTerms.shortName(dt);
            return new Value(null, n.getLiteralLexicalForm(), note, inferred);
        }
        return new Value(null, "(blank node)", null, inferred);
    }

    private static List<Claim> claims(StoreTerms terms, ResourceDescription d) {
        Map<Node, List<Quad>> byClaim = new LinkedHashMap<>();
        for (Quad q : d.claims()) byClaim.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
        List<Claim> out = new ArrayList<>();
        byClaim.forEach((c, quads) -> {
            Map<Node, List<Node>> v = new LinkedHashMap<>();
            for (Quad q : quads) v.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(q.getObject());
            Node subject = first(v, ResourceDescription.CLAIM_SUBJECT);
            Node predicate = first(v, CLAIM_PREDICATE);
            Node object = first(v, ResourceDescription.CLAIM_OBJECT);
            if (object == null) object = first(v, CLAIM_VALUE);
            List<Link> articles = v.getOrDefault(ResourceDescription.STATED_IN, List.of()).stream().filter(Node::isURI).distinct()
                    .map(a -> new Link(StoreTerms.href(a.getURI()),
                            terms.literal(a, ResourceDescription.DCT_TITLE).orElseGet(() -> terms.label(a)), a.getURI(), false))
                    .toList();
            List<String> sections = v.getOrDefault(SECTION, List.of()).stream().filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm).distinct().sorted().toList();
            List<Integer> lines = v.getOrDefault(SOURCE_LINE, List.of()).stream()
                    .filter(n -> n.isLiteral() && n.getLiteralValue() instanceof Number).map(n -> ((Number) n.getLiteralValue()).intValue())
                    .distinct().sorted().toList();
            Node basis = first(v, BASIS);
            out.add(new Claim(terms.link(c),
                    subject != null ? terms.link(subject) : null,
                    predicate != null ? terms.link(predicate) : null,
                    object != null ? value(terms, object, false) : null,
                    articles, lines, sections, basis != null && basis.isURI() ? terms.link(basis) : null,
                    links(terms, v.get(QUALIFIER)), links(terms, v.get(BODY_LOCATION)), links(terms, v.get(ATTRIBUTED_TO))));
        });
        out.sort(Comparator.comparing((Claim c) -> c.articles().isEmpty() ? "~" : c.articles().get(0).text())
                .thenComparing(c -> c.lines().isEmpty() ? Integer.MAX_VALUE : c.lines().get(0))
                .thenComparing(c -> c.claim().iri()));
        return out;
    }

    private static Node first(Map<Node, List<Node>> v, Node p) {
        List<Node> l = v.get(p);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    private static List<Link> links(StoreTerms terms, List<Node> nodes) {
        if (nodes == null) return List.of();
        return nodes.stream().filter(Node::isURI).distinct().sorted(terms.byLabel()).map(terms::link).toList();
    }
}
