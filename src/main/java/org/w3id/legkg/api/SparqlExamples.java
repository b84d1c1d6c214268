package org.w3id.legkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.legkg.Namespaces;

/**
 * The canned-query catalogue as RDF in the SIB sparql-examples form (as UniProt publishes its examples):
 * each query is an {@code sh:SPARQLExecutable} with {@code rdfs:comment}, {@code sh:select} (or
 * {@code sh:construct}, {@code sh:ask}, {@code sh:describe}), {@code schema:target} and
 * {@code schema:keywords}. The query text is the runnable form, with the header's example values bound,
 * so it can be pasted into any SPARQL editor; the parameters are described with SHACL's own
 * {@code sh:parameter} vocabulary. Built with the store, into its own named graph.
 */
public final class SparqlExamples {
    public static final Node GRAPH = NodeFactory.createURI(Namespaces.BASE + "graph/examples");
    /** Example IRIs live under the endpoint's well-known location, as in SIB's collections. */
    public static final String EXAMPLE_BASE = Namespaces.BASE + ".well-known/sparql-examples/";
    public static final Node TARGET = NodeFactory.createURI(Namespaces.BASE + "sparql");
    public static final String SH = "http://www.w3.org/ns/shacl#";
    public static final String SCHEMA = "https://schema.org/";

    private static final Node PREFIXES = NodeFactory.createURI(EXAMPLE_BASE + "prefixes");

    /**
     * @param graph      the examples graph
     * @param unresolved one line per query whose example values did not resolve (its template text is used)
     */
    public record Result(Graph graph, int examples, List<String> unresolved) {
        public String summary() {
            return examples + " canned queries as sparql-examples" + (unresolved.isEmpty() ? ""
                    : "; " + unresolved.size() + " with example values that do not resolve (template text used): "
                      + String.join("; ", unresolved));
        }
    }

    private SparqlExamples() {}

