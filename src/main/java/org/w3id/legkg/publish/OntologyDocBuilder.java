package org.w3id.legkg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.publish.DocModel.Axiom;
import org.w3id.legkg.publish.DocModel.Expression;
import org.w3id.legkg.publish.DocModel.Fragment;
import org.w3id.legkg.publish.DocModel.GeneralAxiom;
import org.w3id.legkg.publish.DocModel.Header;
import org.w3id.legkg.publish.DocModel.Link;
import org.w3id.legkg.publish.DocModel.Match;
import org.w3id.legkg.publish.DocModel.Namespace;
import org.w3id.legkg.publish.DocModel.Section;
import org.w3id.legkg.publish.DocModel.Term;
import org.w3id.legkg.publish.DocModel.TreeNode;

/**
 * Builds the documentation model of an ontology graph, the way pyLODE and WIDOCO document ontologies:
 * metadata, class and property hierarchies, and one entry per term with its definition, synonyms, axioms
 * in Manchester-like text, and external matches. Only the ontology graph is read: the page documents the
 * ontology file, not the instance data.
 */
public final class OntologyDocBuilder {
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String DCE = "http://purl.org/dc/elements/1.1/";
    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";

    /** skos mapping relations and how the page names them. */
    private static final Map<Node, String> MATCHES = new LinkedHashMap<>();
    static {
        MATCHES.put(SKOS.exactMatch.asNode(), "exact match");
        MATCHES.put(SKOS.closeMatch.asNode(), "close match");
        MATCHES.put(SKOS.broadMatch.asNode(), "broad match");
        MATCHES.put(SKOS.narrowMatch.asNode(), "narrow match");
        MATCHES.put(SKOS.relatedMatch.asNode(), "related match");
        MATCHES.put(RDFS.seeAlso.asNode(), "see also");
    }

    private static final List<Node> SYNONYMS = List.of(SKOS.altLabel.asNode(),
            uri(OBO_IN_OWL + "hasExactSynonym"), uri(OBO_IN_OWL + "hasRelatedSynonym"),
            uri(OBO_IN_OWL + "hasBroadSynonym"), uri(OBO_IN_OWL + "hasNarrowSynonym"));

    /** OWL property characteristics, in the order Protégé lists them. */
    private static final Map<Node, String> CHARACTERISTICS = new LinkedHashMap<>();
    static {
        CHARACTERISTICS.put(OWL2.FunctionalProperty.asNode(), "Functional");
        CHARACTERISTICS.put(OWL2.InverseFunctionalProperty.asNode(), "Inverse functional");
        CHARACTERISTICS.put(OWL2.TransitiveProperty.asNode(), "Transitive");
        CHARACTERISTICS.put(OWL2.SymmetricProperty.asNode(), "Symmetric");
        CHARACTERISTICS.put(OWL2.AsymmetricProperty.asNode(), "Asymmetric");
        CHARACTERISTICS.put(OWL2.ReflexiveProperty.asNode(), "Reflexive");
        CHARACTERISTICS.put(OWL2.IrreflexiveProperty.asNode(), "Irreflexive");
    }

    private enum Kind {
        CLASS("sec-classes", "Classes"), OBJECT_PROPERTY("sec-object-properties", "Object properties"),
        DATATYPE_PROPERTY("sec-datatype-properties", "Datatype properties"),
        ANNOTATION_PROPERTY("sec-annotation-properties", "Annotation properties"),
        PROPERTY("sec-properties", "Other properties"), DATATYPE("sec-datatypes", "Datatypes"),
        INDIVIDUAL("sec-individuals", "Named individuals");

        /** Page section ids start with "sec-": term anchors are bare local names (lk:section must land on its term). */
        final String id, title;
        Kind(String id, String title) { this.id = id; this.title = title; }
    }

    private final Graph graph;
    private final Node ontology;
    private final boolean missingHeader;
    private final OntologyTerms terms;
    private final ManchesterRenderer render;
    private final Map<Node, Kind> kinds = new LinkedHashMap<>();
    /** Predicates shown in their own place on a term's entry; the rest go to "Annotations". */
    private final Set<Node> shown = new HashSet<>();

