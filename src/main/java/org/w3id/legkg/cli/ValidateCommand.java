package org.w3id.legkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.legkg.LegkgException;
import org.w3id.legkg.build.BuildPipeline;
import org.w3id.legkg.build.Progress;
import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.validate.ArticleCoverage;
import org.w3id.legkg.validate.CoverageReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parse every Turtle file and check the data against the SHACL shapes. Writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--coverage", description = "Also check that every content line of every source article is "
            + "claimed, a heading or excluded with a reason (data/coverage-exclusions.tsv), and that the article files "
            + "still have the recorded SHA-256; prints a report per article.")
    boolean coverage;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Folder of the article files for --coverage (default: $LEGKG_ARTICLES, else ../shared/articles beside the project).")
    Path articles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProjectLayout layout = options.layout();
        SourceGraphs sources = BuildPipeline.readAndValidate(layout, new Progress(out));
        out.println("OK: the data conforms to the shapes");
        if (!coverage) return ExitCodes.OK;
        Path dir = articles != null ? articles.toAbsolutePath().normalize() : layout.articlesDir();
        if (!Files.isDirectory(dir))
            throw new LegkgException("--coverage: the article folder " + dir + " does not exist (give it with --articles DIR)");
        CoverageReport report = ArticleCoverage.check(sources.data(), dir, layout.coverageExclusions());
        out.print(report.format());
        out.flush();
        return report.complete() ? ExitCodes.OK : ExitCodes.VIOLATIONS;
    }
}
