package org.w3id.legkg.infer;

import java.util.Arrays;

/**
 * Runs a {@link RuleSet} over a {@link FactStore} to a fixpoint, semi-naively: each fact is taken from the
 * log once and joined only against facts already stored, so every rule instance fires once per new fact
 * instead of re-deriving everything each round. Existential superclasses (A ⊑ ∃p.B) are handled by a
 * restricted chase: after the fixpoint, an individual of A that has no p-value in B gets one anonymous
 * witness, and the fixpoint resumes. Witnesses take part in every rule (so a symptom located in a thigh
 * is located in the thigh's leg even when that leg is not named) but are never written out.
 */
final class RuleEngine {
    private final RuleSet rules;
    private final FactStore store;

    /** Facts derived while one fact is processed, added afterwards so no index changes under an iteration. */
    private int[] buffer = new int[64];
    private int buffered;

    /** (node, class, index into someOutByClass[class]) of existential axioms waiting for the chase. */
    private int[] pending = new int[48];
    private int pendingCount;

    RuleEngine(RuleSet rules, FactStore store) {
        this.rules = rules;
        this.store = store;
    }

    void run() {
        int next = 0;
        do {
            while (next < store.logSize()) {
                process(next++);
                flush();
            }
        } while (chase());
    }

    private void process(int i) {
        int tag = store.logTag(i), s = store.logSubject(i), o = store.logObject(i);
        if (tag == FactStore.TYPE) onType(s, o);
        else onEdge(tag, s, o);
    }

    private void onType(int x, int c) {
        for (RuleSet.SubClass r : rules.subClasses.get(c)) deriveType(x, r.sup(), r.kind(), null);
        for (RuleSet.Conjunction r : rules.conjunctionsByMember.get(c)) {
            boolean all = true;
            for (int m : r.members()) if (m != c && !store.hasType(x, m)) { all = false; break; }
            if (all) deriveType(x, r.result(), r.kind(), r.axiom());
        }
        for (RuleSet.SomeValuesIn r : rules.someInByFiller.get(c)) {
            IntSet preds = store.predecessors(r.prop(), x);
            if (preds != null) preds.forEach(w -> deriveType(w, r.result(), r.kind(), null));
        }
        var outs = rules.someOutByClass.get(c);
        for (int k = 0; k < outs.size(); k++) addPending(x, c, k);
        for (RuleSet.AllValues r : rules.allByClass.get(c)) {
            IntSet succ = store.successors(r.prop(), x);
            if (succ != null) succ.forEach(y -> deriveType(y, r.filler(), InferenceKind.ALL_VALUES, null));
        }
        for (RuleSet.HasValueOut r : rules.hasValueOutByClass.get(c))
            deriveEdge(r.prop(), x, store.node(r.value()), InferenceKind.HAS_VALUE);
        for (RuleSet.Union r : rules.unionsByClass.get(c)) eliminate(x, r);
    }

    private void onEdge(int p, int x, int y) {
        for (RuleSet.SubProperty r : rules.subProperties.get(p)) deriveEdge(r.sup(), x, y, r.kind());
        for (int q : rules.inverses.get(p)) deriveEdge(q, y, x, InferenceKind.INVERSE);
        if (rules.symmetric.get(p)) deriveEdge(p, y, x, InferenceKind.SYMMETRIC);
        if (rules.transitive.get(p)) {
            IntSet after = store.successors(p, y);
            if (after != null) after.forEach(z -> deriveEdge(p, x, z, InferenceKind.TRANSITIVE));
            IntSet before = store.predecessors(p, x);
            if (before != null) before.forEach(w -> deriveEdge(p, w, y, InferenceKind.TRANSITIVE));
        }
        for (RuleSet.Chain r : rules.chainsByFirst.get(p)) {
            IntSet after = store.successors(r.second(), y);
            if (after != null) after.forEach(z -> deriveEdge(r.result(), x, z, InferenceKind.CHAIN));
        }
        for (RuleSet.Chain r : rules.chainsBySecond.get(p)) {
            IntSet before = store.predecessors(r.first(), x);
            if (before != null) before.forEach(w -> deriveEdge(r.result(), w, y, InferenceKind.CHAIN));
        }
        for (int d : rules.domains.get(p)) deriveType(x, d, InferenceKind.DOMAIN, null);
        for (int rg : rules.ranges.get(p)) deriveType(y, rg, InferenceKind.RANGE, null);
        for (RuleSet.SomeValuesIn r : rules.someInByProp.get(p))
            if (store.hasType(y, r.filler())) deriveType(x, r.result(), r.kind(), null);
        for (RuleSet.AllValues r : rules.allByProp.get(p))
            if (store.hasType(x, r.cls())) deriveType(y, r.filler(), InferenceKind.ALL_VALUES, null);
        for (RuleSet.HasValueIn r : rules.hasValueInByProp.get(p))
            if (y == store.nodeIdOrNegative(r.value())) deriveType(x, r.result(), InferenceKind.DEFINED_CLASS, null);
    }

