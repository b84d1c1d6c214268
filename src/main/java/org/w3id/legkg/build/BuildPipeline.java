package org.w3id.legkg.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.Severity;
import org.w3id.legkg.Namespaces;
import org.w3id.legkg.Version;
import org.w3id.legkg.infer.Inferences;
import org.w3id.legkg.infer.Materialiser;
import org.w3id.legkg.infer.RuleMaterialiser;
import org.w3id.legkg.infer.SourceSoundness;
import org.w3id.legkg.infer.UnsoundInferenceException;
import org.w3id.legkg.store.BuildCleaner;
import org.w3id.legkg.store.BuildLock;
import org.w3id.legkg.store.BuildManifest;
import org.w3id.legkg.store.LoadListener;
import org.w3id.legkg.store.NoSpaceLeftException;
import org.w3id.legkg.store.StoreLayout;
import org.w3id.legkg.store.StoreSwap;
import org.w3id.legkg.store.StoreWriter;
import org.w3id.legkg.validate.ShapeValidator;
import org.w3id.legkg.validate.ValidationFailedException;
import org.w3id.legkg.validate.ValidationOutcome;

/**
 * parse → validate ∥ (infer → load ∥ artifacts) → swap. Everything is written into a new build directory;
 * only a complete build is made current, in one atomic rename, so a failed or killed build leaves the
 * previous store as it was.
 */
public final class BuildPipeline {
    private final ProjectLayout project;
    private final StoreLayout store;
    private final boolean force;
    private final Materialiser materialiser;
    private final LoadListener loadListener;
    private final Progress progress;
    private final List<BuildArtifact> artifacts;
    private final List<DerivedGraph> derivedGraphs;

    private BuildPipeline(Builder b) {
        this.project = Objects.requireNonNull(b.project, "project");
        this.store = b.store != null ? b.store : new StoreLayout(project.defaultStoreDir());
        this.force = b.force;
        this.materialiser = b.materialiser;
        this.loadListener = b.loadListener;
        this.progress = b.progress;
        this.artifacts = List.copyOf(b.artifacts);
        this.derivedGraphs = List.copyOf(b.derivedGraphs);
    }

    public static Builder create(ProjectLayout project) {
        return new Builder(project);
    }

    /** Fingerprint of the current sources and program. */
    public String fingerprint() {
        return InputFingerprint.of(project, ProgramFingerprint.current());
    }

    /** The current build, if it was made from exactly the current sources. */
    public Optional<Path> upToDateBuild() {
        return upToDateBuild(fingerprint());
    }

    private Optional<Path> upToDateBuild(String fingerprint) {
        return store.currentBuild().filter(b -> BuildManifest.readFrom(b)
                .map(m -> m.fingerprint().equals(fingerprint)).orElse(false));
    }

    /**
     * The parse and validate stages, shared by {@code build} and {@code validate}: prints the SHACL report
     * when there is anything to report and throws {@link ValidationFailedException} on any violation.
     */
    public static SourceGraphs readAndValidate(ProjectLayout project, Progress progress) {
        SourceGraphs sources = parse(project, progress);
        validate(sources, progress);
        return sources;
    }

    private static SourceGraphs parse(ProjectLayout project, Progress progress) {
        progress.startAlone("parse");
        SourceGraphs sources = new SourceReader(project).read();
        progress.done("ontology " + Progress.count(sources.ontology().size()) + " triples, data "
                + Progress.count(sources.data().size()) + " triples, shapes "
                + Progress.count(sources.shapes().size()) + " triples");
        return sources;
    }

    private static ValidationOutcome validate(SourceGraphs sources, Progress progress) {
        progress.start("validate");
        ValidationOutcome outcome = ShapeValidator.validate(sources.shapes(), sources.ontology(), sources.data());
        progress.done(outcome.shapeCount() + " shapes, " + outcome.violations() + " violations, "
                + outcome.count(Severity.Warning) + " warnings, " + outcome.count(Severity.Info) + " infos");
        if (!outcome.report().conforms()) progress.info(outcome.format());
        if (outcome.hasViolations()) throw new ValidationFailedException(outcome);
        return outcome;
    }

