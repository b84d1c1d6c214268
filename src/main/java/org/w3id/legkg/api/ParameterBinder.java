package org.w3id.legkg.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.text.SearchText;

/**
 * Turns request values into RDF terms for a canned query's variables. Values become nodes (IRIs, typed
 * literals) that Jena substitutes into the parsed query, so quotes, braces or "} ; DROP ALL" in a value can
 * only ever be a literal: nothing is spliced into query text.
 */
public final class ParameterBinder {
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://\\S+$");
    private static final Pattern CURIE = Pattern.compile("^(lkd|lk):([A-Za-z0-9_.-]+)$");
    private static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
    private static final Pattern INTEGER = Pattern.compile("^[+-]?[0-9]{1,18}$");
    /** Longer values are refused before any lookup: no label is this long, and edit distances cost length². */
    public static final int MAX_VALUE_LENGTH = 500;
    public static final int MAX_LIST_ITEMS = 50;

    private final DatasetGraph dataset;
    private final LabelIndex labels;
    private final Map<Node, Set<Node>> members = new ConcurrentHashMap<>();

    public ParameterBinder(DatasetGraph dataset, LabelIndex labels) {
        this.dataset = dataset;
        this.labels = labels;
    }

    public LabelIndex labels() { return labels; }

    /** The bound values, one entry per parameter given or defaulted; unknown names are rejected. */
    public BoundQuery bind(CannedQuery query, Map<String, List<String>> request) {
        for (String name : request.keySet())
            if (query.parameter(name) == null)
                throw new ParameterException(name, "Unknown parameter '" + name + "' for query " + query.name()
                        + (query.parameters().isEmpty() ? " (it takes none)"
                           : " (it takes: " + String.join(", ", query.parameters().stream().map(QueryParameter::name).toList()) + ")"));
        Map<String, Node> single = new LinkedHashMap<>();
        Map<String, List<Node>> lists = new LinkedHashMap<>();
        for (QueryParameter p : query.parameters()) {
            List<String> given = request.getOrDefault(p.name(), List.of());
            if (given.size() > 1 && p.type() != ParameterType.LIST)
                throw new ParameterException(p.name(), "Parameter '" + p.name() + "' was given " + given.size() + " times; it takes one value");
            for (String g : given)
                if (g.length() > MAX_VALUE_LENGTH)
                    throw new ParameterException(p.name(), "Parameter '" + p.name() + "' is " + g.length()
                            + " characters long; values are limited to " + MAX_VALUE_LENGTH);
            String raw = given.isEmpty() ? p.defaultValue() : given.get(0);
            if (raw == null || (raw.isBlank() && p.type() != ParameterType.STRING)) {
                if (p.required())
                    throw new ParameterException(p.name(), "Missing required parameter '" + p.name() + "'"
                            + (p.example() != null ? " (for example " + p.name() + "=" + p.example() + ")" : ""));
                continue;
            }
            if (p.type() == ParameterType.LIST) {
                List<String> parts = new ArrayList<>();
                for (String g : given.isEmpty() ? List.of(raw) : given)
                    for (String part : g.split(",")) if (!part.isBlank()) parts.add(part.strip());
                if (parts.isEmpty()) {
                    if (p.required())
                        throw new ParameterException(p.name(), "Parameter '" + p.name() + "' needs at least one value");
                    continue;
                }
                if (parts.size() > MAX_LIST_ITEMS)
                    throw new ParameterException(p.name(), "Parameter '" + p.name() + "' has " + parts.size()
                            + " items; at most " + MAX_LIST_ITEMS + " are accepted");
                List<Node> items = new ArrayList<>();
                for (String part : parts) {
                    Node n = node(p, p.itemType(), part);
                    if (!items.contains(n)) items.add(n);
                }
                lists.put(p.variable(), items);
            } else {
                single.put(p.variable(), node(p, p.type(), raw));
            }
        }
        return new BoundQuery(query, single, lists);
    }

    private Node node(QueryParameter p, ParameterType type, String raw) {
        return switch (type) {
            case STRING -> {
                if (!p.allowed().isEmpty() && !p.allowed().contains(raw))
                    throw new ParameterException(p.name(), "Parameter '" + p.name() + "' must be one of "
                            + String.join(", ", p.allowed()) + "; got '" + raw + "'");
                yield NodeFactory.createLiteralString(raw);
            }
            case TEXT -> {
                String lucene = SearchText.luceneQuery(raw);
                if (lucene == null)
                    throw new ParameterException(p.name(), "Parameter '" + p.name() + "' needs at least one word (letters or digits); got '" + raw + "'");
                yield NodeFactory.createLiteralString(lucene);
            }
            case INTEGER -> {
                String v = raw.strip();
                if (!INTEGER.matcher(v).matches())
                    throw new ParameterException(p.name(), "Parameter '" + p.name() + "' must be an integer, got '" + raw + "'");
                long n = Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
                if ((p.minimum() != null && n < p.minimum()) || (p.maximum() != null && n > p.maximum()))
                    throw new ParameterException(p.name(), "Parameter '" + p.name() + "' must be between "
                            + (p.minimum() == null ? "-∞" : p.minimum()) + " and " + (p.maximum() == null ? "∞" : p.maximum()) + ", got " + n);
                yield NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
            }
            case IRI -> resource(p, raw.strip());
            case LIST -> throw new QueryDefinitionException("list of lists is not supported (parameter " + p.name() + ")");
        };
    }

