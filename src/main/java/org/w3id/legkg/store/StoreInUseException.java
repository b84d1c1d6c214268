package org.w3id.legkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.w3id.legkg.LegkgException;

/**
 * Another process has the store's TDB2 database open: TDB2 lets one process at a time open it, and says only
 * "Failed to get a lock". Its lock file holds the owner's PID (as {@link BuildLock}'s does); from the PID the
 * owner's command line tells whether it is a {@code legkg} command, and which, so that the message can say
 * what to do.
 */
public class StoreInUseException extends LegkgException {
    /** TDB2's lock file in a database directory (org.apache.jena.tdb2.sys.Names.TDB_LOCK_FILE). */
    static final String TDB_LOCK_FILE = "tdb.lock";
    private static final String MAIN_CLASS = "org.w3id.legkg.cli.Main";

    private final long pid;
    private final String legkgCommand;

    StoreInUseException(Path buildDir, long pid, String legkgCommand, String otherCommand, Throwable cause) {
        super("the store " + buildDir + " is used by " + holder(pid, legkgCommand, otherCommand), cause);
        this.pid = pid;
        this.legkgCommand = legkgCommand;
    }

    /**
     * What to throw when opening the TDB2 database in {@code buildDir} failed with {@code failure}: this
     * exception if another live process holds the lock, else {@code failure} itself.
     */
    static RuntimeException explain(Path buildDir, RuntimeException failure) {
        long pid = ownerPid(StoreLayout.tdbDir(buildDir).resolve(TDB_LOCK_FILE));
        if (pid <= 0 || pid == ProcessHandle.current().pid()) return failure;
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) return failure; // a stale PID: the lock failed for another reason
        String command = process.get().info().command().orElse("");
        return new StoreInUseException(buildDir, pid, legkgCommand(arguments(process.get())).orElse(null), command, failure);
    }

    /**
     * The process's arguments. The JDK gives none on Linux when the command line is long (a test's class
     * path), so /proc is read then.
     */
    private static List<String> arguments(ProcessHandle process) {
        List<String> args = process.info().arguments().map(List::of).orElse(List.of());
        if (!args.isEmpty()) return args;
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return List.of(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The holder's PID, or -1 if it is unknown. */
    public long pid() { return pid; }

    /** The {@code legkg} command (serve, query, export…) that holds the store, if the holder is one. */
    public Optional<String> legkgCommand() { return Optional.ofNullable(legkgCommand); }

    private static String holder(long pid, String legkgCommand, String otherCommand) {
        if (legkgCommand != null) return "`legkg " + legkgCommand + "` (PID " + pid + ")";
        return "another process (PID " + pid + (otherCommand.isEmpty() ? "" : ", " + otherCommand) + ")";
    }

    /** The word after the jar or the main class: {@code java … -jar …/legkg.jar serve …} gives "serve". */
    static Optional<String> legkgCommand(List<String> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            String a = args.get(i);
            if (a.endsWith("legkg.jar") || a.equals(MAIN_CLASS)) {
                String verb = args.get(i + 1);
                return verb.startsWith("-") ? Optional.empty() : Optional.of(verb);
            }
        }
        return Optional.empty();
    }

    private static long ownerPid(Path lockFile) {
        try {
            String text = new String(Files.readAllBytes(lockFile), StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? -1 : Long.parseLong(text);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
