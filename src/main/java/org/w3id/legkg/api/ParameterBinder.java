package org.w3id.legkg.api;

import java.util.ArrayList;
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
import org.w3id.legkg.Namespaces;

/**
 * Turns request values into RDF terms for a canned query's variables. Values become nodes (IRIs, typed
 * literals) that Jena substitutes into the parsed query, so quotes, braces or "} ; DROP ALL" in a value can
 * only ever be a literal: nothing is spliced into query text.
 */
public final class ParameterBinder {
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://\\S+$");
    private static final Pattern CURIE = Pattern.compile("^(lkd|lk):([A-Za-z0-9_.-]+)$");
    private static final Pattern INTEGER = Pattern.compile("^[+-]?[0-9]{1,18}$");

    private final DatasetGraph dataset;
    private final LabelIndex labels;

    public ParameterBinder(DatasetGraph dataset, LabelIndex labels) {
        this.dataset = dataset;
        this.labels = labels;
    }

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
            String raw = given.isEmpty() ? p.defaultValue() : given.get(0);
            if (raw == null || (raw.isBlank() && p.type() != ParameterType.STRING)) {
                if (p.required())
                    throw new ParameterException(p.name(), "Missing required parameter '" + p.name() + "'"
                            + (p.example() != null ? " (for example " + p.name() + "=" + p.example() + ")" : ""));
                continue;
            }
            if (p.type() == ParameterType.LIST) {
                List<Node> items = new ArrayList<>();
                List<String> parts = new ArrayList<>();
                for (String g : given.isEmpty() ? List.of(raw) : given)
                    for (String part : g.split(",")) if (!part.isBlank()) parts.add(part.strip());
                if (parts.isEmpty() && p.required())
                    throw new ParameterException(p.name(), "Parameter '" + p.name() + "' needs at least one value");
                for (String part : parts) items.add(node(p, p.itemType(), part));
                lists.put(p.variable(), items);
            } else {
                single.put(p.variable(), node(p, p.type(), raw));
            }
        }
        return new BoundQuery(query, single, lists);
    }

    private Node node(QueryParameter p, ParameterType type, String raw) {
        return switch (type) {
            case STRING -> NodeFactory.createLiteralString(raw);
            case INTEGER -> {
                if (!INTEGER.matcher(raw.strip()).matches())
                    throw new ParameterException(p.name(), "Parameter '" + p.name() + "' must be an integer, got '" + raw + "'");
                yield NodeFactory.createLiteralDT(raw.strip(), XSDDatatype.XSDinteger);
            }
            case IRI -> resource(p, raw.strip());
            case LIST -> throw new QueryDefinitionException("list of lists is not supported (parameter " + p.name() + ")");
        };
    }

    /** Full IRI, lk:/lkd: CURIE, or label or synonym, restricted to the parameter's class if it has one. */
    private Node resource(QueryParameter p, String value) {
        Node classNode = p.resourceClass() == null ? null : NodeFactory.createURI(expand(p.resourceClass()));
        Predicate<Node> inClass = n -> classNode == null || hasType(n, classNode);
        Node candidate = null;
        if (CURIE.matcher(value).matches()) candidate = NodeFactory.createURI(expand(value));
        else if (ABSOLUTE_IRI.matcher(value).matches()) candidate = NodeFactory.createURI(value);
        if (candidate != null) {
            if (labels.isKnown(candidate) && inClass.test(candidate)) return candidate;
            throw new ParameterException(p.name(), "Unknown value for '" + p.name() + "': " + value
                    + " is not " + (classNode == null ? "a resource in LegKG" : "a " + shortName(classNode) + " in LegKG"),
                    labels.closest(localName(value), 5, inClass));
        }
        List<Node> hits = labels.lookup(value).stream().filter(inClass).toList();
        if (hits.size() == 1) return hits.get(0);
        if (hits.size() > 1) {
            List<String> names = hits.stream().map(n -> n.getURI().replace(Namespaces.LKD, "lkd:")).sorted().toList();
            throw new ParameterException(p.name(), "Ambiguous value for '" + p.name() + "': '" + value + "' names "
                    + String.join(", ", names) + "; give one of these IRIs instead");
        }
        throw new ParameterException(p.name(), "Unknown value for '" + p.name() + "': no "
                + (classNode == null ? "resource" : shortName(classNode)) + " has the label or synonym '" + value + "'",
                labels.closest(value, 5, inClass));
    }

    private boolean hasType(Node n, Node cls) {
        return Txn.calculateRead(dataset, () -> dataset.contains(Quad.unionGraph, n, RDF.type.asNode(), cls));
    }

    static String expand(String curieOrIri) {
        if (curieOrIri.startsWith("lkd:")) return Namespaces.LKD + curieOrIri.substring(4);
        if (curieOrIri.startsWith("lk:")) return Namespaces.LK + curieOrIri.substring(3);
        return curieOrIri;
    }

    private static String shortName(Node n) {
        String u = n.getURI();
        return u.startsWith(Namespaces.LK) ? "lk:" + u.substring(Namespaces.LK.length()) : u;
    }

    private static String localName(String value) {
        int i = Math.max(value.lastIndexOf('/'), Math.max(value.lastIndexOf('#'), value.lastIndexOf(':')));
        return i >= 0 ? value.substring(i + 1) : value;
    }
}