    /** Full IRI, lk:/lkd: CURIE, or label or synonym, restricted to the parameter's classes if it has any. */
    private Node resource(QueryParameter p, String value) {
        List<Node> classNodes = p.classes().stream().map(c -> NodeFactory.createURI(expand(c))).toList();
        Predicate<Node> inClass = n -> classNodes.isEmpty() || classNodes.stream().anyMatch(c -> hasType(n, c));
        String kind = classNodes.isEmpty() ? "resource" : String.join(" or ", classNodes.stream().map(ParameterBinder::shortName).toList());
        Node candidate = null;
        if (CURIE.matcher(value).matches()) candidate = NodeFactory.createURI(expand(value));
        else if (ABSOLUTE_IRI.matcher(value).matches()) candidate = NodeFactory.createURI(value);
        if (candidate != null) {
            if (labels.isKnown(candidate) && inClass.test(candidate)) return candidate;
            throw new ParameterException(p.name(), "Unknown value for '" + p.name() + "': " + value
                    + (labels.isKnown(candidate) ? " is not a " + kind : " is not a " + kind + " in LegKG"),
                    labels.closest(localName(value), 5, inClass));
        }
        List<Node> hits = labels.lookup(value, inClass);
        if (hits.size() > 1) {
            // A label shared by an ontology class and the individual of that kind ("tingling"): the canned
            // queries are about the things the articles describe, so the individual is meant.
            List<Node> individuals = hits.stream().filter(n -> n.getURI().startsWith(Namespaces.LKD)).toList();
            if (individuals.size() == 1) return individuals.get(0);
        }
        if (hits.size() == 1) return hits.get(0);
        if (hits.size() > 1) {
            List<String> names = hits.stream().map(n -> curie(n)).sorted().toList();
            throw new ParameterException(p.name(), "Ambiguous value for '" + p.name() + "': '" + value + "' names "
                    + String.join(", ", names) + "; give one of these IRIs instead");
        }
        throw new ParameterException(p.name(), "Unknown value for '" + p.name() + "': no " + kind
                + " has the label or synonym '" + value + "'", labels.closest(value, 5, inClass));
    }

    /**
     * Whether n is an instance of cls: typed with cls or a subclass of it (so resolution also works on
     * graphs that have not been through inference, as at build time). Each class's instances are collected
     * once: the store never changes while it is open, and suggestions for an unknown value test every label.
     */
    private boolean hasType(Node n, Node cls) {
        return members.computeIfAbsent(cls, this::instancesOf).contains(n);
    }

    private Set<Node> instancesOf(Node cls) {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> classes = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(cls));
            while (!todo.isEmpty()) {
                Node c = todo.pop();
                if (classes.add(c))
                    dataset.find(Quad.unionGraph, Node.ANY, RDFS.subClassOf.asNode(), c).forEachRemaining(q -> todo.add(q.getSubject()));
            }
            Set<Node> instances = new HashSet<>();
            for (Node c : classes)
                dataset.find(Quad.unionGraph, Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> instances.add(q.getSubject()));
            return Set.copyOf(instances);
        });
    }

    /** lk:, lkd: and the standard prefixes (owl:, rdfs:, skos:, ...) as used in query headers. */
    private static final org.apache.jena.shared.PrefixMapping PREFIXES = new org.apache.jena.shared.impl.PrefixMappingImpl()
            .setNsPrefixes(org.apache.jena.shared.PrefixMapping.Extended)
            .setNsPrefix("skos", SKOS_NS).setNsPrefix("lk", Namespaces.LK).setNsPrefix("lkd", Namespaces.LKD).lock();

    static String expand(String curieOrIri) {
        return PREFIXES.expandPrefix(curieOrIri);
    }

    /** lk:Term or lkd:Name for LegKG IRIs, else the IRI itself. */
    public static String curie(Node n) {
        String u = n.getURI();
        if (u.startsWith(Namespaces.LK)) return "lk:" + u.substring(Namespaces.LK.length());
        if (u.startsWith(Namespaces.LKD)) return "lkd:" + u.substring(Namespaces.LKD.length());
        return u;
    }

    private static String shortName(Node n) {
        return curie(n);
    }

    private static String localName(String value) {
        int i = Math.max(value.lastIndexOf('/'), Math.max(value.lastIndexOf('#'), value.lastIndexOf(':')));
        return i >= 0 ? value.substring(i + 1) : value;
    }
}
