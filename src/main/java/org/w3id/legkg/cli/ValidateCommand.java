package org.w3id.legkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.w3id.legkg.build.BuildPipeline;
import org.w3id.legkg.build.Progress;

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
        BuildPipeline.readAndValidate(options.layout(), new Progress(out));
        out.println("OK: the data conforms to the shapes");
        return ExitCodes.OK;
    }
}
