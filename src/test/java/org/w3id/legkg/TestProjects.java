package org.w3id.legkg;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.w3id.legkg.cli.Main;
import org.w3id.legkg.store.StoreLayout;

/** Copies test projects into temporary folders and runs the CLI in-process against them. */
public final class TestProjects {
    public static final Path FIXTURE = Path.of("src/test/resources/fixture-project");
    public static final Path BROKEN = Path.of("src/test/resources/broken");

    private TestProjects() {}

    /** A private copy of the fixture project, so a test may break it. */
    public static Path copyFixture(Path tempDir) {
        Path target = tempDir.resolve("project");
        copyTree(FIXTURE, target);
        return target;
    }

    /** Copies a folder; a TDB2 lock file stays behind, so a copied build opens as a store of its own. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else if (!p.getFileName().toString().equals("tdb.lock")) Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Run(int exitCode, String out, String err) {}

    public static Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds a project into a store with the CLI, or fails with the build's output. */
    public static StoreLayout build(Path project, Path storeDir) {
        Run build = cli(project, storeDir, "build");
        if (build.exitCode() != 0)
            throw new IllegalStateException("Building " + project + " failed (exit " + build.exitCode() + "):\n" + build.out() + build.err());
        return new StoreLayout(storeDir);
    }

    /** Runs the CLI with --project and --store set. */
    public static Run cli(Path project, Path store, String command, String... more) {
        List<String> args = new ArrayList<>();
        args.add(command);
        args.add("--project");
        args.add(project.toString());
        if (store != null) {
            args.add("--store");
            args.add(store.toString());
        }
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }
}
