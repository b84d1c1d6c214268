package org.w3id.legkg.infer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;

/**
 * The TBox compiled into rules over int ids, indexed by the class or property whose new fact triggers them.
 * Classes and properties are either named (an IRI of the ontology) or auxiliary: an id the compiler invents
 * for a complex class expression, an inverse property expression or a prefix of a property chain. Facts
 * about auxiliary ids drive the rules but are never written out.
 */
final class RuleSet {
    static final int TOP = 0;
    static final int BOTTOM = 1;

    // ---- rule shapes (all fields are ids of this rule set) ----

    /** type(x, trigger) → type(x, sup). */
    record SubClass(int sup, InferenceKind kind) {}
    /** type(x, m) for every m in members → type(x, result); result BOTTOM means the members are disjoint. */
    record Conjunction(int[] members, int result, InferenceKind kind, String axiom) {}
    /** p(x, y), type(y, filler) → type(x, result): ∃p.filler ⊑ result. */
    record SomeValuesIn(int prop, int filler, int result, InferenceKind kind) {}
    /** type(x, cls) → some y: p(x, y), type(y, filler): cls ⊑ ∃p.filler. Needs an anonymous witness if no y is known. */
    record SomeValuesOut(int cls, int prop, int filler, String axiom) {}
    /** type(x, cls), p(x, y) → type(y, filler): cls ⊑ ∀p.filler. */
    record AllValues(int cls, int prop, int filler) {}
    /** p(x, value) → type(x, result): ∃p.{value} ⊑ result. */
    record HasValueIn(int prop, Node value, int result) {}
    /** type(x, cls) → p(x, value): cls ⊑ ∃p.{value}. */
    record HasValueOut(int prop, Node value) {}
    /**
     * type(x, cls) where cls ⊑ d1 ⊔ ... ⊔ dn: if x's types exclude all but one disjunct, x is in that one.
     * {@code excluders[i]} are the classes declared disjoint with d_i or with one of its told superclasses.
     */
    record Union(int cls, int[] disjuncts, int[][] excluders, String axiom) {}
    /** p1(x, y), p2(y, z) → result(x, z). Longer chains are split by the compiler into pairs. */
    record Chain(int first, int second, int result) {}
    record SubProperty(int sup, InferenceKind kind) {}

    /** What a datatype property entails: types of its subjects and values of its superproperties. */
    record DataProperty(List<Integer> domains, List<Node> superProperties, boolean functional) {}

    // ---- symbols ----
    private final List<Node> classNodes = new ArrayList<>();
    private final List<String> classNames = new ArrayList<>();
    private final Map<Node, Integer> classIds = new HashMap<>();
    private final Map<String, Integer> auxClassIds = new HashMap<>();
    private final List<Node> propNodes = new ArrayList<>();
    private final List<String> propNames = new ArrayList<>();
    private final Map<Node, Integer> propIds = new HashMap<>();
    private final Map<String, Integer> auxPropIds = new HashMap<>();

    // ---- rules, by trigger ----
    final List<List<SubClass>> subClasses = new ArrayList<>();
    final List<List<Conjunction>> conjunctionsByMember = new ArrayList<>();
    final List<List<SomeValuesIn>> someInByFiller = new ArrayList<>();
    final List<List<SomeValuesOut>> someOutByClass = new ArrayList<>();
    final List<List<AllValues>> allByClass = new ArrayList<>();
    final List<List<HasValueOut>> hasValueOutByClass = new ArrayList<>();
    final List<List<Union>> unionsByClass = new ArrayList<>();

    final List<List<SubProperty>> subProperties = new ArrayList<>();
    final List<List<Integer>> inverses = new ArrayList<>();
    final List<Boolean> symmetric = new ArrayList<>();
    final List<Boolean> transitive = new ArrayList<>();
    final List<List<Chain>> chainsByFirst = new ArrayList<>();
    final List<List<Chain>> chainsBySecond = new ArrayList<>();
    final List<List<Integer>> domains = new ArrayList<>();
    final List<List<Integer>> ranges = new ArrayList<>();
    final List<List<SomeValuesIn>> someInByProp = new ArrayList<>();
    final List<List<AllValues>> allByProp = new ArrayList<>();
    final List<List<HasValueIn>> hasValueInByProp = new ArrayList<>();

