package org.w3id.legkg.build;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Step-by-step progress lines with timings, for people watching a build. Steps may run on several threads
 * at once, so each line is printed whole when its step ends: name, what it did and its wall time; with
 * {@code -Dlegkg.progress.cpu=true} (the benchmarks) also the CPU time of the thread that ran it.
 */
public final class Progress {
    public static final Progress SILENT = new Progress(null);
    private static final boolean SHOW_CPU = Boolean.getBoolean("legkg.progress.cpu");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PrintWriter out;
    /** The step started by {@link #start} on each thread. */
    private final ThreadLocal<Step> current = new ThreadLocal<>();

    public Progress(PrintWriter out) {
        this.out = out;
    }

    /** Starts a step on this thread; {@link #done} on the same thread ends it. */
    public void start(String step) {
        current.set(begin(step));
    }

    /**
     * As {@link #start}, for a step that runs while nothing else does but on several threads (the parse):
     * the CPU time shown is the whole process's.
     */
    public void startAlone(String step) {
        current.set(new Step(step, true));
    }

    /** Ends this thread's current step with what it did. */
    public void done(String detail) {
        Step step = current.get();
        current.remove();
        if (step != null) step.done(detail);
    }

    /** A step to end with {@link Step#done}, on the thread that began it. */
    public Step begin(String name) {
        return new Step(name, false);
    }

    public void info(String line) {
        if (out != null) {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    public final class Step {
        private final String name;
        private final boolean wholeProcess;
        private final long wallStart = System.nanoTime();
        private final long cpuStart;

        private Step(String name, boolean wholeProcess) {
            this.name = name;
            this.wholeProcess = wholeProcess;
            this.cpuStart = cpuNanos();
        }

        private long cpuNanos() {
            return wholeProcess ? processCpuNanos() : threadCpuNanos();
        }

        public void done(String detail) {
            if (out == null) return;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            info(SHOW_CPU ? String.format(Locale.ROOT, "%-9s %s (%.2f s, CPU %.2f s)", name, detail, wall, (cpuNanos() - cpuStart) / 1e9)
                    : String.format(Locale.ROOT, "%-9s %s (%.2f s)", name, detail, wall));
        }
    }
}
