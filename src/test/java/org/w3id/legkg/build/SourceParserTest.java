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

    @Test
    void turtleIsReadStrictly() throws Exception {
        String s = "<http://example.org/s> <http://example.org/p> ";
        // the last statement without its '.': placed on its own line, not on the end of the file after it
        assertThatThrownBy(() -> parse(write("last.ttl", s + "1 .\n" + s + "2\n\n# done\n")))
                .hasMessage("last.ttl:2: Triples not terminated by DOT (the last statement of the file has no '.')");
        // without a final newline the end of the file is on the statement's line, where Jena reports it
        assertThatThrownBy(() -> parse(write("nonewline.ttl", s + "1 .\n" + s + "2")))
                .hasMessageStartingWith("nonewline.ttl:2:").hasMessageEndingWith(": Triples not terminated by DOT");
        // N3's '=' for owl:sameAs and an @prefix without its '.' are not Turtle either
        assertThatThrownBy(() -> parse(write("n3.ttl", "<http://example.org/a> = <http://example.org/b> .\n")))
                .isInstanceOf(SourceParseException.class).hasMessageStartingWith("n3.ttl:1:");
        assertThatThrownBy(() -> parse(write("prefix.ttl", "@prefix ex: <http://example.org/>\nex:s ex:p 1 .\n")))
                .isInstanceOf(SourceParseException.class).hasMessageContaining("Prefix directive not terminated by a dot");
        // the same statement with its '.' is fine
        assertThat(parse(write("ok.ttl", s + "1 .\n" + s + "2 .\n# done\n")).size()).isEqualTo(2);
    }

    private Graph parse(Path file) {
        return new SourceParser(new ProjectLayout(dir)).parseAll(List.of(file));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
