package io.spokes.sweep.run;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reports how many points of a sweep are done, with the rate and the time left: a progress bar on a
 * terminal, a plain line every few seconds otherwise (a log file, CI), or nothing. Thread-safe.
 */
public abstract class Progress implements AutoCloseable {
    /** Called from any thread as points finish. */
    public abstract void advance(long points);

    /** Starts the report: {@code total} points, of which {@code done} were finished by an earlier run. */
    public abstract void start(String task, long total, long done);

    @Override
    public abstract void close();

    public static Progress none() {
        return new Progress() {
            @Override
            public void advance(long points) {
            }

            @Override
            public void start(String task, long total, long done) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** A bar on a terminal (standard error); periodic lines when there is no terminal. */
    public static Progress auto(PrintWriter err) {
        return System.console() != null ? new Bar() : new Lines(err, Duration.ofSeconds(5));
    }

    /** A progress bar on standard error, terminal or not. */
    public static Progress bar() {
        return new Bar();
    }

    /** Plain lines at most every {@code every}, and a last line at the end. */
    public static Progress lines(PrintWriter out, Duration every) {
        return new Lines(out, every);
    }

    static final class Bar extends Progress {
        private ProgressBar bar;

        @Override
        public void start(String task, long total, long done) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).startsFrom(done, Duration.ZERO)
                    .setUnit(" pts", 1).showSpeed().setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .setUpdateIntervalMillis(500).build();
        }

        @Override
        public void advance(long points) {
            if (bar != null) {
                bar.stepBy(points);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    static final class Lines extends Progress {
        private final PrintWriter out;
        private final long everyNanos;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong lastReport = new AtomicLong();
        private String task;
        private long total;
        private long startDone;
        private long startNanos;

        Lines(PrintWriter out, Duration every) {
            this.out = out;
            this.everyNanos = every.toNanos();
        }

        @Override
        public void start(String task, long total, long done) {
            this.task = task;
            this.total = total;
            this.startDone = done;
            this.done.set(done);
            this.startNanos = System.nanoTime();
            this.lastReport.set(startNanos);
            synchronized (out) {
                out.println(task + ": " + total + " points" + (done > 0 ? ", " + done + " already done by an earlier run" : ""));
                out.flush();
            }
        }

        @Override
        public void advance(long points) {
            long d = done.addAndGet(points);
            long now = System.nanoTime();
            long last = lastReport.get();
            if (now - last >= everyNanos && lastReport.compareAndSet(last, now)) {
                report(d, now);
            }
        }

        private void report(long d, long now) {
            double seconds = (now - startNanos) / 1e9;
            double rate = seconds > 0 ? (d - startDone) / seconds : 0;
            String left = rate > 0 ? formatDuration((total - d) / rate) : "?";
            synchronized (out) {
                out.println(String.format(Locale.ROOT, "%s: %d/%d points (%.0f%%), %.0f points/s, %s left",
                        task, d, total, 100.0 * d / Math.max(1, total), rate, left));
                out.flush();
            }
        }

        @Override
        public void close() {
            if (task != null) {
                report(done.get(), System.nanoTime());
                task = null;
            }
        }
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