    /**
     * cls ⊑ d1 ⊔ ... ⊔ dn: if x is in cls and its types exclude every disjunct but one, x is in that one;
     * if they exclude all, the data contradicts the axiom.
     */
    private void eliminate(int x, RuleSet.Union r) {
        if (!store.hasType(x, r.cls())) return;
        int open = -1, openCount = 0;
        for (int i = 0; i < r.disjuncts().length; i++) {
            if (store.hasType(x, r.disjuncts()[i])) return; // already in one: nothing follows
            boolean excluded = false;
            for (int e : r.excluders()[i]) if (store.hasType(x, e)) { excluded = true; break; }
            if (!excluded) {
                open = i;
                openCount++;
            }
        }
        if (openCount == 1) deriveType(x, r.disjuncts()[open], InferenceKind.UNION, null);
        else if (openCount == 0)
            throw new InconsistentDataException(store.describe(x) + " must be in one of the classes of a union ("
                    + r.axiom() + ") but is declared disjoint with all of them");
    }

    /**
     * One round of the restricted chase: for each pending A ⊑ ∃p.B on an individual without a p-value in B,
     * create a witness. Anonymous individuals nesting deeper than there are existential axioms means the
     * axioms require an infinite chain of them, which a finite materialisation cannot represent.
     */
    private boolean chase() {
        boolean created = false;
        int count = pendingCount;
        int[] work = Arrays.copyOf(pending, count * 3);
        pendingCount = 0;
        for (int i = 0; i < count; i++) {
            int x = work[3 * i], cls = work[3 * i + 1];
            RuleSet.SomeValuesOut r = rules.someOutByClass.get(cls).get(work[3 * i + 2]);
            if (satisfied(x, r)) continue;
            if (store.depth(x) >= rules.someValuesOutCount())
                throw new UnsupportedAxiomException(r.axiom(), "existential restrictions require an unbounded chain of anonymous"
                        + " individuals (reached from " + store.describe(x) + "); only acyclic someValuesFrom superclasses are supported");
            int w = store.newWitness(x, rules.className(r.filler()) + " that " + store.describe(x)
                    + " has through " + rules.propertyName(r.prop()) + " (" + r.axiom() + ")");
            store.addType(w, r.filler(), FactStore.INTERNAL);
            store.addEdge(r.prop(), x, w, FactStore.INTERNAL);
            created = true;
        }
        return created;
    }

    private boolean satisfied(int x, RuleSet.SomeValuesOut r) {
        IntSet succ = store.successors(r.prop(), x);
        if (succ == null) return false;
        for (int y : succ.toArray()) if (store.hasType(y, r.filler())) return true;
        return false;
    }

    private void addPending(int x, int cls, int index) {
        if (pendingCount * 3 + 3 > pending.length) pending = Arrays.copyOf(pending, pending.length * 2);
        pending[3 * pendingCount] = x;
        pending[3 * pendingCount + 1] = cls;
        pending[3 * pendingCount + 2] = index;
        pendingCount++;
    }

    private void deriveType(int x, int cls, InferenceKind kind, String axiom) {
        if (store.hasType(x, cls)) return;
        if (cls == RuleSet.BOTTOM)
            throw new InconsistentDataException(store.describe(x) + ": " + (axiom != null ? axiom : "member of owl:Nothing"));
        buffer(FactStore.TYPE, x, cls, kind);
    }

    private void deriveEdge(int p, int x, int y, InferenceKind kind) {
        buffer(p, x, y, kind);
    }

    private void buffer(int tag, int s, int o, InferenceKind kind) {
        if (buffered + 4 > buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
        buffer[buffered++] = tag;
        buffer[buffered++] = s;
        buffer[buffered++] = o;
        buffer[buffered++] = kind.ordinal();
    }

    private void flush() {
        for (int i = 0; i < buffered; i += 4) {
            int tag = buffer[i];
            byte kind = (byte) buffer[i + 3];
            if (tag == FactStore.TYPE) store.addType(buffer[i + 1], buffer[i + 2], kind);
            else store.addEdge(tag, buffer[i + 1], buffer[i + 2], kind);
        }
        buffered = 0;
    }
}
