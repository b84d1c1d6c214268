package org.w3id.legkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.legkg.build.BuildPipeline;
import org.w3id.legkg.build.BuildResult;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreLayout;

/** The pipeline end to end on the fixture project, and what a failed build must leave behind. */
class BuildPipelineTest {
    static final Node TINGLING = NodeFactory.createURI(Namespaces.LKD + "Tingling");
    static final Node B12_DEF = NodeFactory.createURI(Namespaces.LKD + "VitaminB12Deficiency");
    static final Node SYMPTOM = NodeFactory.createURI(Namespaces.LK + "Symptom");
    static final Node MAY_CAUSE = NodeFactory.createURI(Namespaces.LK + "mayCause");

    @TempDir Path tmp;

    @Test
    void buildsNamedGraphsWithInferencesAndAUnionDefaultGraph() {
        Path project = TestProjects.copyFixture(tmp);
        Path store = tmp.resolve("store");
        TestProjects.Run run = TestProjects.cli(project, store, "build");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("parse", "validate", "infer", "load", "swap", "Built in");

        try (OpenStore s = OpenStore.openCurrent(new StoreLayout(store))) {
            Txn.executeRead(s.dataset(), () -> {
                var dsg = s.dataset();
                assertThat(dsg.getGraph(Namespaces.GRAPH_ONTOLOGY).size()).isGreaterThan(10);
                assertThat(dsg.contains(Namespaces.GRAPH_DATA, B12_DEF, NodeFactory.createURI(Namespaces.LK + "causesSymptom"), TINGLING)).isTrue();
                // subclass closure: Tingling ⊑ SensorySymptom ⊑ Symptom; subproperty: causesSymptom ⊑ mayCause
                assertThat(dsg.contains(Namespaces.GRAPH_INFERRED, TINGLING, RDF.type.asNode(), SYMPTOM)).isTrue();
                assertThat(dsg.contains(Namespaces.GRAPH_INFERRED, B12_DEF, MAY_CAUSE, TINGLING)).isTrue();
                // nothing asserted is repeated in the inferred graph
                assertThat(dsg.contains(Namespaces.GRAPH_INFERRED, TINGLING, RDF.type.asNode(),
                        NodeFactory.createURI(Namespaces.LK + "Tingling"))).isFalse();
                // the default graph is the union: asserted and inferred answer together
                long n = QueryExec.dataset(dsg).query("""
                        PREFIX lk: <https://w3id.org/legkg/ontology#>
                        SELECT * { ?d lk:mayCause ?s . ?s a lk:Symptom }""").select().stream().count();
                assertThat(n).isEqualTo(2);
            });
        }
    }

