package org.w3id.legkg.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.legkg.Namespaces;

/**
 * Turns the claims the data files author once, as Turtle 1.2 annotations on the stated triple
 * ({@code s p o {| lk:statedIn …; lk:sourceLine 15; lk:basis lk:Explicit |}}), into the {@code lk:Claim} form
 * that SHACL, OWL tools and the queries read, and writes what follows from the anchor:
 * <ul>
 * <li>the claim's IRI, {@code lkd:Claim-<article>-<first line>-<subject>-<property>[-<object>]}, stable as long as
 *     the statement and its line are, and readable in any query result;</li>
 * <li>{@code lk:claimSubject/claimPredicate/claimObject} (or {@code lk:claimValue}), the section heading of the
 *     line ({@code lk:section}, from the article's {@code lk:hasSection}), the table row of a table line
 *     ({@code lk:inRow}) and a label;</li>
 * <li>for each {@code lk:bodyLocation} on a claim about a symptom, the located-in statement it makes
 *     ({@code symptom lk:locatedIn part}) with a claim of the same anchor, {@code prov:wasDerivedFrom} the
 *     claim it comes from.</li>
 * </ul>
 * The {@code rdf:reifies} triples (with their triple terms) are removed: the store holds only the claim form.
 * Claims written directly in the {@code lk:Claim} form are left as they are.
 */
public final class ClaimAnnotations {
    private static final String LK = Namespaces.LK;
    private static final Node CLAIM = lk("Claim");
    private static final Node CLAIM_SUBJECT = lk("claimSubject");
    private static final Node CLAIM_PREDICATE = lk("claimPredicate");
    private static final Node CLAIM_OBJECT = lk("claimObject");
    private static final Node CLAIM_VALUE = lk("claimValue");
    private static final Node STATED_IN = lk("statedIn");
    private static final Node SOURCE_LINE = lk("sourceLine");
    private static final Node SECTION = lk("section");
    private static final Node HAS_SECTION = lk("hasSection");
    private static final Node HAS_TABLE = lk("hasTable");
    private static final Node HAS_ROW = lk("hasRow");
    private static final Node IN_ROW = lk("inRow");
    private static final Node IN_COLUMN = lk("inColumn");
    private static final Node BASIS = lk("basis");
    private static final Node BODY_LOCATION = lk("bodyLocation");
    private static final Node LOCATED_IN = lk("locatedIn");
    private static final Node SYMPTOM = lk("Symptom");
    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    /** Strongest first: a located-in claim derived from several claims on one line takes the strongest basis. */
    private static final List<Node> BASIS_ORDER = List.of(lk("Explicit"), lk("Collective"), lk("Implied"), lk("TableCoLocation"));

    private final Graph ontology;
    private final Graph data;
    private final Function<Node, String> origin;
    private final Map<Node, NavigableMap<Integer, String>> sections = new HashMap<>();
    private final Map<Node, Map<Integer, Node>> rows = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ClaimAnnotations(Graph ontology, Graph data, Function<Node, String> origin) {
        this.ontology = ontology;
        this.data = data;
        this.origin = origin;
    }

    /**
     * Expands every annotation of {@code data} in place.
     *
     * @param origin names the file an annotation (its blank reifier) was read from, for error messages
     * @return how many claims the annotations made
     * @throws ClaimAnnotationException listing every annotation that cannot be expanded (the build stops there,
     *         so a half-expanded graph is never validated or loaded)
     */
    public static int expand(Graph ontology, Graph data, Function<Node, String> origin) {
        return new ClaimAnnotations(ontology, data, origin).run();
    }

