package org.w3id.legkg.infer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * Instance facts over int ids, indexed for the rule engine: types as one bitset per node, property values
 * in both directions. Every fact is appended once to a log; the log is the engine's agenda (facts are
 * processed in the order they were added) and, from the first derived entry on, the record of what was
 * inferred and by which kind of rule.
 */
final class FactStore {
    /** Log tag of a type fact; other tags are property ids. */
    static final int TYPE = -1;
    static final byte ASSERTED = -1;
    /** Bookkeeping facts (every node is an owl:Thing, a witness's defining facts): never written out. */
    static final byte INTERNAL = -2;

    private final int words;
    private final Map<Node, Integer> ids = new HashMap<>();
    private Node[] nodes = new Node[1024];
    private int[] depth = new int[1024];
    private final Map<Integer, String> witnessReasons = new HashMap<>();
    private int nodeCount;
    private long[] types;

    private final IntSetMap[] out;
    private final IntSetMap[] in;

    private int[] logTag = new int[4096];
    private int[] logS = new int[4096];
    private int[] logO = new int[4096];
    private byte[] logKind = new byte[4096];
    private int logSize;

    FactStore(RuleSet rules) {
        this.words = (rules.classCount() + 63) >>> 6;
        this.types = new long[1024 * words];
        this.out = new IntSetMap[rules.propertyCount()];
        this.in = new IntSetMap[rules.propertyCount()];
    }

    // ---- nodes ----

    /** The id of an individual, created (as an owl:Thing) on first sight. */
    int node(Node n) {
        Integer id = ids.get(n);
        if (id != null) return id;
        int created = newNode(n, 0);
        ids.put(n, created);
        return created;
    }

    /** The id of an individual if it has one, else -1. */
    int nodeIdOrNegative(Node n) {
        return ids.getOrDefault(n, -1);
    }

    /** A fresh anonymous individual that some existential axiom requires. */
    int newWitness(int owner, String reason) {
        int id = newNode(null, depth[owner] + 1);
        witnessReasons.put(id, reason);
        return id;
    }

    private int newNode(Node n, int witnessDepth) {
        int id = nodeCount++;
        if (id == nodes.length) {
            nodes = Arrays.copyOf(nodes, id * 2);
            depth = Arrays.copyOf(depth, id * 2);
            types = Arrays.copyOf(types, id * 2 * words);
        }
        nodes[id] = n;
        depth[id] = witnessDepth;
        addType(id, RuleSet.TOP, INTERNAL);
        return id;
    }

    int nodeCount() { return nodeCount; }

    /** The RDF node, or null for an anonymous witness. */
    Node nodeOf(int id) { return nodes[id]; }

    /** 0 for individuals of the input, n for a witness n existential steps away from one. */
    int depth(int id) { return depth[id]; }

    /** Names the node for a message; a witness is described by why it exists. */
    String describe(int id) {
        return nodes[id] != null ? Names.shortForm(nodes[id]) : "an anonymous " + witnessReasons.get(id);
    }

    // ---- facts ----

    boolean hasType(int node, int cls) {
        return (types[node * words + (cls >>> 6)] & (1L << cls)) != 0;
    }

    /** @return true if the fact is new (and was logged) */
    boolean addType(int node, int cls, byte kind) {
        int i = node * words + (cls >>> 6);
        long bit = 1L << cls;
        if ((types[i] & bit) != 0) return false;
        types[i] |= bit;
        log(TYPE, node, cls, kind);
        return true;
    }

    /** @return true if the fact is new (and was logged) */
    boolean addEdge(int p, int s, int o, byte kind) {
        if (out[p] == null) {
            out[p] = new IntSetMap();
            in[p] = new IntSetMap();
        }
        if (!out[p].getOrCreate(s).add(o)) return false;
        in[p].getOrCreate(o).add(s);
        log(p, s, o, kind);
        return true;
    }

    /** Objects of p for subject s; null if none. */
    IntSet successors(int p, int s) {
        return out[p] == null ? null : out[p].get(s);
    }

    /** Subjects of p for object o; null if none. */
    IntSet predecessors(int p, int o) {
        return in[p] == null ? null : in[p].get(o);
    }

    // ---- log ----

    private void log(int tag, int s, int o, byte kind) {
        if (logSize == logTag.length) {
            int n = logSize * 2;
            logTag = Arrays.copyOf(logTag, n);
            logS = Arrays.copyOf(logS, n);
            logO = Arrays.copyOf(logO, n);
            logKind = Arrays.copyOf(logKind, n);
        }
        logTag[logSize] = tag;
        logS[logSize] = s;
        logO[logSize] = o;
        logKind[logSize] = kind;
        logSize++;
    }

    int logSize() { return logSize; }
    /** {@link #TYPE} or a property id. */
    int logTag(int i) { return logTag[i]; }
    int logSubject(int i) { return logS[i]; }
    /** The class of a type fact, else the object node. */
    int logObject(int i) { return logO[i]; }
    byte logKind(int i) { return logKind[i]; }
}
