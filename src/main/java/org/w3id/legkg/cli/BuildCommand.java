package org.w3id.legkg.cli;

import java.util.concurrent.Callable;

import org.w3id.legkg.build.BuildPipeline;
import org.w3id.legkg.build.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Parse, SHACL-validate, materialise inferences and load a fresh TDB2 store, then make it current "
                + "atomically. Skipped when sources and program are unchanged since the current store.")
final class BuildCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;

    @Option(names = "--force", description = "Rebuild even if the current store is up to date.")
    boolean force;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        BuildPipeline.create(options.layout())
                .store(options.storeLayout())
                .force(force)
                .progress(new Progress(spec.commandLine().getOut()))
                .build()
                .run();
        return ExitCodes.OK;
    }
}
