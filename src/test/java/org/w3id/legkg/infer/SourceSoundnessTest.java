package org.w3id.legkg.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;

/**
 * Every deficiency → symptom link the reasoner derives is supported by one article's claims: a claim that states
 * it, or that article's claims for every step of the deficiency's chain. On the real data, and on small data
 * that joins steps the articles did not state together.
 */
class SourceSoundnessTest {
    private static Graph ontology;

    @BeforeAll
    static void readOntology() {
        ontology = new SourceReader(new ProjectLayout(Path.of(""))).read().ontology();
    }

    @Test
    void everyInferredLinkOfTheRealDataIsSupportedByOneArticle() {
        SourceGraphs sources = new SourceReader(new ProjectLayout(Path.of(""))).read();
        Graph inferred = new RuleMaterialiser().materialise(sources.ontology(), sources.data()).graph();
        List<SourceSoundness.Link> links = SourceSoundness.links(sources.data(), inferred);
        Map<Integer, Integer> byArticleCount = new TreeMap<>();
        links.forEach(l -> byArticleCount.merge(l.articles().size(), 1, Integer::sum));
        System.out.println("may-cause links: " + links.size() + "; by number of supporting articles: " + byArticleCount);
        assertThat(links).hasSizeGreaterThan(100);
        assertThat(links).filteredOn(l -> l.articles().isEmpty()).as("links no single article supports").isEmpty();
    }

    @Test
    void theArticlesTiedToEachDeficiencyAreThoseThatStateIt() {
        SourceGraphs sources = new SourceReader(new ProjectLayout(Path.of(""))).read();
        Graph inferred = new RuleMaterialiser().materialise(sources.ontology(), sources.data()).graph();
        List<SourceSoundness.Link> links = SourceSoundness.links(sources.data(), inferred);
        // Thiamine appears in article 003 only; before v2 it was linked to B12's neuropathy symptoms through a
        // shared nerve-damage mechanism (tingling, numbness, shooting nerve pain).
        assertThat(links).filteredOn(l -> l.deficiency().equals(lkd("ThiamineDeficiency")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.articles()).containsExactly(lkd("Article003")))
                .extracting(l -> l.symptom().getURI().substring(Namespaces.LKD.length()))
                .doesNotContain("Tingling", "Numbness", "ShootingNervePain", "BalanceProblem", "InvoluntaryMovement");
    }

    // ---- small data, with the real ontology

    private static final String PREFIXES = """
            @prefix lk:   <https://w3id.org/legkg/ontology#> .
            @prefix lkd:  <https://w3id.org/legkg/id/> .
            """;

    private static Graph data(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + """
                lkd:A a lk:NutrientDeficiency . lkd:B a lk:NutrientDeficiency .
                lkd:M a lk:NerveDamage . lkd:N a lk:ImpairedNerveSignalTransmission .
                lkd:Tingling a lk:Tingling . lkd:Numbness a lk:Numbness .
                """ + turtle, Lang.TURTLE).parse(g);
        return g;
    }

    /** A claim in the lk:Claim form. */
    private static String claim(String name, String s, String p, String o, String article, String basis) {
        return "lkd:%s a lk:Claim ; lk:claimSubject lkd:%s ; lk:claimPredicate lk:%s ; lk:claimObject lkd:%s ; lk:statedIn lkd:%s ; lk:basis lk:%s .\nlkd:%s lk:%s lkd:%s .\n"
                .formatted(name, s, p, o, article, basis, s, p, o);
    }

    private static List<SourceSoundness.Link> unsupported(Graph data) {
        return SourceSoundness.unsupported(data, new RuleMaterialiser().materialise(ontology, data).graph());
    }

    @Test
    void aMechanismSharedByTwoDeficienciesJoinsStepsNoArticleStatedTogether() {
        // Article 1 says A acts through M and M shows as tingling; article 2 says only that B acts through M.
        Graph g = data(claim("c1", "A", "actsThrough", "M", "Article001", "Explicit")
                + claim("c2", "M", "manifestsAs", "Tingling", "Article001", "Explicit")
                + claim("c3", "B", "actsThrough", "M", "Article002", "Explicit"));
        assertThat(unsupported(g)).singleElement().satisfies(l -> {
            assertThat(l.deficiency()).isEqualTo(lkd("B"));
            assertThat(l.symptom()).isEqualTo(lkd("Tingling"));
        });
    }

    @Test
    void aChainWhoseStepsComeFromTwoArticlesIsUnsupported() {
        Graph g = data(claim("c1", "A", "actsThrough", "M", "Article001", "Explicit")
                + claim("c2", "M", "manifestsAs", "Tingling", "Article002", "Explicit"));
        assertThat(unsupported(g)).extracting(SourceSoundness.Link::symptom).containsExactly(lkd("Tingling"));
    }

    @Test
    void aChainThroughLeadsToWithinOneArticleIsSupportedAsStrongAsItsWeakestClaim() {
        Graph g = data(claim("c1", "A", "actsThrough", "M", "Article001", "Explicit")
                + claim("c2", "M", "leadsTo", "N", "Article001", "Collective")
                + claim("c3", "N", "manifestsAs", "Numbness", "Article001", "Explicit")
                + claim("c4", "A", "causesSymptom", "Numbness", "Article002", "Implied"));
        assertThat(unsupported(g)).isEmpty();
        List<ArticleSupport.Support> support = ArticleSupport.compute(g);
        assertThat(support).hasSize(2);
        ArticleSupport.Support chain = support.get(0), direct = support.get(1);
        assertThat(chain.article()).isEqualTo(lkd("Article001"));
        assertThat(chain.direct()).isFalse();
        assertThat(chain.basis()).isEqualTo(lk("Collective"));
        assertThat(chain.claims()).containsExactlyInAnyOrder(lkd("c1"), lkd("c2"), lkd("c3"));
        assertThat(chain.mechanisms()).containsExactly(lkd("N"));
        assertThat(direct.article()).isEqualTo(lkd("Article002"));
        assertThat(direct.direct()).isTrue();
        assertThat(direct.basis()).isEqualTo(lk("Implied"));
    }

    @Test
    void aLinkTakesTheStrongestOfItsDirectClaimAndItsChains() {
        Graph g = data(claim("c1", "A", "actsThrough", "M", "Article001", "TableCoLocation")
                + claim("c2", "M", "manifestsAs", "Tingling", "Article001", "Explicit")
                + claim("c3", "A", "causesSymptom", "Tingling", "Article001", "Collective"));
        assertThat(ArticleSupport.compute(g)).singleElement().satisfies(s -> {
            assertThat(s.direct()).isTrue();
            assertThat(s.basis()).isEqualTo(lk("Collective"));
            assertThat(s.claims()).hasSize(3);
        });
    }

    private static Node lk(String local) {
        return NodeFactory.createURI(Namespaces.LK + local);
    }

    private static Node lkd(String local) {
        return NodeFactory.createURI(Namespaces.LKD + local);
    }
}
