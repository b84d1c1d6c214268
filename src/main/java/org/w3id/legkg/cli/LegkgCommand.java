package org.w3id.legkg.cli;

import org.w3id.legkg.Version;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "legkg",
        mixinStandardHelpOptions = true,
        versionProvider = LegkgCommand.VersionProvider.class,
        description = "LegKG: a knowledge graph of the nutrient deficiencies that cause leg symptoms.%n"
                + "Builds a validated, inferred TDB2 store from ontology/, data/ and shapes/, and serves it.",
        subcommands = {BuildCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class,
                ServeCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 validation violations, 2 parse or usage error, 3 runtime failure (e.g. the store",
                "is used by another process, the port is in use, no space left on device)."})
public final class LegkgCommand {
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"legkg " + Version.version() + " (" + Version.buildId() + "), Apache Jena "
                    + org.apache.jena.Jena.VERSION + ", Java " + System.getProperty("java.version")};
        }
    }
}