    private int run() {
        List<Triple> reifications = data.find(Node.ANY, RDF.reifies.asNode(), Node.ANY).toList();
        if (reifications.isEmpty()) return 0;
        readSectionsAndRows();

        // Name every annotation first, so that nothing is written unless all of them can be expanded.
        TreeMap<String, Triple> named = new TreeMap<>();
        for (Triple r : reifications) {
            String iri = claimIri(r);
            if (iri == null) continue;
            Triple earlier = named.put(iri, r);
            if (earlier != null)
                problems.add(where(r.getSubject()) + "two annotations of " + show(r.getObject().getTriple())
                        + " on the same article line: write them as one annotation block (both became " + Namespaces.shortForm(NodeFactory.createURI(iri)) + ")");
            else if (data.contains(NodeFactory.createURI(iri), RDF.type.asNode(), CLAIM))
                problems.add(where(r.getSubject()) + "the annotation of " + show(r.getObject().getTriple())
                        + " names the claim " + Namespaces.shortForm(NodeFactory.createURI(iri)) + ", which the data also writes in the lk:Claim form: keep one");
        }
        if (!problems.isEmpty()) throw new ClaimAnnotationException(problems);

        List<Node> claims = new ArrayList<>();
        for (Map.Entry<String, Triple> e : named.entrySet()) claims.add(write(NodeFactory.createURI(e.getKey()), e.getValue()));
        deriveLocations(claims);
        if (!problems.isEmpty()) throw new ClaimAnnotationException(problems);
        return claims.size();
    }

    private void readSectionsAndRows() {
        for (Triple t : data.find(Node.ANY, HAS_SECTION, Node.ANY).toList()) {
            Integer line = line(t.getObject());
            Node heading = first(t.getObject(), RDFS.label.asNode());
            if (line != null && heading != null && heading.isLiteral())
                sections.computeIfAbsent(t.getSubject(), a -> new TreeMap<>()).put(line, heading.getLiteralLexicalForm());
        }
        for (Triple table : data.find(Node.ANY, HAS_TABLE, Node.ANY).toList())
            for (Triple row : data.find(table.getObject(), HAS_ROW, Node.ANY).toList()) {
                Integer line = line(row.getObject());
                if (line != null) rows.computeIfAbsent(table.getSubject(), a -> new HashMap<>()).put(line, row.getObject());
            }
    }

    /** The IRI the claim gets, or null (with a problem recorded) when the annotation cannot be named. */
    private String claimIri(Triple reification) {
        Node reifier = reification.getSubject();
        if (!reification.getObject().isTripleTerm()) {
            problems.add(where(reifier) + "rdf:reifies needs a triple term, not " + reification.getObject());
            return null;
        }
        Triple stated = reification.getObject().getTriple();
        if (!reifier.isBlank()) {
            problems.add(where(reifier) + "the annotation of " + show(stated) + " is named " + show(reifier)
                    + ": leave out the '~ name' (the build names every claim from its article, line and triple)");
            return null;
        }
        List<Node> articles = values(reifier, STATED_IN);
        if (articles.size() != 1 || !articles.get(0).isURI()) {
            problems.add(where(reifier) + "the annotation of " + show(stated) + " needs exactly one lk:statedIn <article>, has " + articles.size());
            return null;
        }
        String article = articleNumber(articles.get(0));
        if (article == null) {
            problems.add(where(reifier) + "the annotation of " + show(stated) + " is lk:statedIn " + show(articles.get(0))
                    + ", which is not an article name of the form lkd:ArticleNNN");
            return null;
        }
        int reported = problems.size();
        TreeSet<Integer> lines = lines(reifier);
        if (lines.isEmpty()) {
            if (problems.size() == reported)
                problems.add(where(reifier) + "the annotation of " + show(stated) + " needs lk:sourceLine, the 1-based line of "
                        + "the article file that states it (a positive xsd:integer)");
            return null;
        }
        String s = localName(stated.getSubject()), p = localName(stated.getPredicate());
        String o = stated.getObject().isURI() ? localName(stated.getObject()) : "";
        if (s == null || p == null || o == null) {
            problems.add(where(reifier) + "annotated triples relate lkd: individuals with lk: properties: " + show(stated));
            return null;
        }
        return Namespaces.LKD + "Claim-" + article + "-" + lines.first() + "-" + s + "-" + p + (o.isEmpty() ? "" : "-" + o);
    }

