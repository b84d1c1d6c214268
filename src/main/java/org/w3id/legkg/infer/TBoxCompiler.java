package org.w3id.legkg.infer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.legkg.LegkgException;
import org.w3id.legkg.infer.ClassExpression.All;
import org.w3id.legkg.infer.ClassExpression.And;
import org.w3id.legkg.infer.ClassExpression.Bottom;
import org.w3id.legkg.infer.ClassExpression.HasValue;
import org.w3id.legkg.infer.ClassExpression.Named;
import org.w3id.legkg.infer.ClassExpression.Not;
import org.w3id.legkg.infer.ClassExpression.Or;
import org.w3id.legkg.infer.ClassExpression.Role;
import org.w3id.legkg.infer.ClassExpression.Some;
import org.w3id.legkg.infer.ClassExpression.Top;

/**
 * Reads the ontology's axioms and compiles them into a {@link RuleSet}. Class axioms are normalised the way
 * EL reasoners do: a complex subclass side becomes an auxiliary class that rules fill in (conjunction,
 * someValuesFrom, hasValue), a complex superclass side becomes rules that follow from membership
 * (superclasses, witnesses for someValuesFrom, allValuesFrom, hasValue, disjointness, union elimination).
 * Property chains of any length are split into pairs with auxiliary properties. Every triple of the
 * ontology is either compiled, known to carry no entailment for individuals (annotations, declarations),
 * or rejected with {@link UnsupportedAxiomException}.
 */
final class TBoxCompiler {
    /** Structural triples read as part of their parent expression, never axioms on their own. */
    private static final Set<Node> STRUCTURAL = nodes(
            RDF.first, RDF.rest, OWL2.onProperty, OWL2.someValuesFrom, OWL2.allValuesFrom, OWL2.hasValue,
            OWL2.intersectionOf, OWL2.unionOf, OWL2.complementOf, OWL2.oneOf, OWL2.members, OWL2.distinctMembers,
            OWL2.cardinality, OWL2.minCardinality, OWL2.maxCardinality, OWL2.qualifiedCardinality,
            OWL2.minQualifiedCardinality, OWL2.maxQualifiedCardinality, OWL2.onClass, OWL2.onDataRange,
            OWL2.onDatatype, OWL2.withRestrictions, OWL2.hasSelf, OWL2.annotatedSource, OWL2.annotatedProperty,
            OWL2.annotatedTarget, OWL2.datatypeComplementOf, OWL2.onProperties);
    /** Ontology header and annotation vocabulary: no entailment for individuals. */
    private static final Set<Node> NO_ENTAILMENT = nodes(
            OWL2.versionIRI, OWL2.versionInfo, OWL2.priorVersion, OWL2.backwardCompatibleWith,
            OWL2.incompatibleWith, OWL2.deprecated, RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy,
            OWL2.differentFrom);
    /** rdf:type objects that only declare an entity or mark an expression node. */
    private static final Set<Node> DECLARATIONS = nodes(
            OWL2.Class, RDFS.Class, OWL2.Restriction, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty, OWL2.OntologyProperty, RDF.Property, OWL2.Ontology, OWL2.NamedIndividual,
            RDFS.Datatype, OWL2.Axiom, OWL2.Annotation, RDF.List, OWL2.AllDifferent, OWL2.DeprecatedClass,
            OWL2.DeprecatedProperty, OWL2.Thing);

    private final Graph g;
    private final OntologySignature signature;
    private final ClassExpressionReader reader;
    private final RuleSet rules = new RuleSet();
    private final List<PendingUnion> unions = new ArrayList<>();
    private final Set<Node> functionalDataProperties = new HashSet<>();
    private final Map<Node, List<Integer>> dataDomains = new HashMap<>();
    private final Map<Node, Set<Node>> dataSuperProperties = new HashMap<>();

    private record PendingUnion(int cls, int[] disjuncts, String axiom) {}

