package org.w3id.legkg;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The classes of records: claims, article sections, comparison tables and their parts, and the build's support
 * records. Their labels are headings or generated sentences about other terms ("Key Points", "vitamin D
 * deficiency causes symptom muscle weakness (article 000, line 15)"), not names, so the label lookup and the
 * full-text index leave them out: a section headed "Vitamin B12 Deficiency" must not make the name
 * "vitamin B12 deficiency" ambiguous.
 */
public final class Records {
    public static final List<Node> CLASSES = List.of("Claim", "ArticleSection", "ComparisonTable", "TableRow", "TableColumn",
            "SymptomSupport").stream().map(c -> NodeFactory.createURI(Namespaces.LK + c)).toList();

    private Records() {}
}
