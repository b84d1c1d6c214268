package org.w3id.legkg.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.Path;
import org.w3id.legkg.Namespaces;

/** A SHACL report with counts by severity and a text rendering grouped by focus node. */
public record ValidationOutcome(ValidationReport report, int shapeCount) {

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("lk", Namespaces.LK)
            .setNsPrefix("lkd", Namespaces.LKD)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("obo", "http://purl.obolibrary.org/obo/")
            .lock();

    public long count(Severity severity) {
        return report.getEntries().stream().filter(e -> e.severity().equals(severity)).count();
    }

    public long violations() { return count(Severity.Violation); }

    public boolean hasViolations() { return violations() > 0; }

    /**
     * One block per focus node, sorted, each line: severity, path, value, message. Written for a person
     * fixing the data, so prefixed names replace full IRIs.
     */
    public String format() {
        Map<String, List<ReportEntry>> byFocus = new TreeMap<>();
        for (ReportEntry e : report.getEntries())
            byFocus.computeIfAbsent(str(e.focusNode()), k -> new java.util.ArrayList<>()).add(e);
        StringBuilder sb = new StringBuilder();
        byFocus.forEach((focus, entries) -> {
            sb.append(focus).append('\n');
            entries.stream()
                    .sorted(Comparator.comparing((ReportEntry e) -> e.severity().level().getLocalName())
                            .thenComparing(e -> pathStr(e.resultPath()))
                            .thenComparing(e -> String.valueOf(e.message())))
                    .forEach(e -> {
                        sb.append("  ").append(e.severity().level().getLocalName().toUpperCase())
                          .append("  path: ").append(pathStr(e.resultPath()));
                        if (e.value() != null) sb.append("  value: ").append(str(e.value()));
                        sb.append('\n').append("      ").append(e.message()).append('\n');
                    });
        });
        return sb.toString();
    }

    private static String pathStr(Path path) {
        return path == null ? "-" : org.apache.jena.sparql.path.PathWriter.asString(path, new org.apache.jena.sparql.core.Prologue(PREFIXES));
    }

    private static String str(Node node) {
        return NodeFmtLib.str(node, org.apache.jena.riot.system.PrefixMapFactory.create(PREFIXES));
    }
}
