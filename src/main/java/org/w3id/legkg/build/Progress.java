package org.w3id.legkg.build;

import java.io.PrintWriter;
import java.util.Locale;

/** Step-by-step progress lines with timings, for people watching a build. */
public final class Progress {
    public static final Progress SILENT = new Progress(null);

    private final PrintWriter out;
    private long stepStart;

    public Progress(PrintWriter out) {
        this.out = out;
    }

    public void start(String step) {
        stepStart = System.nanoTime();
        if (out != null) {
            out.printf(Locale.ROOT, "%-9s ", step);
            out.flush();
        }
    }

    /** Ends the current step with what it did and how long it took. */
    public void done(String detail) {
        if (out != null) {
            out.printf(Locale.ROOT, "%s (%.2f s)%n", detail, (System.nanoTime() - stepStart) / 1e9);
            out.flush();
        }
    }

    public void info(String line) {
        if (out != null) {
            out.println(line);
            out.flush();
        }
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
