package org.w3id.legkg.cli;

import org.apache.jena.riot.RiotException;
import org.w3id.legkg.LegkgException;
import org.w3id.legkg.api.ParameterException;
import org.w3id.legkg.api.QueryDefinitionException;
import org.w3id.legkg.build.SourceParseException;
import org.w3id.legkg.infer.UnsoundInferenceException;
import org.w3id.legkg.store.StoreInUseException;
import org.w3id.legkg.validate.ValidationFailedException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** The exit codes every command uses. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int VIOLATIONS = 1;
    public static final int PARSE_OR_USAGE = 2;
    public static final int RUNTIME = 3;

    private ExitCodes() {}

    static int of(Throwable e) {
        if (e instanceof ValidationFailedException || e instanceof UnsoundInferenceException) return VIOLATIONS;
        if (e instanceof SourceParseException || e instanceof ParameterException
                || e instanceof QueryDefinitionException || e instanceof RiotException
                || e instanceof CommandLine.ParameterException) return PARSE_OR_USAGE;
        return RUNTIME;
    }

    /**
     * An Error (out of memory, a fault writing a memory-mapped file) passes picocli's handler, and the JVM would
     * exit with 1, which here means "SHACL violations": say what it was and exit with 3.
     */
    static int fatal(Error e, CommandLine cmd) {
        var sub = cmd.getParseResult() == null ? null : cmd.getParseResult().subcommand();
        String name = sub == null ? "legkg" : "legkg " + sub.commandSpec().name();
        cmd.getErr().println(name + ": fatal error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
        if (System.getenv("LEGKG_DEBUG") != null) e.printStackTrace(cmd.getErr());
        cmd.getErr().flush();
        return RUNTIME;
    }

    /** Prints one clear line (no stack trace unless LEGKG_DEBUG is set) and maps the exit code. */
    static final class Handler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
            String kind = e instanceof ValidationFailedException ? "validation failed"
                    : e instanceof SourceParseException ? "parse error"
                    : e instanceof LegkgException || e instanceof RiotException ? "error"
                    : "unexpected error (" + e.getClass().getSimpleName() + ")";
            String message = e instanceof StoreInUseException busy
                    ? busy.getMessage() + ": " + advice(busy, cmd.getCommandName()) : e.getMessage();
            cmd.getErr().println("legkg " + cmd.getCommandName() + ": " + kind + ": " + message);
            if (System.getenv("LEGKG_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return of(e);
        }

        /** What the user can do: it depends on who holds the store and on what they tried. */
        static String advice(StoreInUseException busy, String command) {
            String stop = busy.pid() > 0 ? "stop it (kill " + busy.pid() + ")" : "stop it";
            if (busy.legkgCommand().filter("serve"::equals).isEmpty())
                return "wait for it to finish, or " + stop + ", and run `legkg " + command + "` again";
            if (command.equals("query") || command.equals("export"))
                return stop + ", or let that server answer with `legkg " + command + " --endpoint URL`";
            return stop + " first";
        }
    }
}