    /** At build time: example labels are resolved against the graphs about to be loaded. */
    public static Result build(QueryCatalog catalog, Map<Node, Graph> graphs) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> graphs.forEach((name, g) -> g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()))));
        return build(catalog, new ParameterBinder(dsg, LabelIndex.build(dsg)));
    }

    public static Result build(QueryCatalog catalog, ParameterBinder binder) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sh", SH).setNsPrefix("schema", SCHEMA).setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("ex", EXAMPLE_BASE).setNsPrefix("lk", Namespaces.LK).setNsPrefix("lkd", Namespaces.LKD)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#").setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("skos", SKOS.uri);
        declarePrefixes(g);
        List<String> unresolved = new ArrayList<>();
        for (CannedQuery q : catalog.all()) {
            Node ex = exampleIri(q.name());
            add(g, ex, RDF.type.asNode(), sh("SPARQLExecutable"));
            // SHACL-AF has Select, Construct and Ask executables; SIB marks DESCRIBE with sh:describe alone.
            if (!q.form().equals("DESCRIBE")) add(g, ex, RDF.type.asNode(), sh("SPARQL" + capitalised(q.form()) + "Executable"));
            add(g, ex, RDFS.comment.asNode(), en(q.summary().equals(q.description()) ? q.summary() : q.summary() + ". " + q.description()));
            add(g, ex, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(q.name()));
            add(g, ex, sh("prefixes"), PREFIXES);
            add(g, ex, schema("target"), TARGET);
            for (String tag : q.tags()) add(g, ex, schema("keywords"), NodeFactory.createLiteralString(tag));
            String text;
            try {
                text = runnable(q, binder);
            } catch (ParameterException e) {
                unresolved.add(q.name() + ": " + e.getMessage());
                text = q.sparql();
            }
            add(g, ex, sh(q.form().toLowerCase(java.util.Locale.ROOT)), NodeFactory.createLiteralString(text));
            for (QueryParameter p : q.parameters()) describeParameter(g, ex, q, p);
        }
        return new Result(g, catalog.all().size(), unresolved);
    }

    public static Node exampleIri(String queryName) {
        return NodeFactory.createURI(EXAMPLE_BASE + queryName);
    }

    /** The query with every parameter that has an example (or a default) bound to it. */
    public static String runnable(CannedQuery q, ParameterBinder binder) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (QueryParameter p : q.parameters())
            if (p.example() != null) values.put(p.name(), List.of(p.example()));
        Query bound = binder.bind(q, values).toQuery();
        return bound.serialize();
    }

    private static void describeParameter(Graph g, Node ex, CannedQuery q, QueryParameter p) {
        Node param = NodeFactory.createURI(EXAMPLE_BASE + q.name() + "#" + p.name());
        add(g, ex, sh("parameter"), param);
        add(g, param, RDF.type.asNode(), sh("Parameter"));
        add(g, param, sh("path"), NodeFactory.createURI(EXAMPLE_BASE + q.name() + "/" + p.name()));
        add(g, param, sh("name"), NodeFactory.createLiteralString(p.name()));
        if (!p.description().isEmpty()) add(g, param, sh("description"), en(p.description()));
        add(g, param, sh("optional"), NodeFactory.createLiteralDT(Boolean.toString(!p.required()), XSDDatatype.XSDboolean));
        switch (p.valueType()) {
            case IRI -> {
                add(g, param, sh("nodeKind"), sh("IRI"));
                for (String c : p.classes()) add(g, param, sh("class"), NodeFactory.createURI(ParameterBinder.expand(c)));
            }
            case INTEGER -> add(g, param, sh("datatype"), NodeFactory.createURI(XSDDatatype.XSDinteger.getURI()));
            default -> add(g, param, sh("datatype"), NodeFactory.createURI(XSDDatatype.XSDstring.getURI()));
        }
        if (p.type() == ParameterType.LIST) add(g, param, sh("maxCount"), NodeFactory.createLiteralDT(
                Integer.toString(ParameterBinder.MAX_LIST_ITEMS), XSDDatatype.XSDinteger));
        else add(g, param, sh("maxCount"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        if (p.defaultValue() != null) add(g, param, sh("defaultValue"), NodeFactory.createLiteralString(p.defaultValue()));
        if (p.example() != null) add(g, param, SKOS.example.asNode(), NodeFactory.createLiteralString(p.example()));
    }

    /** SHACL's prefix declarations, so SIB tools can prepend them; IRIs rather than blank nodes keep builds identical. */
    private static void declarePrefixes(Graph g) {
        add(g, PREFIXES, RDF.type.asNode(), OWL.Ontology.asNode());
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("lk", Namespaces.LK);
        prefixes.put("lkd", Namespaces.LKD);
        prefixes.put("rdfs", RDFS.getURI());
        prefixes.put("rdf", RDF.getURI());
        prefixes.put("owl", OWL.getURI());
        prefixes.put("skos", SKOS.uri);
        prefixes.put("dcterms", DCTerms.NS);
        prefixes.put("xsd", XSDDatatype.XSD + "#");
        prefixes.put("text", "http://jena.apache.org/text#");
        prefixes.forEach((prefix, ns) -> {
            Node decl = NodeFactory.createURI(EXAMPLE_BASE + "prefixes#" + prefix);
            add(g, PREFIXES, sh("declare"), decl);
            add(g, decl, sh("prefix"), NodeFactory.createLiteralString(prefix));
            add(g, decl, sh("namespace"), NodeFactory.createLiteralDT(ns, XSDDatatype.XSDanyURI));
        });
    }

    private static String capitalised(String form) {
        return form.charAt(0) + form.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static Node sh(String local) { return NodeFactory.createURI(SH + local); }
    private static Node schema(String local) { return NodeFactory.createURI(SCHEMA + local); }
    private static Node en(String s) { return NodeFactory.createLiteralLang(s, "en"); }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }
}
