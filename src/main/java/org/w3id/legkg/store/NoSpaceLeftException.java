package org.w3id.legkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.w3id.legkg.LegkgException;

/**
 * The file system filled up while something was written. Libraries bury the cause: TDB2 wraps the
 * {@code IOException} in its own exceptions, or, writing through a memory-mapped file, dies with a bare
 * {@code InternalError} ("a fault occurred in a recent unsafe memory access operation"), and a failure while
 * cleaning up may stand in front of it. {@link #explains} looks through all of that.
 */
public class NoSpaceLeftException extends LegkgException {
    /** What the OS says, in the JDK's words (strerror of ENOSPC); EDQUOT is the same for the user. */
    private static final String[] MESSAGES = {"No space left on device", "Disk quota exceeded"};
    /** Below this, a fault in a memory-mapped write is taken for a full file system. */
    static final long NEARLY_FULL_BYTES = 1 << 20;

    public NoSpaceLeftException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when {@code failure} came from a full file system: an exception in its causes or suppressed
     * exceptions says so, or a write to a memory-mapped file faulted while the file system holding {@code dir}
     * has (almost) nothing left. Call it before removing what was written: that frees the space.
     */
    public static boolean explains(Throwable failure, Path dir) {
        boolean mappedWriteFault = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.push(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) continue;
            if (t instanceof IOException && saysNoSpace(t.getMessage())) return true;
            if (t instanceof InternalError && t.getMessage() != null && t.getMessage().contains("unsafe memory access"))
                mappedWriteFault = true;
            if (t.getCause() != null) todo.push(t.getCause());
            for (Throwable s : t.getSuppressed()) todo.push(s);
        }
        return mappedWriteFault && usableSpace(dir) < NEARLY_FULL_BYTES;
    }

    private static boolean saysNoSpace(String message) {
        if (message == null) return false;
        for (String m : MESSAGES) if (message.contains(m)) return true;
        return false;
    }

    private static long usableSpace(Path dir) {
        try {
            Path existing = dir;
            while (existing != null && !Files.exists(existing)) existing = existing.getParent();
            return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
