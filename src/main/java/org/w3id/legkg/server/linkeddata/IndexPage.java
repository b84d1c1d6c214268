package org.w3id.legkg.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.publish.HtmlTemplates;
import org.w3id.legkg.publish.PublicIris;
import org.w3id.legkg.publish.Representation;
import org.w3id.legkg.server.linkeddata.PageModel.Item;
import org.w3id.legkg.server.linkeddata.PageModel.Section;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /id/}: the index of resources for people, by kind (nutrients, deficiencies, mechanisms and
 * symptoms first), with links to the query editor, the API, the ontology, VoID and the dumps. Rendered
 * once: the build it lists never changes while it is served.
 */
final class IndexPage {
    /** (class local name, heading, anchor) in page order; membership includes inferred types. */
    static final List<String[]> SECTIONS = List.of(
            new String[] {"Nutrient", "Nutrients", "nutrients"},
            new String[] {"NutrientDeficiency", "Nutrient deficiencies", "deficiencies"},
            new String[] {"Mechanism", "Mechanisms", "mechanisms"},
            new String[] {"Symptom", "Symptoms", "symptoms"},
            new String[] {"PhysiologicalFunction", "Physiological functions", "functions"},
            new String[] {"Condition", "Conditions", "conditions"},
            new String[] {"RiskFactor", "Risk factors", "risk-factors"},
            new String[] {"BodyPart", "Body parts", "body-parts"},
            new String[] {"NutrientSource", "Nutrient sources", "sources"},
            new String[] {"Treatment", "Treatments", "treatments"},
            new String[] {"DiagnosticTest", "Diagnostic tests", "tests"},
            new String[] {"SourceArticle", "Source articles", "articles"});

    private final LinkedDataContext ctx;
    private volatile byte[] html;

    IndexPage(LinkedDataContext ctx) {
        this.ctx = ctx;
    }

    void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (ctx.caching.validators(req, resp, "index")) return;
        LinkedDataServlet.send(resp, Representation.HTML.contentType(), render());
    }

    private byte[] render() {
        byte[] h = html;
        if (h == null) {
            h = Txn.calculateRead(ctx.dataset, this::renderNow).getBytes(StandardCharsets.UTF_8);
            html = h;
        }
        return h;
    }

    private String renderNow() {
        StoreTerms terms = new StoreTerms(ctx.dataset);
        List<Section> sections = new ArrayList<>();
        for (String[] s : SECTIONS) {
            Node cls = NodeFactory.createURI(Namespaces.LK + s[0]);
            Set<Node> members = new LinkedHashSet<>();
            ctx.dataset.find(Quad.unionGraph, Node.ANY, RDF.type.asNode(), cls).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(Namespaces.LKD)) members.add(q.getSubject());
            });
            List<Item> items = members.stream().sorted(terms.byLabel())
                    .map(n -> new Item(terms.link(n), terms.literals(n, SKOS.altLabel.asNode()))).toList();
            sections.add(new Section(s[2], s[1], items));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sections", sections);
        m.put("iri", PublicIris.INDEX);
        m.put("alternates", List.of(Map.of("mediaType", Representation.TURTLE.mediaType(), "href", "/.well-known/void",
                "label", "VoID description")));
        m.put("buildTime", ctx.buildTime());
        m.put("triples", ctx.manifest.counts().getOrDefault("quads", 0L));
        return HtmlTemplates.get().render("index.ftlh", m);
    }
}