    final Map<Node, DataProperty> dataProperties = new LinkedHashMap<>();
    /** The kinds some rule can produce, so the build can print a zero for a kind the ontology uses. */
    final Set<InferenceKind> kindsInUse = EnumSet.noneOf(InferenceKind.class);
    private int someValuesOutCount;
    private Set<Node> objectProperties = Set.of();

    RuleSet() {
        addClass(OWL2.Thing.asNode(), "owl:Thing");
        addClass(OWL2.Nothing.asNode(), "owl:Nothing");
    }

    // ---- classes ----

    int classCount() { return classNodes.size(); }

    /** The id of a named class, created on first use. */
    int namedClass(Node iri) {
        Integer id = classIds.get(iri);
        return id != null ? id : addClass(iri, Names.shortForm(iri));
    }

    /** The id of a named class if the ontology mentions it, else -1. */
    int classIdOrNegative(Node iri) {
        return classIds.getOrDefault(iri, -1);
    }

    /** An auxiliary class standing for a complex expression; the key distinguishes its role (see the compiler). */
    int auxClass(String key, String readable) {
        Integer id = auxClassIds.get(key);
        if (id != null) return id;
        id = addClass(null, readable);
        auxClassIds.put(key, id);
        return id;
    }

    boolean auxClassExists(String key) { return auxClassIds.containsKey(key); }

    /** The class IRI, or null for an auxiliary class. */
    Node classNode(int id) { return classNodes.get(id); }

    /** A readable name for messages: a prefixed name or the expression of an auxiliary class. */
    String className(int id) { return classNames.get(id); }

    private int addClass(Node iri, String name) {
        int id = classNodes.size();
        classNodes.add(iri);
        classNames.add(name);
        if (iri != null) classIds.put(iri, id);
        subClasses.add(new ArrayList<>());
        conjunctionsByMember.add(new ArrayList<>());
        someInByFiller.add(new ArrayList<>());
        someOutByClass.add(new ArrayList<>());
        allByClass.add(new ArrayList<>());
        hasValueOutByClass.add(new ArrayList<>());
        unionsByClass.add(new ArrayList<>());
        return id;
    }

    // ---- properties ----

    void setObjectProperties(Set<Node> properties) { this.objectProperties = Set.copyOf(properties); }

    /** Whether the ontology makes this IRI an object property (declared, or by an inverse or chain axiom). */
    boolean isObjectProperty(Node p) { return objectProperties.contains(p); }

    int propertyCount() { return propNodes.size(); }

    int namedProperty(Node iri) {
        Integer id = propIds.get(iri);
        return id != null ? id : addProperty(iri, Names.shortForm(iri));
    }

    /** The id of a named object property the ontology declares, else -1. */
    int propertyIdOrNegative(Node iri) {
        return propIds.getOrDefault(iri, -1);
    }

    int auxProperty(String key, String readable) {
        Integer id = auxPropIds.get(key);
        if (id != null) return id;
        id = addProperty(null, readable);
        auxPropIds.put(key, id);
        return id;
    }

    Node propertyNode(int id) { return propNodes.get(id); }

    String propertyName(int id) { return propNames.get(id); }

    private int addProperty(Node iri, String name) {
        int id = propNodes.size();
        propNodes.add(iri);
        propNames.add(name);
        if (iri != null) propIds.put(iri, id);
        subProperties.add(new ArrayList<>());
        inverses.add(new ArrayList<>());
        symmetric.add(false);
        transitive.add(false);
        chainsByFirst.add(new ArrayList<>());
        chainsBySecond.add(new ArrayList<>());
        domains.add(new ArrayList<>());
        ranges.add(new ArrayList<>());
        someInByProp.add(new ArrayList<>());
        allByProp.add(new ArrayList<>());
        hasValueInByProp.add(new ArrayList<>());
        return id;
    }

    // ---- adding rules (used by the compiler) ----

