package org.w3id.legkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.w3id.legkg.store.NoSpaceLeftException;

import picocli.CommandLine;

/** Exit codes and the one line printed for failures that are not the user's input. */
class ExitCodesTest {
    @Test
    void runtimeFailuresExit3() {
        assertThat(ExitCodes.of(new NoSpaceLeftException("no space left on device at /s/builds/b; ...", null))).isEqualTo(3);
        assertThat(ExitCodes.of(new IllegalStateException())).isEqualTo(3);
    }

    @Test
    void anErrorIsReportedInOneLineAndExits3Not1() {
        // 1 means SHACL violations; an uncaught Error used to leave the JVM with 1 and a stack trace
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new LegkgCommand());
        cmd.setErr(new PrintWriter(err, true));
        cmd.parseArgs("build", "--force");
        assertThat(ExitCodes.fatal(new OutOfMemoryError("Java heap space"), cmd)).isEqualTo(3);
        assertThat(err.toString().strip()).isEqualTo("legkg build: fatal error (OutOfMemoryError): Java heap space");
    }
}
