package org.w3id.legkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.shacl.validation.Severity;
import org.w3id.legkg.build.Progress;
import org.w3id.legkg.build.SourceGraphs;
import org.w3id.legkg.build.SourceReader;
import org.w3id.legkg.validate.ShapeValidator;
import org.w3id.legkg.validate.ValidationFailedException;
import org.w3id.legkg.validate.ValidationOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parse every Turtle file and check the data against the SHACL shapes. Writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(out);
        progress.start("parse");
        SourceGraphs sources = new SourceReader(options.layout()).read();
        progress.done("ontology " + Progress.count(sources.ontology().size()) + " triples, data "
                + Progress.count(sources.data().size()) + " triples, shapes " + Progress.count(sources.shapes().size()) + " triples");
        progress.start("validate");
        ValidationOutcome outcome = ShapeValidator.validate(sources.shapes(), sources.ontology(), sources.data());
        progress.done(outcome.shapeCount() + " shapes, " + outcome.violations() + " violations, "
                + outcome.count(Severity.Warning) + " warnings, " + outcome.count(Severity.Info) + " infos");
        if (!outcome.report().conforms()) out.print(outcome.format());
        out.flush();
        if (outcome.hasViolations()) throw new ValidationFailedException(outcome);
        out.println("OK: the data conforms to the shapes");
        return ExitCodes.OK;
    }
}
