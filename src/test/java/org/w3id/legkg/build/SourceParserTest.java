package org.w3id.legkg.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are parsed on several threads, yet the graphs, prefixes and first error are those of a parse in file order. */
class SourceParserTest {
    @TempDir Path dir;

    @Test
    void graphsAndPrefixesAreThoseOfEveryFileInOrder() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++)
            files.add(write(String.format("f%02d.ttl", i), "@prefix p" + i + ": <http://example.org/" + i + "/> .\n"
                    + "p" + i + ":s p" + i + ":p \"" + i + "\" , [ p" + i + ":q " + i + " ] .\n"));
        List<Graph> graphs = new SourceParser(new ProjectLayout(dir)).parseGroups(List.of(files.subList(0, 5), files.subList(5, 12)));
        assertThat(graphs.get(0).size()).isEqualTo(5 * 3);
        assertThat(graphs.get(1).size()).isEqualTo(7 * 3);
        assertThat(graphs.get(0).getPrefixMapping().getNsPrefixMap()).containsOnlyKeys("p0", "p1", "p2", "p3", "p4");
        assertThat(graphs.get(1).getPrefixMapping().getNsPrefixURI("p11")).isEqualTo("http://example.org/11/");
    }

    @Test
    void theErrorReportedIsTheFirstInFileOrder() throws Exception {
        Path ok = write("a.ttl", "<http://example.org/s> <http://example.org/p> 1 .\n");
        Path firstBad = write("b.ttl", "<http://example.org/s> <http://example.org/p> 1 .\n<http://example.org/s> oops .\n");
        Path laterBad = write("c.ttl", "this is not turtle\n");
        assertThatThrownBy(() -> new SourceParser(new ProjectLayout(dir)).parseGroups(List.of(List.of(ok), List.of(firstBad, laterBad))))
                .isInstanceOf(SourceParseException.class)
                .hasMessageStartingWith("b.ttl:2:");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
