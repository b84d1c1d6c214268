package org.w3id.legkg.cli;

import picocli.CommandLine;

/** Entry point of {@code legkg}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command and returns its exit code (0 ok, 1 violations, 2 parse/usage, 3 runtime). */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** As {@link #run(String...)}, writing to the given streams (tests capture them). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new LegkgCommand());
        if (out != null) cmd.setOut(out);
        if (err != null) cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler(new ExitCodes.Handler());
        cmd.setExitCodeExceptionMapper(ExitCodes::of);
        try {
            return cmd.execute(args);
        } catch (Error e) {
            return ExitCodes.fatal(e, cmd);
        }
    }
}