    private TBoxCompiler(Graph ontology) {
        this.g = ontology;
        this.signature = new OntologySignature(ontology);
        this.reader = new ClassExpressionReader(ontology, signature);
    }

    static RuleSet compile(Graph ontology) {
        return new TBoxCompiler(ontology).run();
    }

    private RuleSet run() {
        rules.setObjectProperties(signature.objectProperties());
        // Declared object properties get ids even without axioms, so the loader knows them.
        signature.objectProperties().stream().sorted(Comparator.comparing(Node::getURI)).forEach(rules::namedProperty);
        // Sorted so that rule order, and with it which kind is credited for a triple, is the same every run.
        List<Triple> triples = g.find().toList();
        triples.sort(Comparator.comparing((Triple t) -> sortKey(t.getSubject()))
                .thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> sortKey(t.getObject())));
        Set<Node> axiomNodes = axiomAnnotationNodes();
        for (Triple t : triples) {
            if (axiomNodes.contains(t.getSubject())) continue;
            compileTriple(t);
        }
        for (PendingUnion u : unions) compileUnion(u);
        for (Node p : signature.dataProperties()) {
            Set<Node> supers = closure(p, dataSuperProperties);
            rules.putDataProperty(p, new RuleSet.DataProperty(
                    List.copyOf(dataDomainsWithSupers(p, supers)),
                    supers.stream().sorted(Comparator.comparing(Node::getURI)).toList(),
                    functionalDataProperties.contains(p)));
        }
        return rules;
    }

    private void compileTriple(Triple t) {
        Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
        String axiom = axiom(t);
        if (STRUCTURAL.contains(p) || NO_ENTAILMENT.contains(p)) return;
        if (p.equals(RDF.type.asNode())) {
            compileType(s, o, axiom);
        } else if (p.equals(RDFS.subClassOf.asNode())) {
            subClassAxiom(reader.read(s, axiom), reader.read(o, axiom), axiom);
        } else if (p.equals(OWL2.equivalentClass.asNode())) {
            ClassExpression a = reader.read(s, axiom), b = reader.read(o, axiom);
            subClassAxiom(a, b, axiom);
            subClassAxiom(b, a, axiom);
        } else if (p.equals(OWL2.disjointWith.asNode())) {
            disjoint(List.of(reader.read(s, axiom), reader.read(o, axiom)), axiom);
        } else if (p.equals(OWL2.disjointUnionOf.asNode())) {
            List<ClassExpression> parts = new ArrayList<>();
            for (Node n : reader.list(o, axiom)) parts.add(reader.read(n, axiom));
            ClassExpression whole = reader.read(s, axiom), union = new Or(parts);
            subClassAxiom(whole, union, axiom);
            subClassAxiom(union, whole, axiom);
            disjoint(parts, axiom);
        } else if (p.equals(RDFS.subPropertyOf.asNode())) {
            subProperty(s, o, axiom);
        } else if (p.equals(OWL2.equivalentProperty.asNode())) {
            subProperty(s, o, axiom);
            subProperty(o, s, axiom);
        } else if (p.equals(OWL2.inverseOf.asNode())) {
            // A blank subject is an inverse property expression, read where it is used.
            if (s.isURI()) rules.addInverse(rules.namedProperty(s), roleId(reader.role(o, axiom)));
        } else if (p.equals(OWL2.propertyChainAxiom.asNode())) {
            chain(s, o, axiom);
        } else if (p.equals(RDFS.domain.asNode())) {
            domain(s, o, axiom);
        } else if (p.equals(RDFS.range.asNode())) {
            range(s, o, axiom);
        } else if (p.equals(OWL2.imports.asNode())) {
            throw new UnsupportedAxiomException(axiom, "imported ontologies are not loaded; put their axioms into ontology/");
        } else if (p.equals(OWL2.sameAs.asNode())) {
            throw new UnsupportedAxiomException(axiom, "owl:sameAs needs equality reasoning");
        } else if (Names.isSchemaVocabulary(p)) {
            throw new UnsupportedAxiomException(axiom, Names.shortForm(p) + " is not supported");
        }
        // Any other predicate is an annotation or an assertion about an individual, which the fact loader reads.
    }

    private void compileType(Node s, Node o, String axiom) {
        if (DECLARATIONS.contains(o)) return;
        if (o.equals(OWL2.AllDisjointClasses.asNode())) {
            List<ClassExpression> members = new ArrayList<>();
            for (Node n : reader.list(requireOne(s, OWL2.members.asNode(), axiom), axiom)) members.add(reader.read(n, axiom));
            disjoint(members, axiom);
        } else if (o.equals(OWL2.TransitiveProperty.asNode())) {
            rules.setTransitive(rules.namedProperty(s));
        } else if (o.equals(OWL2.SymmetricProperty.asNode())) {
            rules.setSymmetric(rules.namedProperty(s));
        } else if (o.equals(OWL2.FunctionalProperty.asNode())) {
            if (signature.isDataProperty(s)) functionalDataProperties.add(s);
            else throw new UnsupportedAxiomException(axiom, "a functional object property entails owl:sameAs between individuals;"
                    + " equality reasoning is not supported");
        } else if (Names.isSchemaVocabulary(o)) {
            throw new UnsupportedAxiomException(axiom, Names.shortForm(o) + " is not supported");
        }
        // Otherwise a class assertion on an individual, read by the fact loader.
    }

    // ---- class axioms ----

    /** sub ⊑ sup for arbitrary expressions. */
    private void subClassAxiom(ClassExpression sub, ClassExpression sup, String axiom) {
        if (sup instanceof And and) {
            for (ClassExpression c : and.operands()) subClassAxiom(sub, c, axiom);
            return;
        }
        if (sub instanceof Or or) {
            for (ClassExpression c : or.operands()) subClassAxiom(c, sup, axiom);
            return;
        }
        if (sup instanceof Named named && !(sub instanceof Named || sub instanceof Top)) {
            // A defined class: its members are recognised by the rules for the expression.
            lhsInto(sub, rules.namedClass(named.iri()), InferenceKind.DEFINED_CLASS, axiom);
            return;
        }
        rhs(lhsId(sub, axiom), sup, InferenceKind.SUBCLASS, axiom);
    }

    /** Rules that put every member of {@code expr} into class {@code target}. */
    private void lhsInto(ClassExpression expr, int target, InferenceKind kind, String axiom) {
        if (expr instanceof Named n) {
            rules.addSubClass(rules.namedClass(n.iri()), target, kind);
        } else if (expr instanceof Top) {
            rules.addSubClass(RuleSet.TOP, target, kind);
        } else if (expr instanceof And and) {
            Set<Integer> members = new LinkedHashSet<>();
            for (ClassExpression c : and.operands()) {
                int id = lhsId(c, axiom);
                if (id != RuleSet.TOP) members.add(id);
            }
            if (members.isEmpty()) rules.addSubClass(RuleSet.TOP, target, kind);
            else if (members.size() == 1) rules.addSubClass(members.iterator().next(), target, kind);
            else rules.addConjunction(members.stream().mapToInt(Integer::intValue).toArray(), target, kind, axiom);
        } else if (expr instanceof Or or) {
            for (ClassExpression c : or.operands()) lhsInto(c, target, kind, axiom);
        } else if (expr instanceof Some some) {
            rules.addSomeValuesIn(roleId(some.role()), lhsId(some.filler(), axiom), target, kind);
        } else if (expr instanceof HasValue hv) {
            rules.addHasValueIn(roleId(hv.role()), hv.value(), target);
        } else if (expr instanceof All all) {
            throw new UnsupportedAxiomException(axiom, "owl:allValuesFrom " + all.key()
                    + " as a subclass or in a definition: recognising its members needs reasoning about all values (non-Horn)");
        } else if (expr instanceof Not not) {
            throw new UnsupportedAxiomException(axiom, "owl:complementOf " + not.key()
                    + " as a subclass or in a definition: recognising its members needs reasoning by cases (non-Horn)");
        }
        // owl:Nothing as a subclass: no individual is in it, nothing to derive.
    }

    /** The class whose members are exactly those the rules recognise as members of {@code expr}. */
    private int lhsId(ClassExpression expr, String axiom) {
        if (expr instanceof Named n) return rules.namedClass(n.iri());
        if (expr instanceof Top) return RuleSet.TOP;
        if (expr instanceof Bottom) return RuleSet.BOTTOM;
        String key = "sub:" + expr.key();
        boolean known = rules.auxClassExists(key);
        int id = rules.auxClass(key, expr.key());
        if (!known) lhsInto(expr, id, InferenceKind.DEFINED_CLASS, axiom);
        return id;
    }

    /** Rules that give every member of class {@code sub} what {@code sup} requires. */
    private void rhs(int sub, ClassExpression sup, InferenceKind kind, String axiom) {
        if (sup instanceof Named n) {
            rules.addSubClass(sub, rules.namedClass(n.iri()), kind);
        } else if (sup instanceof Bottom) {
            rules.addConjunction(new int[] {sub}, RuleSet.BOTTOM, kind, rules.className(sub) + " is unsatisfiable (" + axiom + ")");
        } else if (sup instanceof And and) {
            for (ClassExpression c : and.operands()) rhs(sub, c, kind, axiom);
        } else if (sup instanceof Some some) {
            rules.addSomeValuesOut(sub, roleId(some.role()), rhsId(some.filler(), axiom), axiom);
        } else if (sup instanceof All all) {
            rules.addAllValues(sub, roleId(all.role()), rhsId(all.filler(), axiom));
        } else if (sup instanceof HasValue hv) {
            rules.addHasValueOut(sub, roleId(hv.role()), hv.value());
        } else if (sup instanceof Not not) {
            int other = lhsId(not.operand(), axiom);
            rules.addConjunction(new int[] {sub, other}, RuleSet.BOTTOM, kind,
                    rules.className(sub) + " and " + rules.className(other) + " are disjoint (" + axiom + ")");
        } else if (sup instanceof Or or) {
            List<Integer> ids = new ArrayList<>();
            for (ClassExpression c : or.operands()) {
                int id = rhsId(c, axiom);
                if (id == RuleSet.TOP) return; // owl:Thing in a union: nothing follows
                if (id != RuleSet.BOTTOM && !ids.contains(id)) ids.add(id);
            }
            if (ids.size() == 1) rules.addSubClass(sub, ids.get(0), kind);
            else if (ids.isEmpty()) rules.addConjunction(new int[] {sub}, RuleSet.BOTTOM, kind, rules.className(sub) + " is unsatisfiable (" + axiom + ")");
            else unions.add(new PendingUnion(sub, ids.stream().mapToInt(Integer::intValue).toArray(), axiom));
        }
        // owl:Thing as a superclass: nothing to add.
    }

    /** A class all of whose members the rules put into {@code expr}. */
    private int rhsId(ClassExpression expr, String axiom) {
        if (expr instanceof Named n) return rules.namedClass(n.iri());
        if (expr instanceof Top) return RuleSet.TOP;
        if (expr instanceof Bottom) return RuleSet.BOTTOM;
        String key = "super:" + expr.key();
        boolean known = rules.auxClassExists(key);
        int id = rules.auxClass(key, expr.key());
        if (!known) rhs(id, expr, InferenceKind.SUBCLASS, axiom);
        return id;
    }

    private void disjoint(List<ClassExpression> members, String axiom) {
        List<Integer> ids = new ArrayList<>();
        for (ClassExpression c : members) ids.add(lhsId(c, axiom));
        for (int i = 0; i < ids.size(); i++)
            for (int j = i + 1; j < ids.size(); j++)
                rules.addConjunction(new int[] {ids.get(i), ids.get(j)}, RuleSet.BOTTOM, InferenceKind.SUBCLASS,
                        rules.className(ids.get(i)) + " and " + rules.className(ids.get(j)) + " are disjoint (" + axiom + ")");
    }

    /**
     * cls ⊑ d1 ⊔ ... ⊔ dn is not Horn; what follows for an individual is what declared disjointness leaves:
     * if its types rule out all disjuncts but one, it is in that one. A disjunct is ruled out by any class
     * declared disjoint with it or with one of its told superclasses.
     */
    private void compileUnion(PendingUnion u) {
        Map<Integer, Set<Integer>> disjointWith = new HashMap<>();
        for (int c = 0; c < rules.classCount(); c++) {
            for (RuleSet.Conjunction conj : rules.conjunctionsByMember.get(c)) {
                if (conj.result() == RuleSet.BOTTOM && conj.members().length == 2 && conj.members()[0] == c) {
                    disjointWith.computeIfAbsent(conj.members()[0], k -> new HashSet<>()).add(conj.members()[1]);
                    disjointWith.computeIfAbsent(conj.members()[1], k -> new HashSet<>()).add(conj.members()[0]);
                }
            }
        }
        int[][] excluders = new int[u.disjuncts().length][];
        Set<Integer> triggers = new LinkedHashSet<>();
        triggers.add(u.cls());
        for (int i = 0; i < u.disjuncts().length; i++) {
            Set<Integer> ex = new LinkedHashSet<>();
            for (int sup : toldSuperclasses(u.disjuncts()[i])) ex.addAll(disjointWith.getOrDefault(sup, Set.of()));
            excluders[i] = ex.stream().mapToInt(Integer::intValue).sorted().toArray();
            triggers.addAll(ex);
        }
        rules.addUnion(new RuleSet.Union(u.cls(), u.disjuncts(), excluders, u.axiom()), triggers);
    }

    /** The class and everything the subclass rules put its members into, without looking at data. */
    private Set<Integer> toldSuperclasses(int cls) {
        Set<Integer> seen = new LinkedHashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(cls));
        while (!todo.isEmpty()) {
            int c = todo.pop();
            if (!seen.add(c)) continue;
            for (RuleSet.SubClass sc : rules.subClasses.get(c)) todo.push(sc.sup());
        }
        return seen;
    }

    // ---- property axioms ----

    private void subProperty(Node sub, Node sup, String axiom) {
        // Protégé writes these; every property is below the universal one and above the empty one.
        if (sup.equals(OWL2.topObjectProperty.asNode()) || sup.equals(OWL2.topDataProperty.asNode())
                || sub.equals(OWL2.bottomObjectProperty.asNode()) || sub.equals(OWL2.bottomDataProperty.asNode())) return;
        if (sub.isURI() && sup.isURI() && signature.isAnnotationProperty(sub) && signature.isAnnotationProperty(sup)) return;
        if (sub.isURI() && signature.isDataProperty(sub)) {
            requireKind(sup, true, axiom);
            dataSuperProperties.computeIfAbsent(sub, k -> new LinkedHashSet<>()).add(sup);
            return;
        }
        rules.addSubProperty(roleId(reader.role(sub, axiom)), roleId(reader.role(sup, axiom)), InferenceKind.SUBPROPERTY);
    }

    private void chain(Node sup, Node list, String axiom) {
        List<Role> roles = new ArrayList<>();
        for (Node n : reader.list(list, axiom)) roles.add(reader.role(n, axiom));
        int result = roleId(reader.role(sup, axiom));
        if (roles.isEmpty()) throw new LegkgException("Ontology: " + axiom + ": empty property chain");
        if (roles.size() == 1) {
            rules.addSubProperty(roleId(roles.get(0)), result, InferenceKind.CHAIN);
            return;
        }
        // r1 ∘ r2 ∘ ... ∘ rn ⊑ s  becomes  r1 ∘ r2 ⊑ a2, a2 ∘ r3 ⊑ a3, ..., a(n-1) ∘ rn ⊑ s.
        int left = roleId(roles.get(0));
        StringBuilder key = new StringBuilder(roles.get(0).key());
        for (int i = 1; i < roles.size(); i++) {
            key.append(" o ").append(roles.get(i).key());
            int target = i == roles.size() - 1 ? result : rules.auxProperty("chain:" + key, key.toString());
            rules.addChain(left, roleId(roles.get(i)), target);
            left = target;
        }
    }

    private void domain(Node p, Node cls, String axiom) {
        if (!p.isURI()) throw new UnsupportedAxiomException(axiom, "rdfs:domain of a property expression");
        if (signature.isAnnotationProperty(p)) return; // annotation domains carry no semantics in OWL 2 DL
        int c = rhsId(reader.read(cls, axiom), axiom);
        if (signature.isDataProperty(p)) {
            if (c != RuleSet.TOP) dataDomains.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            return;
        }
        rules.addDomain(roleId(reader.role(p, axiom)), c);
    }

    private void range(Node p, Node cls, String axiom) {
        if (!p.isURI()) throw new UnsupportedAxiomException(axiom, "rdfs:range of a property expression");
        if (signature.isAnnotationProperty(p) || signature.isDataProperty(p)) return; // a datatype: nothing about individuals
        rules.addRange(roleId(reader.role(p, axiom)), rhsId(reader.read(cls, axiom), axiom));
    }

    /** The rule-set id of a role; an inverse gets an auxiliary property linked by inverse rules. */
    private int roleId(Role r) {
        int p = rules.namedProperty(r.property());
        if (!r.inverse()) return p;
        int inv = rules.auxProperty("inverse:" + r.property().getURI(), r.key());
        rules.addInverse(p, inv);
        return inv;
    }

    private void requireKind(Node p, boolean data, String axiom) {
        if (!p.isURI() || (data ? !signature.isDataProperty(p) : !signature.isObjectProperty(p)))
            throw new LegkgException("Ontology: " + axiom + ": " + Names.shortForm(p) + " must be a "
                    + (data ? "datatype" : "object") + " property like the other side");
    }

    private Set<Node> closure(Node p, Map<Node, Set<Node>> direct) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(direct.getOrDefault(p, Set.of()));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!n.equals(p) && seen.add(n)) todo.addAll(direct.getOrDefault(n, Set.of()));
        }
        return seen;
    }

    /** A datatype property's subjects are in its own domains and in the domains of its superproperties. */
    private Set<Integer> dataDomainsWithSupers(Node p, Set<Node> supers) {
        Set<Integer> out = new LinkedHashSet<>(dataDomains.getOrDefault(p, List.of()));
        for (Node s : supers) out.addAll(dataDomains.getOrDefault(s, List.of()));
        return out;
    }

    /** Subjects of reified axiom annotations (owl:Axiom): annotations, never axioms. */
    private Set<Node> axiomAnnotationNodes() {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), OWL2.Axiom.asNode()).forEachRemaining(t -> out.add(t.getSubject()));
        g.find(Node.ANY, RDF.type.asNode(), OWL2.Annotation.asNode()).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private Node requireOne(Node s, Node p, String axiom) {
        Node n = reader.one(s, p);
        if (n == null) throw new LegkgException("Ontology: " + axiom + ": missing " + Names.shortForm(p));
        return n;
    }

    private static String axiom(Triple t) {
        return Names.shortForm(t.getSubject()).replaceAll("^_:.*", "[ ]") + " " + Names.shortForm(t.getPredicate()) + " "
                + (t.getObject().isBlank() ? "[ ]" : Names.shortForm(t.getObject()));
    }

    private static String sortKey(Node n) {
        return n.isURI() ? n.getURI() : n.isBlank() ? "~" : n.getLiteralLexicalForm();
    }

    private static Set<Node> nodes(org.apache.jena.rdf.model.Resource... rs) {
        Set<Node> out = new HashSet<>();
        for (var r : rs) out.add(r.asNode());
        return out;
    }
}
