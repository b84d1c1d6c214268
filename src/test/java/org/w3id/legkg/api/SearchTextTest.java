package org.w3id.legkg.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.legkg.text.SearchText;

/** Free text becomes a Lucene query over its words only, whatever the input. */
class SearchTextTest {
    @Test
    void phraseFirstThenAllWordsThenAnyWithAPrefixForTheLastWord() {
        assertThat(SearchText.luceneQuery("Pins and Needles"))
                .isEqualTo("(\"pins and needles\"^4 (+pins +and +needles)^2 pins and needles needles*)");
        assertThat(SearchText.luceneQuery("tingl")).isEqualTo("(tingl tingl*)");
        assertThat(SearchText.luceneQuery("  ?!  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tingling) OR (*:*", "label:x AND uri:*", "\"unbalanced", "a~0.5 NOT b^9", "\\\\ { } [ ] / : -",
            "weak legs) OR 1=1 --"})
    void syntaxInTheInputNeverReachesTheParser(String hostile) throws Exception {
        String q = SearchText.luceneQuery(hostile);
        if (q == null) return;
        assertThat(q).doesNotContain(":", "~", "\\", "{", "[", "/").doesNotContain(" OR ", " AND ", " NOT ");
        // parses, as jena-text will parse it (field prefix added in front)
        new QueryParser("label", new EnglishAnalyzer()).parse("label:" + q);
    }

    @Test
    void longInputsAreCut() {
        assertThat(SearchText.words("w ".repeat(100))).hasSize(SearchText.MAX_WORDS);
    }
}