    @Test
    void secondBuildIsSkippedUntilSourcesChangeOrForced() throws Exception {
        Path project = TestProjects.copyFixture(tmp);
        StoreLayout store = new StoreLayout(tmp.resolve("store"));
        BuildResult first = BuildPipeline.create(new ProjectLayout(project)).store(store).build().run();
        BuildResult second = BuildPipeline.create(new ProjectLayout(project)).store(store).build().run();
        assertThat(first.rebuilt()).isTrue();
        assertThat(second.rebuilt()).isFalse();
        assertThat(second.buildDir()).isEqualTo(first.buildDir());

        Files.writeString(project.resolve("queries/symptoms-of.rq"), "\n# edited\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildResult third = BuildPipeline.create(new ProjectLayout(project)).store(store).build().run();
        assertThat(third.rebuilt()).isTrue();
        BuildResult forced = BuildPipeline.create(new ProjectLayout(project)).store(store).force(true).build().run();
        assertThat(forced.rebuilt()).isTrue();
        assertThat(forced.buildDir()).isNotEqualTo(third.buildDir());
        assertThat(store.currentBuild()).contains(forced.buildDir());
    }

    @Test
    void aStoreReachedThroughASymlinkedDirectoryKeepsItsNewBuild() throws Exception {
        // e.g. --store ~/data/store with ~/data a symbolic link: the old-build cleaner once compared the
        // current build's real path with the builds listed under the given path and deleted the new build
        Path project = TestProjects.copyFixture(tmp);
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path linked = Files.createSymbolicLink(tmp.resolve("linked"), real);
        StoreLayout store = new StoreLayout(linked.resolve("store"));
        BuildResult first = BuildPipeline.create(new ProjectLayout(project)).store(store).build().run();
        BuildResult second = BuildPipeline.create(new ProjectLayout(project)).store(store).force(true).build().run();
        assertThat(StoreLayout.manifestFile(second.buildDir())).isRegularFile();
        assertThat(store.currentBuild()).contains(second.buildDir());
        assertThat(store.allBuilds()).containsExactly(second.buildDir());
        assertThat(first.buildDir()).doesNotExist();
        try (OpenStore s = OpenStore.openCurrent(store)) {
            assertThat(s.buildDir()).isEqualTo(second.buildDir());
        }
    }

    @Test
    void aViolationFoundWhileTheLoadRunsStopsItAndDiscardsTheBuild() throws Exception {
        Path project = TestProjects.copyFixture(tmp);
        StoreLayout store = new StoreLayout(tmp.resolve("store"));
        BuildResult good = BuildPipeline.create(new ProjectLayout(project)).store(store).build().run();
        Files.copy(TestProjects.BROKEN.resolve("violating.ttl"), project.resolve("data/zz-violating.ttl"));

        java.util.concurrent.atomic.AtomicLong loadedQuads = new java.util.concurrent.atomic.AtomicLong();
        BuildPipeline slowLoad = BuildPipeline.create(new ProjectLayout(project)).store(store).force(true)
                .loadListener(quads -> {
                    loadedQuads.set(quads);
                    sleep(100); // validation, on the other thread, fails meanwhile
                })
                .build();
        assertThatThrownBy(slowLoad::run).isInstanceOf(org.w3id.legkg.validate.ValidationFailedException.class);

        assertThat(loadedQuads.get()).isLessThan(good.manifest().counts().get("quads")); // the load stopped early
        assertThat(store.currentBuild()).contains(good.buildDir());
        assertThat(store.allBuilds()).containsExactly(good.buildDir());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLoadThatFailsHalfwayLeavesThePreviousStoreServable() {
        Path project = TestProjects.copyFixture(tmp);
        StoreLayout store = new StoreLayout(tmp.resolve("store"));
        BuildResult good = BuildPipeline.create(new ProjectLayout(project)).store(store).build().run();

        BuildPipeline failing = BuildPipeline.create(new ProjectLayout(project)).store(store).force(true)
                .loadListener(quads -> { if (quads > 5) throw new IllegalStateException("injected failure after " + quads + " quads"); })
                .build();
        assertThatThrownBy(failing::run).hasMessageContaining("injected failure");

        assertThat(store.currentBuild()).contains(good.buildDir());
        assertThat(store.allBuilds()).containsExactly(good.buildDir()); // the half-written build is gone
        try (OpenStore s = OpenStore.openCurrent(store)) {
            Txn.executeRead(s.dataset(), () -> assertThat(
                    s.dataset().contains(Namespaces.GRAPH_DATA, B12_DEF, Node.ANY, TINGLING)).isTrue());
        }
    }

    @Test
    void aFullDiskSaysWhereAndThatThePreviousStoreIsUntouched() {
        // what TDB2 throws when a write finds the file system full (java.io.IOException from FileChannel.write)
        Path project = TestProjects.copyFixture(tmp);
        StoreLayout store = new StoreLayout(tmp.resolve("store"));
        BuildResult good = BuildPipeline.create(new ProjectLayout(project)).store(store).build().run();

        BuildPipeline full = BuildPipeline.create(new ProjectLayout(project)).store(store).force(true)
                .loadListener(quads -> {
                    if (quads > 5) throw new org.apache.jena.atlas.RuntimeIOException(new java.io.IOException("No space left on device"));
                })
                .build();
        assertThatThrownBy(full::run)
                .isInstanceOf(org.w3id.legkg.store.NoSpaceLeftException.class)
                .hasMessageMatching("no space left on device at " + java.util.regex.Pattern.quote(store.buildsDir().toString())
                        + "/[0-9T.]+-[0-9]+; the previous store is untouched \\(current -> builds/"
                        + java.util.regex.Pattern.quote(good.buildDir().getFileName().toString())
                        + "\\); the partial build was removed: free some space and build again");

        assertThat(store.currentBuild()).contains(good.buildDir());
        assertThat(store.allBuilds()).containsExactly(good.buildDir());
        try (OpenStore s = OpenStore.openCurrent(store)) {
            Txn.executeRead(s.dataset(), () -> assertThat(
                    s.dataset().contains(Namespaces.GRAPH_DATA, B12_DEF, Node.ANY, TINGLING)).isTrue());
        }
    }

    @Test
    void aLoadKilledByAnErrorReportsThatErrorNotTheTransactionItLeftOpen() {
        // A write to a memory-mapped file on a full disk ends in an InternalError, which skips the loader's
        // abort; releasing the database then failed with "Can't expel: Active transactions", and that message
        // was all the user saw.
        Path project = TestProjects.copyFixture(tmp);
        StoreLayout store = new StoreLayout(tmp.resolve("store"));
        BuildResult good = BuildPipeline.create(new ProjectLayout(project)).store(store).build().run();

        BuildPipeline dying = BuildPipeline.create(new ProjectLayout(project)).store(store).force(true)
                .loadListener(quads -> {
                    if (quads > 5) throw new InternalError("a fault occurred in a recent unsafe memory access operation");
                })
                .build();
        assertThatThrownBy(dying::run)
                .isInstanceOf(InternalError.class)
                .hasMessage("a fault occurred in a recent unsafe memory access operation");

        assertThat(store.currentBuild()).contains(good.buildDir());
        assertThat(store.allBuilds()).containsExactly(good.buildDir());
        try (OpenStore s = OpenStore.openCurrent(store)) {
            assertThat(s.manifest().counts().get("quads")).isEqualTo(good.manifest().counts().get("quads"));
        }
    }
}
