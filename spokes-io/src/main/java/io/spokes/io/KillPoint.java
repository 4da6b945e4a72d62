package io.spokes.io;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named moments where a test can stop the process in order to kill it with SIGKILL at exactly that
 * moment, instead of relying on timing luck: a sweep's life (creating its folder, writing a chunk,
 * joining the table; {@code KilledSweepPhasesTest}) and the publishing of a set of files by
 * {@link AtomicOutput#writeTogether} ({@code ReportKillTest}). Inert unless the JVM is started with
 * {@code -Dspokes.test.haltAt=NAME} or {@code NAME:N} (the N-th time NAME is reached, default the
 * first): the process then prints {@link #HALTED} and the name to standard error and waits forever,
 * holding whatever files it has open or half written. Without the property, {@link #reach} returns
 * at once. The sweep's names are listed in docs/sweeps.md ("Resuming, and what is written when"); a name
 * holds no colon.
 */
public final class KillPoint {
    public static final String PROPERTY = "spokes.test.haltAt";
    /** What the process prints when it stops at a point, followed by the point's name. */
    public static final String HALTED = "spokes.test.haltAt: halted at ";

    private static final String NAME;
    private static final int NTH;
    private static final AtomicInteger SEEN = new AtomicInteger();

    static {
        String at = System.getProperty(PROPERTY, "");
        int colon = at.indexOf(':');
        NAME = at.isEmpty() ? null : colon < 0 ? at : at.substring(0, colon);
        NTH = colon < 0 ? 1 : Integer.parseInt(at.substring(colon + 1));
    }

    private KillPoint() {
    }

    /** Returns at once, unless a test asked the process to stop here. */
    public static void reach(String name) {
        if (NAME == null || !NAME.equals(name) || SEEN.incrementAndGet() != NTH) {
            return;
        }
        System.err.println(HALTED + name);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep still: only the test's SIGKILL ends this process
            }
        }
    }
}
