package org.w3id.legkg.api;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.DerivedGraph;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;

/**
 * Build step: the canned queries of queries/ as a sparql-examples graph, loaded into the store beside the
 * other graphs. Loading the catalogue here also checks every query file (header and SPARQL) at build time,
 * so a broken canned query stops the build with its file, line and column instead of failing at serve time.
 */
public final class SparqlExamplesGraph implements DerivedGraph {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlExamplesGraph.class);

    @Override
    public Node graphName() { return SparqlExamples.GRAPH; }

    @Override
    public Graph derive(ProjectLayout project, SourceGraphs sources) {
        QueryCatalog catalog = QueryCatalog.load(project);
        // The source graphs linked into a dataset, not copied: copying a million triples into an in-memory
        // transactional dataset took longer than parsing them. Nothing writes to them while the build runs.
        DatasetGraph sourcesDataset = DatasetGraphFactory.createGeneral();
        sourcesDataset.addGraph(Namespaces.GRAPH_ONTOLOGY, sources.ontology());
        sourcesDataset.addGraph(Namespaces.GRAPH_DATA, sources.data());
        SparqlExamples.Result result = SparqlExamples.build(catalog,
                new ParameterBinder(sourcesDataset, LabelIndex.build(sourcesDataset)));
        // Not fatal: the query itself is fine and is published with its template text; the server tests
        // run every example, so a stale example is caught there.
        for (String line : result.unresolved()) LOG.warn("sparql-examples: {}", line);
        return result.graph();
    }
}
