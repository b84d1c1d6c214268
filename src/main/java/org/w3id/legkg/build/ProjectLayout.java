package org.w3id.legkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.w3id.legkg.LegkgException;

/** Where a LegKG project keeps its sources: ontology/, data/, shapes/ and queries/ under one root. */
public record ProjectLayout(Path root) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** The project root: {@code LEGKG_HOME} (set by the launcher), else the working directory. */
    public static ProjectLayout discover() {
        String home = System.getenv("LEGKG_HOME");
        return new ProjectLayout(Path.of(home != null && !home.isBlank() ? home : "."));
    }

    public Path ontologyDir() { return root.resolve("ontology"); }
    public Path dataDir() { return root.resolve("data"); }
    public Path shapesDir() { return root.resolve("shapes"); }
    public Path queriesDir() { return root.resolve("queries"); }
    public Path defaultStoreDir() { return root.resolve("store"); }
    /** The article lines that state no fact, with their reasons (read by the coverage check). */
    public Path coverageExclusions() { return dataDir().resolve("coverage-exclusions.tsv"); }

    /**
     * The source articles the data are read from: {@code LEGKG_ARTICLES}, else {@code ../shared/articles} beside
     * the project root (where a checkout and CI keep them).
     */
    public Path articlesDir() {
        String dir = System.getenv("LEGKG_ARTICLES");
        return dir != null && !dir.isBlank() ? Path.of(dir).toAbsolutePath().normalize()
                : root.resolveSibling("shared").resolve("articles");
    }

    /** Turtle files of one source folder, sorted by name so every build reads them in the same order. */
    public List<Path> turtleFiles(Path dir) {
        return filesWithSuffix(dir, ".ttl");
    }

    public List<Path> queryFiles() {
        return filesWithSuffix(queriesDir(), ".rq");
    }

    /** Every input the store is built from, for the fingerprint. */
    public List<Path> allInputs() {
        return Stream.of(turtleFiles(ontologyDir()), turtleFiles(dataDir()), turtleFiles(shapesDir()), queryFiles())
                .flatMap(List::stream).toList();
    }

    public void requireSourceFolders() {
        for (Path dir : List.of(ontologyDir(), dataDir(), shapesDir())) {
            if (!Files.isDirectory(dir))
                throw new LegkgException("Not a LegKG project: " + dir + " is missing (project root " + root
                        + "; set LEGKG_HOME or run from the project folder)");
        }
    }

    /** A path as the user should read it in messages: relative to the project root when inside it. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }

    private static List<Path> filesWithSuffix(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }
}
