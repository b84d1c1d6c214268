package org.w3id.legkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.legkg.linkeddata.LinkedDataFixture.lkd;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture symptom lkd:ScriptSymptom is labelled {@code <script>alert('x')</script> weakness} and has
 * markup in its synonym and definition; the fixture ontology has {@code <b>} in a definition. Pages show
 * that text as text, and the RDF documents carry it unchanged.
 */
class EscapingTest {
    static LinkedDataFixture fx;
    static final String LABEL = "<script>alert('x')</script> weakness";

    @BeforeAll
    static void start() {
        fx = LinkedDataFixture.get();
    }

    @Test
    void pagesShowMarkupAsTextAndRunNoScripts() {
        // its own page, a page that links to it and draws it in the diagram, and the index
        for (String path : List.of("/id/ScriptSymptom", "/id/VitaminB12Deficiency", "/id/", "/id/Claim_001_2")) {
            String html = fx.get(path, "Accept", "text/html").body();
            assertThat(html).as(path).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContain("<i>italic").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }
        String own = fx.get("/id/ScriptSymptom.html").body();
        assertThat(own).contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; weakness \u2014 LegKG</title>",
                "a &amp; b &quot;quoted&quot; &lt;i&gt;italic&lt;/i&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        // The chain diagram of the deficiency names the symptom in SVG text and tooltip, escaped too.
        String deficiency = fx.get("/id/VitaminB12Deficiency.html").body();
        String svg = deficiency.substring(deficiency.indexOf("<svg"), deficiency.indexOf("</svg>"));
        assertThat(svg).contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; weakness</title>").doesNotContain("<script");
    }

    @Test
    void ontologyDocumentationEscapesDefinitions() {
        String html = fx.get("/ontology", "Accept", "text/html").body();
        assertThat(html).contains("A prickling &lt;b&gt;pins-and-needles&lt;/b&gt; sensation &amp; more.")
                .doesNotContain("<b>pins").doesNotContainIgnoringCase("<script");
    }

    @Test
    void rdfDocumentsCarryTheLabelUnchanged() {
        for (String ext : List.of("ttl", "jsonld", "nt", "rdf", "trig", "nq")) {
            Graph g = ModelFactory.createDefaultModel().getGraph();
            if (ext.equals("trig") || ext.equals("nq")) {
                var ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                RDFParser.source(fx.base + "/id/ScriptSymptom." + ext).parse(ds);
                g = ds.getUnionGraph();
            } else {
                RDFParser.source(fx.base + "/id/ScriptSymptom." + ext).parse(g);
            }
            assertThat(g.contains(lkd("ScriptSymptom"), RDFS.label.asNode(), NodeFactory.createLiteralLang(LABEL, "en"))).as(ext).isTrue();
            assertThat(g.contains(lkd("ScriptSymptom"), SKOS.altLabel.asNode(),
                    NodeFactory.createLiteralLang("a & b \"quoted\" <i>italic</i>", "en"))).as(ext).isTrue();
        }
    }
}
