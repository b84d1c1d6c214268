package org.w3id.legkg.api;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.system.Txn;
import org.w3id.legkg.Namespaces;

/**
 * Runs a query against a store and writes the answer in a chosen syntax. A query that runs longer than
 * the timeout is cancelled (its iterators stop at the next step) and throws
 * {@link org.apache.jena.query.QueryCancelledException}.
 */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final long timeoutMillis;

    public QueryRunner(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * SELECT and ASK answers in a result format (or a text table); CONSTRUCT and DESCRIBE answers in an RDF
     * format (Turtle when the text table is asked for).
     */
    public void run(Query query, ResultFormat format, OutputStream out) {
        boolean graph = query.isConstructType() || query.isDescribeType();
        if (!format.fits(graph))
            throw new ParameterException("format", "Format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " cannot carry the answer of a " + (graph ? "CONSTRUCT or DESCRIBE" : "SELECT or ASK") + " query");
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                if (query.isSelectType()) {
                    RowSet rows = exec.select();
                    if (format == ResultFormat.TABLE) RowSetOps.out(out, rows, query.getPrologue());
                    else ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(rows), format.lang);
                } else if (query.isAskType()) {
                    boolean b = exec.ask();
                    if (format == ResultFormat.TABLE) ResultSetFormatter.out(out, b);
                    else ResultSetMgr.write(out, b, format.lang);
                } else if (graph) {
                    Graph g = query.isConstructType() ? exec.construct() : exec.describe();
                    g.getPrefixMapping().setNsPrefix("lk", Namespaces.LK).setNsPrefix("lkd", Namespaces.LKD);
                    if (format == ResultFormat.TABLE || format == ResultFormat.TURTLE) RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
                    else RDFDataMgr.write(out, g, format.lang);
                } else {
                    throw new QueryDefinitionException("Unsupported query form");
                }
            }
        });
    }
}