    private OntologyDocBuilder(Graph graph) {
        this.graph = graph;
        List<Node> onts = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI()) onts.add(t.getSubject());
        });
        onts.sort(Comparator.comparing(Node::getURI));
        // Prefer the project's ontology when several files declare one. Without any header the terms are
        // still documented, under the project's ontology IRI, and the page says what is missing: a
        // documentation page is no reason to stop a build.
        this.missingHeader = onts.isEmpty();
        this.ontology = onts.stream().filter(n -> n.getURI().equals(Namespaces.ONTOLOGY_IRI)).findFirst()
                .orElse(onts.isEmpty() ? NodeFactory.createURI(Namespaces.ONTOLOGY_IRI) : onts.get(0));
        String ns = literal(ontology, uri(VANN + "preferredNamespaceUri")).orElse(Namespaces.LK);
        this.terms = new OntologyTerms(graph, ns);
        this.render = new ManchesterRenderer(terms);
        classify();
    }

    /** The model of the documentation page for this ontology graph. */
    public static Map<String, Object> build(Graph ontologyGraph, List<DocModel.Download> downloads) {
        return new OntologyDocBuilder(ontologyGraph).model(downloads);
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private Optional<String> literal(Node s, Node p) { return new OntologyTerms(graph, "").englishLiteral(s, p); }

    private void classify() {
        Map<Node, Kind> byType = new LinkedHashMap<>();
        byType.put(OWL2.Class.asNode(), Kind.CLASS);
        byType.put(RDFS.Class.asNode(), Kind.CLASS);
        byType.put(OWL2.ObjectProperty.asNode(), Kind.OBJECT_PROPERTY);
        byType.put(OWL2.DatatypeProperty.asNode(), Kind.DATATYPE_PROPERTY);
        byType.put(OWL2.AnnotationProperty.asNode(), Kind.ANNOTATION_PROPERTY);
        byType.put(RDF.Property.asNode(), Kind.PROPERTY);
        byType.put(RDFS.Datatype.asNode(), Kind.DATATYPE);
        byType.put(OWL2.NamedIndividual.asNode(), Kind.INDIVIDUAL);
        for (var e : byType.entrySet())
            terms.subjects(RDF.type.asNode(), e.getKey()).stream()
                    .filter(n -> n.isURI() && !OntologyTerms.isBuiltIn(n))
                    // A term declared twice (e.g. owl:Class and rdfs:Class) keeps its first, most specific kind.
                    .forEach(n -> kinds.putIfAbsent(n, e.getValue()));
        // Individuals typed with a documented class count as named individuals even without owl:NamedIndividual.
        List<Node> classes = kinds.entrySet().stream().filter(e -> e.getValue() == Kind.CLASS).map(Map.Entry::getKey).toList();
        for (Node c : classes)
            terms.subjects(RDF.type.asNode(), c).stream().filter(Node::isURI).forEach(n -> kinds.putIfAbsent(n, Kind.INDIVIDUAL));
        // Anchors in a stable order: terms of this ontology first, so they keep their plain local names.
        kinds.keySet().stream().sorted(Comparator.comparing((Node n) -> !terms.isLocal(n.getURI())).thenComparing(Node::getURI))
                .forEach(n -> terms.documented(n.getURI()));
    }

    private Map<String, Object> model(List<DocModel.Download> downloads) {
        Map<String, Object> m = new LinkedHashMap<>();
        Header header = header();
        m.put("header", header);
        m.put("downloads", downloads);
        List<Section> sections = new ArrayList<>();
        for (Kind k : Kind.values()) {
            List<Node> members = kinds.entrySet().stream().filter(e -> e.getValue() == k).map(Map.Entry::getKey)
                    .sorted(terms.byLabel()).toList();
            if (members.isEmpty()) continue;
            List<Term> docs = members.stream().map(n -> term(n, k)).toList();
            List<TreeNode> tree = switch (k) {
                case CLASS -> tree(members, RDFS.subClassOf.asNode());
                case OBJECT_PROPERTY, DATATYPE_PROPERTY, ANNOTATION_PROPERTY, PROPERTY -> tree(members, RDFS.subPropertyOf.asNode());
                default -> List.of();
            };
            sections.add(new Section(k.id, k.title, docs, tree));
        }
        m.put("sections", sections);
        m.put("generalAxioms", generalAxioms());
        m.put("namespaces", namespaces());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section s : sections) counts.put(s.title(), s.terms().size());
        m.put("counts", counts);
        m.put("title", header.title());
        m.put("warnings", missingHeader
                ? List.of("The ontology graph declares no owl:Ontology: add a header (ontology IRI, version IRI, title, license) to ontology/*.ttl.")
                : List.of());
        return m;
    }

    private Header header() {
        Node o = ontology;
        List<Node> headerPreds = new ArrayList<>();
        Node title = uri(DCT + "title"), description = uri(DCT + "description"), license = uri(DCT + "license"),
                creator = uri(DCT + "creator"), contributor = uri(DCT + "contributor"), created = uri(DCT + "created"),
                modified = uri(DCT + "modified"), prefix = uri(VANN + "preferredNamespacePrefix"),
                nsUri = uri(VANN + "preferredNamespaceUri");
        headerPreds.addAll(List.of(RDF.type.asNode(), title, uri(DCE + "title"), RDFS.label.asNode(), description,
                uri(DCE + "description"), license, creator, uri(DCE + "creator"), contributor, created, modified, prefix, nsUri,
                RDFS.comment.asNode(), OWL2.versionIRI.asNode(), OWL2.versionInfo.asNode(), OWL2.imports.asNode()));
        String t = terms.englishLiteral(o, title).or(() -> terms.englishLiteral(o, uri(DCE + "title")))
                .or(() -> terms.englishLiteral(o, RDFS.label.asNode())).orElse(o.getURI());
        List<String> descs = new ArrayList<>(terms.literals(o, description));
        descs.addAll(terms.literals(o, uri(DCE + "description")));
        List<String> creators = new ArrayList<>(valuesAsText(o, creator));
        creators.addAll(valuesAsText(o, uri(DCE + "creator")));
        List<Axiom> other = annotations(o, new HashSet<>(headerPreds));
        return new Header(o.getURI(),
                terms.object(o, OWL2.versionIRI.asNode()).filter(Node::isURI).map(Node::getURI).orElse(null),
                terms.englishLiteral(o, OWL2.versionInfo.asNode()).orElse(null), t, descs,
                terms.literals(o, RDFS.comment.asNode()),
                terms.objects(o, license).stream().map(this::valueLink).toList(),
                creators, valuesAsText(o, contributor),
                terms.englishLiteral(o, created).orElse(null), terms.englishLiteral(o, modified).orElse(null),
                terms.englishLiteral(o, prefix).orElse(null), terms.namespace(),
                terms.objects(o, OWL2.imports.asNode()).stream().filter(Node::isURI).sorted(Comparator.comparing(Node::getURI))
                        .map(n -> new Link(n.getURI(), n.getURI(), n.getURI(), true)).toList(),
                other);
    }

    private List<String> valuesAsText(Node s, Node p) {
        return terms.objects(s, p).stream().map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "")
                .filter(x -> !x.isEmpty()).sorted().toList();
    }

    private Link valueLink(Node n) {
        if (n.isURI()) return new Link(n.getURI(), n.getURI(), n.getURI(), true);
        String text = n.isLiteral() ? n.getLiteralLexicalForm() : "(anonymous)";
        return new Link(null, text, null, true);
    }

    private Term term(Node n, Kind kind) {
        String iri = n.getURI();
        Set<Node> used = new HashSet<>(List.of(RDF.type.asNode(), RDFS.label.asNode(), OntologyTerms.IAO_DEFINITION,
                OntologyTerms.SKOS_DEFINITION, RDFS.comment.asNode(), OWL2.deprecated.asNode()));
        used.addAll(SYNONYMS);
        used.addAll(MATCHES.keySet());
        List<String> definitions = new ArrayList<>(terms.literals(n, OntologyTerms.IAO_DEFINITION));
        definitions.addAll(terms.literals(n, OntologyTerms.SKOS_DEFINITION));
        List<String> synonyms = new ArrayList<>();
        for (Node p : SYNONYMS) synonyms.addAll(terms.literals(n, p));
        List<Match> matches = new ArrayList<>();
        for (var e : MATCHES.entrySet())
            terms.objects(n, e.getKey()).stream().filter(Node::isURI).sorted(Comparator.comparing(Node::getURI))
                    .forEach(m -> matches.add(new Match(e.getValue(), new Link(m.getURI(), terms.curie(m.getURI()), m.getURI(), true))));
        List<Axiom> axioms = switch (kind) {
            case CLASS -> classAxioms(n, used);
            case OBJECT_PROPERTY, DATATYPE_PROPERTY, ANNOTATION_PROPERTY, PROPERTY -> propertyAxioms(n, kind, used);
            case INDIVIDUAL -> individualAxioms(n, used);
            case DATATYPE -> datatypeAxioms(n, used);
        };
        boolean deprecated = terms.objects(n, OWL2.deprecated.asNode()).stream()
                .anyMatch(v -> v.isLiteral() && v.getLiteralLexicalForm().equals("true"));
        return new Term(iri, terms.documented(iri), kind.title, terms.label(n), terms.curie(iri), terms.isLocal(iri), deprecated,
                definitions, synonyms.stream().distinct().toList(), terms.literals(n, RDFS.comment.asNode()), matches,
                axioms, annotations(n, used));
    }

    private List<Axiom> classAxioms(Node c, Set<Node> used) {
        used.addAll(List.of(RDFS.subClassOf.asNode(), OWL2.equivalentClass.asNode(), OWL2.disjointWith.asNode(),
                OWL2.disjointUnionOf.asNode(), OWL2.hasKey.asNode()));
        List<Axiom> rows = new ArrayList<>();
        add(rows, "Subclass of", sortedExpressions(terms.objects(c, RDFS.subClassOf.asNode())));
        List<Node> eq = new ArrayList<>(terms.objects(c, OWL2.equivalentClass.asNode()));
        terms.subjects(OWL2.equivalentClass.asNode(), c).stream().filter(Node::isURI).forEach(eq::add);
        add(rows, "Equivalent to", sortedExpressions(eq));
        add(rows, "Superclass of", links(terms.subjects(RDFS.subClassOf.asNode(), c)));
        for (Node du : terms.objects(c, OWL2.disjointUnionOf.asNode()))
            add(rows, "Disjoint union of", List.of(listExpression(du, "owl:disjointUnionOf")));
        Set<Node> disjoint = new LinkedHashSet<>(terms.objects(c, OWL2.disjointWith.asNode()));
        disjoint.addAll(terms.subjects(OWL2.disjointWith.asNode(), c));
        for (Node axiom : terms.subjects(RDF.type.asNode(), OWL2.AllDisjointClasses.asNode()))
            for (Node members : terms.objects(axiom, OWL2.members.asNode()))
                terms.list(members).filter(l -> l.contains(c)).ifPresent(l -> l.stream().filter(x -> !x.equals(c)).forEach(disjoint::add));
        add(rows, "Disjoint with", sortedExpressions(new ArrayList<>(disjoint)));
        for (Node key : terms.objects(c, OWL2.hasKey.asNode()))
            add(rows, "Has key", List.of(listExpression(key, "owl:hasKey")));
        add(rows, "In domain of", links(terms.subjects(RDFS.domain.asNode(), c)));
        add(rows, "In range of", links(terms.subjects(RDFS.range.asNode(), c)));
        add(rows, "Members", links(terms.subjects(RDF.type.asNode(), c)));
        return rows;
    }

    private List<Axiom> propertyAxioms(Node p, Kind kind, Set<Node> used) {
        used.addAll(List.of(RDFS.subPropertyOf.asNode(), RDFS.domain.asNode(), RDFS.range.asNode(), OWL2.inverseOf.asNode(),
                OWL2.equivalentProperty.asNode(), OWL2.propertyDisjointWith.asNode(), OWL2.propertyChainAxiom.asNode()));
        List<Axiom> rows = new ArrayList<>();
        List<Expression> characteristics = new ArrayList<>();
        for (var e : CHARACTERISTICS.entrySet())
            if (terms.hasType(p, e.getKey())) characteristics.add(new Expression(List.of(Fragment.keyword(e.getValue()))));
        add(rows, "Characteristics", characteristics);
        add(rows, "Domain", sortedExpressions(terms.objects(p, RDFS.domain.asNode())));
        add(rows, "Range", sortedExpressions(terms.objects(p, RDFS.range.asNode())));
        add(rows, "Subproperty of", sortedExpressions(terms.objects(p, RDFS.subPropertyOf.asNode())));
        add(rows, "Superproperty of", links(terms.subjects(RDFS.subPropertyOf.asNode(), p)));
        List<Node> inverses = new ArrayList<>(terms.objects(p, OWL2.inverseOf.asNode()));
        terms.subjects(OWL2.inverseOf.asNode(), p).stream().filter(Node::isURI).forEach(inverses::add);
        add(rows, "Inverse of", sortedExpressions(inverses.stream().distinct().toList()));
        List<Node> eq = new ArrayList<>(terms.objects(p, OWL2.equivalentProperty.asNode()));
        terms.subjects(OWL2.equivalentProperty.asNode(), p).stream().filter(Node::isURI).forEach(eq::add);
        add(rows, "Equivalent to", sortedExpressions(eq));
        Set<Node> disjoint = new LinkedHashSet<>(terms.objects(p, OWL2.propertyDisjointWith.asNode()));
        disjoint.addAll(terms.subjects(OWL2.propertyDisjointWith.asNode(), p));
        for (Node axiom : terms.subjects(RDF.type.asNode(), OWL2.AllDisjointProperties.asNode()))
            for (Node members : terms.objects(axiom, OWL2.members.asNode()))
                terms.list(members).filter(l -> l.contains(p)).ifPresent(l -> l.stream().filter(x -> !x.equals(p)).forEach(disjoint::add));
        add(rows, "Disjoint with", sortedExpressions(new ArrayList<>(disjoint)));
        // SubPropertyChain: p1 o p2 ⊑ p
        List<Expression> chains = new ArrayList<>();
        for (Node head : terms.objects(p, OWL2.propertyChainAxiom.asNode()))
            chains.add(terms.list(head).map(render::chain)
                    .orElse(new Expression(List.of(Fragment.warning("(malformed owl:propertyChainAxiom list)")))));
        add(rows, "Property chain", chains);
        // Where this property takes part in another property's chain.
        Set<Node> usedIn = new LinkedHashSet<>();
        graph.find(Node.ANY, OWL2.propertyChainAxiom.asNode(), Node.ANY).forEachRemaining(t ->
                terms.list(t.getObject()).filter(l -> l.contains(p)).ifPresent(l -> usedIn.add(t.getSubject())));
        add(rows, "Used in the chain of", links(new ArrayList<>(usedIn)));
        if (kind == Kind.ANNOTATION_PROPERTY) add(rows, "Used on", annotationUse(p));
        return rows;
    }

    /** How many terms carry an annotation property: useful for the external ones a page only declares. */
    private List<Expression> annotationUse(Node p) {
        long n = graph.stream(Node.ANY, p, Node.ANY).map(t -> t.getSubject()).distinct().count();
        return n == 0 ? List.of() : List.of(new Expression(List.of(Fragment.literal(n + (n == 1 ? " term" : " terms")))));
    }

    private List<Axiom> individualAxioms(Node i, Set<Node> used) {
        List<Axiom> rows = new ArrayList<>();
        add(rows, "Types", sortedExpressions(terms.objects(i, RDF.type.asNode()).stream()
                .filter(t -> !t.equals(OWL2.NamedIndividual.asNode())).toList()));
        used.addAll(List.of(OWL2.sameAs.asNode(), OWL2.differentFrom.asNode()));
        add(rows, "Same as", sortedExpressions(terms.objects(i, OWL2.sameAs.asNode())));
        add(rows, "Different from", sortedExpressions(terms.objects(i, OWL2.differentFrom.asNode())));
        return rows;
    }

    private List<Axiom> datatypeAxioms(Node d, Set<Node> used) {
        used.add(OWL2.equivalentClass.asNode());
        List<Axiom> rows = new ArrayList<>();
        add(rows, "Equivalent to", sortedExpressions(terms.objects(d, OWL2.equivalentClass.asNode())));
        return rows;
    }

    /** Every other statement about the term with an IRI predicate: annotations such as lk:requiresClaim. */
    private List<Axiom> annotations(Node s, Set<Node> used) {
        Map<Node, List<Expression>> byPred = new TreeMap<>(terms.byLabel());
        graph.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (used.contains(t.getPredicate())) return;
            byPred.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(render.render(t.getObject()));
        });
        List<Axiom> rows = new ArrayList<>();
        byPred.forEach((p, values) -> {
            values.sort(Comparator.comparing(Expression::text));
            rows.add(new Axiom(terms.label(p), values));
        });
        return rows;
    }

    private static void add(List<Axiom> rows, String name, List<Expression> values) {
        if (!values.isEmpty()) rows.add(new Axiom(name, values));
    }

    /** Named values first (by label), then anonymous expressions (by their text). */
    private List<Expression> sortedExpressions(List<Node> nodes) {
        List<Node> named = nodes.stream().filter(Node::isURI).distinct().sorted(terms.byLabel()).toList();
        List<Expression> out = new ArrayList<>(named.stream().map(render::render).toList());
        out.addAll(nodes.stream().filter(n -> !n.isURI()).map(render::render).sorted(Comparator.comparing(Expression::text)).toList());
        return out;
    }

    private List<Expression> links(List<Node> nodes) {
        return nodes.stream().filter(Node::isURI).distinct().sorted(terms.byLabel()).map(render::render).toList();
    }

    private Expression listExpression(Node head, String what) {
        return terms.list(head).map(render::list)
                .orElse(new Expression(List.of(Fragment.warning("(malformed RDF list in " + what + ")"))));
    }

    /** Nested hierarchy over named parents among the members; a term with several parents appears under each. */
    private List<TreeNode> tree(List<Node> members, Node parentRel) {
        Set<Node> memberSet = new HashSet<>(members);
        Map<Node, List<Node>> children = new LinkedHashMap<>();
        Set<Node> hasParent = new HashSet<>();
        for (Node m : members)
            for (Node parent : terms.objects(m, parentRel))
                if (parent.isURI() && memberSet.contains(parent) && !parent.equals(m)) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(m);
                    hasParent.add(m);
                }
        List<TreeNode> roots = new ArrayList<>();
        for (Node m : members)
            if (!hasParent.contains(m)) roots.add(treeNode(m, children, new HashSet<>()));
        return roots;
    }

    private TreeNode treeNode(Node n, Map<Node, List<Node>> children, Set<Node> path) {
        path.add(n);
        List<TreeNode> kids = new ArrayList<>();
        for (Node c : children.getOrDefault(n, List.of()).stream().sorted(terms.byLabel()).toList())
            if (!path.contains(c)) kids.add(treeNode(c, children, path)); // a subclass cycle is cut, not followed forever
        path.remove(n);
        return new TreeNode(terms.link(n), kids);
    }

    private List<GeneralAxiom> generalAxioms() {
        List<GeneralAxiom> out = new ArrayList<>();
        Map<Node, String> nary = Map.of(OWL2.AllDisjointClasses.asNode(), "Disjoint classes",
                OWL2.AllDisjointProperties.asNode(), "Disjoint properties", OWL2.AllDifferent.asNode(), "Different individuals");
        for (var e : nary.entrySet())
            for (Node axiom : terms.subjects(RDF.type.asNode(), e.getKey())) {
                List<Node> heads = new ArrayList<>(terms.objects(axiom, OWL2.members.asNode()));
                heads.addAll(terms.objects(axiom, OWL2.distinctMembers.asNode()));
                for (Node head : heads) {
                    Optional<List<Node>> members = terms.list(head);
                    out.add(new GeneralAxiom(e.getValue(), members
                            .map(l -> l.stream().sorted(terms.byLabel()).map(render::render).toList())
                            .orElse(List.of(new Expression(List.of(Fragment.warning("(malformed owl:members list)")))))));
                }
            }
        // Pairwise disjointness between two named classes, listed once per pair.
        graph.find(Node.ANY, OWL2.disjointWith.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI())
                out.add(new GeneralAxiom("Disjoint classes", List.of(render.render(t.getSubject()), render.render(t.getObject()))));
        });
        out.sort(Comparator.comparing(GeneralAxiom::name).thenComparing(g -> g.members().stream().map(Expression::text).toList().toString()));
        return out;
    }

    private List<Namespace> namespaces() {
        Map<String, String> used = new TreeMap<>();
        terms.prefixes().getNsPrefixMap().forEach((prefix, ns) -> {
            if (graph.getPrefixMapping().getNsPrefixURI(prefix) != null) used.put(prefix, ns);
        });
        return used.entrySet().stream().map(e -> new Namespace(e.getKey(), e.getValue())).toList();
    }
}