    void addSubClass(int sub, int sup, InferenceKind kind) {
        if (sub == sup || sup == TOP || sub == BOTTOM) return;
        SubClass rule = new SubClass(sup, kind);
        if (!subClasses.get(sub).contains(rule)) subClasses.get(sub).add(rule);
        kindsInUse.add(kind);
    }

    void addConjunction(int[] members, int result, InferenceKind kind, String axiom) {
        Conjunction rule = new Conjunction(members, result, kind, axiom);
        for (int m : members) conjunctionsByMember.get(m).add(rule);
        if (result != BOTTOM) kindsInUse.add(kind);
    }

    void addSomeValuesIn(int prop, int filler, int result, InferenceKind kind) {
        SomeValuesIn rule = new SomeValuesIn(prop, filler, result, kind);
        someInByFiller.get(filler).add(rule);
        someInByProp.get(prop).add(rule);
        kindsInUse.add(kind);
    }

    void addSomeValuesOut(int cls, int prop, int filler, String axiom) {
        someOutByClass.get(cls).add(new SomeValuesOut(cls, prop, filler, axiom));
        someValuesOutCount++;
    }

    /** Number of existential superclass axioms: bounds how deep anonymous witnesses can nest without a cycle. */
    int someValuesOutCount() { return someValuesOutCount; }

    void addAllValues(int cls, int prop, int filler) {
        AllValues rule = new AllValues(cls, prop, filler);
        allByClass.get(cls).add(rule);
        allByProp.get(prop).add(rule);
        kindsInUse.add(InferenceKind.ALL_VALUES);
    }

    void addHasValueIn(int prop, Node value, int result) {
        hasValueInByProp.get(prop).add(new HasValueIn(prop, value, result));
        kindsInUse.add(InferenceKind.DEFINED_CLASS);
    }

    void addHasValueOut(int cls, int prop, Node value) {
        hasValueOutByClass.get(cls).add(new HasValueOut(prop, value));
        kindsInUse.add(InferenceKind.HAS_VALUE);
    }

    void addUnion(Union rule, Set<Integer> triggers) {
        for (int t : triggers) unionsByClass.get(t).add(rule);
        kindsInUse.add(InferenceKind.UNION);
    }

    void addSubProperty(int sub, int sup, InferenceKind kind) {
        if (sub == sup) return;
        SubProperty rule = new SubProperty(sup, kind);
        if (!subProperties.get(sub).contains(rule)) subProperties.get(sub).add(rule);
        kindsInUse.add(kind);
    }

    void addInverse(int p, int q) {
        if (!inverses.get(p).contains(q)) inverses.get(p).add(q);
        if (!inverses.get(q).contains(p)) inverses.get(q).add(p);
        kindsInUse.add(InferenceKind.INVERSE);
    }

    void setSymmetric(int p) {
        symmetric.set(p, true);
        kindsInUse.add(InferenceKind.SYMMETRIC);
    }

    void setTransitive(int p) {
        transitive.set(p, true);
        kindsInUse.add(InferenceKind.TRANSITIVE);
    }

    void addChain(int first, int second, int result) {
        Chain rule = new Chain(first, second, result);
        if (chainsByFirst.get(first).contains(rule)) return;
        chainsByFirst.get(first).add(rule);
        chainsBySecond.get(second).add(rule);
        kindsInUse.add(InferenceKind.CHAIN);
    }

    void addDomain(int prop, int cls) {
        if (cls == TOP || domains.get(prop).contains(cls)) return;
        domains.get(prop).add(cls);
        kindsInUse.add(InferenceKind.DOMAIN);
    }

    void addRange(int prop, int cls) {
        if (cls == TOP || ranges.get(prop).contains(cls)) return;
        ranges.get(prop).add(cls);
        kindsInUse.add(InferenceKind.RANGE);
    }

    void putDataProperty(Node p, DataProperty rules) {
        dataProperties.put(p, rules);
        if (!rules.domains().isEmpty()) kindsInUse.add(InferenceKind.DOMAIN);
        if (!rules.superProperties().isEmpty()) kindsInUse.add(InferenceKind.SUBPROPERTY);
    }
}
