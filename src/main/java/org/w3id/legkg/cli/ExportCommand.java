package org.w3id.legkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.w3id.legkg.store.OpenStore;
import org.w3id.legkg.store.StoreExporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store's graphs as RDF. N-Quads are sorted with canonical blank-node labels, so two builds "
                + "of the same sources export identical files.")
final class ExportCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;

    @Option(names = "--format", defaultValue = "nq",
            description = "nq, trig, ttl or jsonld (default: ${DEFAULT-VALUE}). ttl merges the graphs into one.")
    StoreExporter.Format format;

    @Option(names = "--graphs", defaultValue = "all",
            description = "asserted (ontology + data), inferred, or all (default: ${DEFAULT-VALUE}).")
    StoreExporter.Graphs graphs;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output). Written to a temporary file first, then moved into place.")
    Path out;

    @Override
    public Integer call() throws IOException {
        StoreExporter.Format fmt = format;
        StoreExporter.Graphs sel = graphs;
        try (OpenStore store = OpenStore.openCurrent(options.storeLayout())) {
            if (out == null) {
                StoreExporter.export(store.dataset(), sel, fmt, System.out);
                System.out.flush();
                return ExitCodes.OK;
            }
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    long n = StoreExporter.export(store.dataset(), sel, fmt, os);
                    System.err.println("Wrote " + n + " statements to " + target);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return ExitCodes.OK;
    }
}