    public BuildResult run() {
        long t0 = System.nanoTime();
        try (BuildLock lock = BuildLock.acquire(store)) {
            progress.start("sources");
            String fingerprint = fingerprint();
            if (!force) {
                Optional<Path> current = upToDateBuild(fingerprint);
                if (current.isPresent()) {
                    progress.done("fingerprint " + fingerprint.substring(0, 12) + " unchanged");
                    progress.info("Store is up to date: " + current.get() + " (sources and program unchanged; --force rebuilds)");
                    return new BuildResult(false, current.get(), BuildManifest.readFrom(current.get()).orElseThrow());
                }
            }
            progress.done(project.allInputs().size() + " files, fingerprint " + fingerprint.substring(0, 12));

            SourceGraphs sources = parse(project, progress);
            Path buildDir = store.newBuildDir();
            try {
                Map<String, Long> counts = writeBuild(sources, buildDir);
                new BuildManifest(fingerprint, Version.buildId(), Instant.now(), counts).writeTo(buildDir);
            } catch (RuntimeException | Error e) {
                boolean diskFull = NoSpaceLeftException.explains(e, buildDir); // before the discard frees the space
                discard(buildDir);
                if (diskFull) throw noSpaceLeft(buildDir, e);
                throw e;
            }

            progress.start("swap");
            StoreSwap.makeCurrent(store, buildDir);
            int removed = BuildCleaner.removeUnused(store);
            progress.done("current -> " + store.dir().relativize(buildDir) + (removed > 0 ? ", removed " + removed + " old build(s)" : ""));
            progress.info(String.format(Locale.ROOT, "Built in %.2f s", (System.nanoTime() - t0) / 1e9));
            return new BuildResult(true, buildDir, BuildManifest.readFrom(buildDir).orElseThrow());
        }
    }

    /**
     * Validates, infers, loads and writes the artifacts into the build directory, on two threads: validation
     * only reads the sources, and the load and the artifacts only write into the new build directory, which
     * nobody reads before the swap, so they overlap; any failure (a SHACL violation included) stops the
     * other steps and the caller discards the directory.
     *
     * @return the manifest's counts
     */
    private Map<String, Long> writeBuild(SourceGraphs sources, Path buildDir) {
        try (ConcurrentSteps steps = new ConcurrentSteps(ConcurrentSteps.defaultThreads())) {
            steps.run(() -> validate(sources, progress));
            CompletableFuture<Inferences> inferred = steps.run(() -> infer(sources));
            CompletableFuture<Long> loaded = steps.run(() -> {
                Map<Node, Graph> graphs = graphs(sources, inferred.join());
                scheduleArtifacts(steps, buildDir, graphs); // they run on the other thread once validation is done
                return load(buildDir, graphs, steps);
            }, inferred);
            List<Throwable> failures = steps.awaitAll();
            if (!failures.isEmpty()) throw unchecked(mostTelling(failures));

            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("ontology", (long) sources.ontology().size());
            counts.put("data", (long) sources.data().size());
            counts.put("inferred", (long) inferred.join().graph().size());
            counts.put("quads", loaded.join());
            return counts;
        }
    }

    private Inferences infer(SourceGraphs sources) {
        progress.start("infer");
        Inferences inferences = materialiser.materialise(sources.ontology(), sources.data());
        progress.done("asserted " + Progress.count(sources.ontology().size() + sources.data().size()) + " (ontology "
                + Progress.count(sources.ontology().size()) + ", data " + Progress.count(sources.data().size())
                + "), inferred " + inferences.summary());
        List<SourceSoundness.Link> unsupported = SourceSoundness.unsupported(sources.data(), inferences.graph());
        if (!unsupported.isEmpty()) throw new UnsoundInferenceException(unsupported);
        return inferences;
    }