    private Node write(Node claim, Triple reification) {
        Node reifier = reification.getSubject();
        Triple stated = reification.getObject().getTriple();
        List<Triple> annotation = data.find(reifier, Node.ANY, Node.ANY).toList();
        for (Triple t : annotation) {
            data.delete(t);
            if (!t.getPredicate().equals(RDF.reifies.asNode())) data.add(Triple.create(claim, t.getPredicate(), t.getObject()));
        }
        data.add(Triple.create(claim, RDF.type.asNode(), CLAIM));
        data.add(Triple.create(claim, CLAIM_SUBJECT, stated.getSubject()));
        data.add(Triple.create(claim, CLAIM_PREDICATE, stated.getPredicate()));
        data.add(Triple.create(claim, stated.getObject().isLiteral() ? CLAIM_VALUE : CLAIM_OBJECT, stated.getObject()));
        Node article = values(claim, STATED_IN).get(0);
        TreeSet<Integer> lines = lines(claim);
        if (!data.contains(claim, SECTION, Node.ANY)) {
            Map.Entry<Integer, String> section = sections.getOrDefault(article, new TreeMap<>()).floorEntry(lines.first());
            if (section == null)
                problems.add(where(reifier) + "no section of " + show(article) + " starts at or above line " + lines.first()
                        + " (add the heading to the article's lk:hasSection in data/articles.ttl)");
            else data.add(Triple.create(claim, SECTION, NodeFactory.createLiteralString(section.getValue())));
        }
        Node row = rows.getOrDefault(article, Map.of()).get(lines.first());
        if (row != null && !data.contains(claim, IN_ROW, Node.ANY)) data.add(Triple.create(claim, IN_ROW, row));
        if (!data.contains(claim, RDFS.label.asNode(), Node.ANY))
            data.add(Triple.create(claim, RDFS.label.asNode(), label(stated, article, lines)));
        return claim;
    }

    /** A body location given on a claim about a symptom states where the symptom is felt. */
    private void deriveLocations(List<Node> claims) {
        Set<Node> symptomClasses = subClassesOf(SYMPTOM);
        for (Node claim : claims) {
            Node symptom = first(claim, CLAIM_OBJECT);
            if (symptom == null || !isA(symptom, symptomClasses)) continue;
            for (Node part : values(claim, BODY_LOCATION)) {
                Node article = values(claim, STATED_IN).get(0);
                TreeSet<Integer> lines = lines(claim);
                Node derived = NodeFactory.createURI(Namespaces.LKD + "Claim-" + articleNumber(article) + "-" + lines.first()
                        + "-" + localName(symptom) + "-locatedIn-" + localName(part));
                data.add(Triple.create(symptom, LOCATED_IN, part));
                if (!data.contains(derived, RDF.type.asNode(), CLAIM)) {
                    data.add(Triple.create(derived, RDF.type.asNode(), CLAIM));
                    data.add(Triple.create(derived, CLAIM_SUBJECT, symptom));
                    data.add(Triple.create(derived, CLAIM_PREDICATE, LOCATED_IN));
                    data.add(Triple.create(derived, CLAIM_OBJECT, part));
                    data.add(Triple.create(derived, STATED_IN, article));
                    for (int line : lines) data.add(Triple.create(derived, SOURCE_LINE, integer(line)));
                    copy(claim, derived, SECTION);
                    copy(claim, derived, IN_ROW);
                    copy(claim, derived, IN_COLUMN);
                    data.add(Triple.create(derived, RDFS.label.asNode(), label(Triple.create(symptom, LOCATED_IN, part), article, lines)));
                }
                data.add(Triple.create(derived, WAS_DERIVED_FROM, claim));
                strongestBasis(derived, first(claim, BASIS));
            }
        }
    }

    private void strongestBasis(Node claim, Node candidate) {
        if (candidate == null) return;
        Node current = first(claim, BASIS);
        if (current != null && rank(current) <= rank(candidate)) return;
        if (current != null) data.delete(Triple.create(claim, BASIS, current));
        data.add(Triple.create(claim, BASIS, candidate));
    }

