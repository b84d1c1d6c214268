package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: help and version, canned queries with parameters, exports, exit codes. */
class CliTest {
    @TempDir Path tmp;
    Path project;
    Path store;

    @BeforeEach
    void build() {
        project = TestProjects.copyFixture(tmp);
        store = tmp.resolve("store");
        assertThat(TestProjects.cli(project, store, "build").exitCode()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "validate", "query", "export", "serve"})
    void everyCommandHasHelp(String command) {
        TestProjects.Run run = TestProjects.cli(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: legkg " + command);
    }

    @Test
    void versionAndUsageErrors() {
        assertThat(TestProjects.cli("--version").out()).startsWith("legkg ").contains("Apache Jena 5.6.0");
        assertThat(TestProjects.cli("frobnicate").exitCode()).isEqualTo(2);
        assertThat(TestProjects.cli("build", "--no-such-option").exitCode()).isEqualTo(2);
    }

    @Test
    void cannedQueryResolvesALabelOrSynonymAndWritesCsv() {
        String out = captureStdout(() -> assertThat(TestProjects.cli(project, store, "query", "symptoms-of",
                "--param", "deficiency=Vitamin B12 Deficiency", "--format", "csv").exitCode()).isZero());
        assertThat(out.lines()).containsExactly("symptom,label",
                "https://w3id.org/legkg/id/Numbness,numbness", "https://w3id.org/legkg/id/Tingling,tingling");

        String byCurie = captureStdout(() -> assertThat(TestProjects.cli(project, store, "query", "symptoms-of",
                "-p", "deficiency=lkd:VitaminB12Deficiency", "-f", "json").exitCode()).isZero());
        assertThat(byCurie).contains("\"bindings\"", "Tingling");
    }

    @Test
    void badParametersExit2WithSuggestions() {
        TestProjects.Run missing = TestProjects.cli(project, store, "query", "symptoms-of");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter 'deficiency'");

        TestProjects.Run unknown = TestProjects.cli(project, store, "query", "symptoms-of", "-p", "deficiency=vitamin B12 deficency");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no lk:NutrientDeficiency has the label or synonym", "closest labels: vitamin b12 deficiency");

        TestProjects.Run extra = TestProjects.cli(project, store, "query", "symptoms-of", "-p", "deficiency=lkd:VitaminB12Deficiency", "-p", "colour=red");
        assertThat(extra.exitCode()).isEqualTo(2);
        assertThat(extra.err()).contains("Unknown parameter 'colour'");

        assertThat(TestProjects.cli(project, store, "query", "no-such-query").err()).contains("available: symptoms-of");
    }

    @Test
    void aPlainSparqlFileRunsToo() throws Exception {
        Path rq = tmp.resolve("count.rq");
        Files.writeString(rq, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        String out = captureStdout(() -> assertThat(TestProjects.cli(project, store, "query", rq.toString(), "-f", "tsv").exitCode()).isZero());
        assertThat(out).startsWith("?n\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "jsonld"})
    void exportsReadBackWithAllGraphs(String format) {
        Path file = tmp.resolve("dump." + format);
        assertThat(TestProjects.cli(project, store, "export", "--format", format, "--out", file.toString()).exitCode()).isZero();
        Dataset ds = RDFDataMgr.loadDataset(file.toString());
        assertThat(ds.listModelNames()).toIterable().extracting(Object::toString).containsExactlyInAnyOrder(
                Namespaces.GRAPH_ONTOLOGY.getURI(), Namespaces.GRAPH_DATA.getURI(), Namespaces.GRAPH_INFERRED.getURI());
    }

    @Test
    void exportSelectsGraphsAndRejectsUnknownFormats() {
        Path ttl = tmp.resolve("inferred.ttl");
        assertThat(TestProjects.cli(project, store, "export", "--format", "ttl", "--graphs", "inferred", "--out", ttl.toString()).exitCode()).isZero();
        assertThat(RDFDataMgr.loadModel(ttl.toString()).size()).isPositive();
        TestProjects.Run bad = TestProjects.cli(project, store, "export", "--format", "xml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--format", "NQ, TRIG, TTL, JSONLD", "'xml'");
    }

    private static String captureStdout(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