    /** Every graph the store will hold, by name. */
    private Map<Node, Graph> graphs(SourceGraphs sources, Inferences inferences) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Namespaces.GRAPH_ONTOLOGY, sources.ontology());
        graphs.put(Namespaces.GRAPH_DATA, sources.data());
        graphs.put(Namespaces.GRAPH_INFERRED, inferences.graph());
        for (DerivedGraph extra : derivedGraphs) {
            progress.start("derive");
            Graph g = extra.derive(project, sources);
            graphs.put(extra.graphName(), g);
            progress.done(Progress.count(g.size()) + " triples in " + extra.graphName().getURI());
        }
        return graphs;
    }

    private long load(Path buildDir, Map<Node, Graph> graphs, ConcurrentSteps steps) {
        progress.start("load");
        long quads = StoreWriter.write(buildDir, graphs, n -> {
            steps.checkNotFailed(); // a SHACL violation found meanwhile: stop loading a build that is discarded
            loadListener.loaded(n);
        });
        progress.done(Progress.count(quads) + " quads into " + buildDir);
        return quads;
    }

    /** Queues the artifacts: those that read other artifacts' files after all the others. */
    private void scheduleArtifacts(ConcurrentSteps steps, Path buildDir, Map<Node, Graph> graphs) {
        List<CompletableFuture<?>> independent = new ArrayList<>();
        for (BuildArtifact a : artifacts)
            if (!a.readsOtherArtifacts()) independent.add(steps.run(() -> write(a, buildDir, graphs)));
        CompletableFuture<?>[] before = independent.toArray(CompletableFuture[]::new);
        for (BuildArtifact a : artifacts)
            if (a.readsOtherArtifacts()) steps.run(() -> write(a, buildDir, graphs), before);
    }

    private String write(BuildArtifact artifact, Path buildDir, Map<Node, Graph> graphs) {
        progress.start(artifact.name());
        String detail = artifact.write(buildDir, graphs, project);
        progress.done(detail);
        return detail;
    }

    /**
     * The SHACL report is the answer people need first; otherwise the first failure, which stopped the rest.
     * The others ride along as suppressed exceptions (LEGKG_DEBUG prints them; a full disk may show only there).
     */
    private static Throwable mostTelling(List<Throwable> failures) {
        Throwable first = failures.stream().filter(f -> f instanceof ValidationFailedException).findFirst().orElse(failures.get(0));
        for (Throwable f : failures) if (f != first) first.addSuppressed(f);
        return first;
    }

    /** Says where the space ran out and that nothing the users see has changed: the swap never happened. */
    private NoSpaceLeftException noSpaceLeft(Path buildDir, Throwable cause) {
        String previous = store.currentBuild()
                .map(b -> "the previous store is untouched (current -> " + store.dir().relativize(b) + ")")
                .orElse("no store was made current");
        return new NoSpaceLeftException("no space left on device at " + buildDir + "; " + previous
                + "; the partial build was removed: free some space and build again", cause);
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    private static void discard(Path buildDir) {
        try {
            if (Files.exists(buildDir)) BuildCleaner.deleteBuild(buildDir);
        } catch (RuntimeException ignored) {
            // An incomplete build without a manifest is never used and is removed by the next build.
        }
    }

    public static final class Builder {
        private final ProjectLayout project;
        private StoreLayout store;
        private boolean force;
        private Materialiser materialiser = new RuleMaterialiser();
        private LoadListener loadListener = LoadListener.NONE;
        private Progress progress = Progress.SILENT;
        /** Written into every build after the load, in the order of {@link #standard}. */
        private final List<BuildArtifact> artifacts = standard(BuildArtifact.class);
        /** Extra named graphs loaded with the others (e.g. the canned-query catalogue). */
        private final List<DerivedGraph> derivedGraphs = standard(DerivedGraph.class);

        private Builder(ProjectLayout project) { this.project = project; }

        /**
         * The standard artifacts and derived graphs, registered in META-INF/services (as Jena registers its
         * subsystems): the stages that make them (text, publish, api) depend on this package, not the other
         * way round. A services file lists its providers in order; the artifacts' order matters (longest
         * first, VoID last: it states the dumps' sizes).
         */
        private static <T> List<T> standard(Class<T> kind) {
            List<T> found = new ArrayList<>();
            ServiceLoader.load(kind, BuildPipeline.class.getClassLoader()).forEach(found::add);
            if (found.isEmpty())
                throw new IllegalStateException("No " + kind.getSimpleName() + " registered in META-INF/services: a broken jar?");
            return found;
        }

        public Builder artifact(BuildArtifact a) { this.artifacts.add(a); return this; }

        public Builder store(StoreLayout store) { this.store = store; return this; }
        public Builder force(boolean force) { this.force = force; return this; }
        public Builder materialiser(Materialiser m) { this.materialiser = m; return this; }
        public Builder loadListener(LoadListener l) { this.loadListener = l; return this; }
        public Builder progress(Progress p) { this.progress = p; return this; }
        public BuildPipeline build() { return new BuildPipeline(this); }
    }
}