    private static int rank(Node basis) {
        int i = BASIS_ORDER.indexOf(basis);
        return i < 0 ? BASIS_ORDER.size() : i;
    }

    private void copy(Node from, Node to, Node property) {
        for (Node v : values(from, property)) data.add(Triple.create(to, property, v));
    }

    private Node label(Triple stated, Node article, Collection<Integer> lines) {
        String object = stated.getObject().isLiteral() ? "\"" + stated.getObject().getLiteralLexicalForm() + "\"" : name(stated.getObject());
        StringBuilder where = new StringBuilder();
        for (int line : lines) where.append(where.length() == 0 ? "" : ", ").append(line);
        return NodeFactory.createLiteralLang(name(stated.getSubject()) + " " + name(stated.getPredicate()) + " " + object
                + " (article " + articleNumber(article) + ", line" + (lines.size() > 1 ? "s " : " ") + where + ")", "en");
    }

    /** The English label of a term, from the data or the ontology, else its local name. */
    private String name(Node n) {
        for (Graph g : List.of(data, ontology))
            for (Triple t : g.find(n, RDFS.label.asNode(), Node.ANY).toList())
                if (t.getObject().isLiteral()) return t.getObject().getLiteralLexicalForm();
        String local = localName(n);
        return local != null ? local : n.toString();
    }

    private Set<Node> subClassesOf(Node top) {
        Set<Node> found = new HashSet<>(Set.of(top));
        List<Node> todo = new ArrayList<>(found);
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            for (Triple t : ontology.find(Node.ANY, RDFS.subClassOf.asNode(), c).toList())
                if (found.add(t.getSubject())) todo.add(t.getSubject());
        }
        return found;
    }

    private boolean isA(Node individual, Set<Node> classes) {
        for (Node type : values(individual, RDF.type.asNode())) if (classes.contains(type)) return true;
        return false;
    }

    private TreeSet<Integer> lines(Node subject) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (Node v : values(subject, SOURCE_LINE)) {
            Integer line = integerValue(v);
            if (line == null || line < 1) {
                problems.add(where(subject) + "lk:sourceLine " + show(v) + " is not a positive integer"
                        + (subject.isBlank() ? "" : " (on " + show(subject) + ")"));
                return new TreeSet<>();
            }
            lines.add(line);
        }
        return lines;
    }

    private Integer line(Node subject) {
        Node v = first(subject, SOURCE_LINE);
        return v == null ? null : integerValue(v);
    }

    private static Integer integerValue(Node v) {
        if (!v.isLiteral() || !(v.getLiteralValue() instanceof Number n)) return null;
        return n.intValue();
    }

    private List<Node> values(Node s, Node p) {
        return data.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private Node first(Node s, Node p) {
        List<Node> v = values(s, p);
        return v.isEmpty() ? null : v.get(0);
    }

    private String where(Node reifier) {
        String file = origin.apply(reifier);
        return (file != null ? file : "data") + ": ";
    }

    private static String articleNumber(Node article) {
        String local = article.isURI() ? localName(article) : null;
        return local != null && local.matches("Article\\d{3}") ? local.substring("Article".length()) : null;
    }

    /** The name of an lkd: individual or an lk: term; null for anything else. */
    static String localName(Node n) {
        if (!n.isURI()) return null;
        String uri = n.getURI();
        if (uri.startsWith(Namespaces.LKD)) return uri.substring(Namespaces.LKD.length());
        if (uri.startsWith(LK)) return uri.substring(LK.length());
        return null;
    }



    private static String show(Node n) {
        return Namespaces.shortForm(n);
    }

    private static String show(Triple t) {
        return show(t.getSubject()) + " " + show(t.getPredicate()) + " " + show(t.getObject());
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static Node lk(String local) {
        return NodeFactory.createURI(LK + local);
    }
}
