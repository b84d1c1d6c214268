package org.w3id.legkg.api;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

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

/** Runs a query against a store and writes the answer in a chosen syntax. */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final long timeoutMillis;

    public QueryRunner(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** SELECT and ASK answers in {@code format}; CONSTRUCT and DESCRIBE answers as Turtle. */
    public void run(Query query, ResultFormat format, OutputStream out) {
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
                } else if (query.isConstructType() || query.isDescribeType()) {
                    var g = query.isConstructType() ? exec.construct() : exec.describe();
                    RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
                } else {
                    throw new QueryDefinitionException("Unsupported query form");
                }
            }
        });
    }
}
