package org.bulletinarchive.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What a long command shows while it runs. On a terminal: one line, redrawn in place ({@code \r}) with the stage, its
 * counts and the time so far, cleared at the end for one summary line. Elsewhere (a log, a pipe, a test): each stage
 * line as it comes, then the summary. With {@code --quiet}: only the summary. Warnings and errors always go to
 * standard error, above the progress line.
 */
final class Progress implements Consumer<String>, AutoCloseable {

    /** The build's stages in the order SiteBuilder runs them, to say which one is running. */
    static final List<String> BUILD_STAGES = List.of("load", "originals", "model", "assets", "search", "pages", "links", "zip", "war", "publish");
    /** A run shorter than this never draws the line, so that quick runs do not flicker. */
    private static final long QUIET_MILLIS = 500;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile Supplier<String> status = () -> "";
    private boolean drawn;

    Progress(PrintStream out, PrintStream err, boolean terminal, boolean quiet) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.ticker = terminal && !quiet ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::draw, QUIET_MILLIS, 200, TimeUnit.MILLISECONDS);
        }
    }

    /** Progress on standard output, redrawn in place when it is a terminal ({@code System.console() != null}). */
    static Progress start(boolean quiet) {
        return new Progress(System.out, System.err, System.console() != null, quiet);
    }

    /** Whether the line is drawn (a terminal, not quiet): then the lines it is given are not printed. */
    boolean live() {
        return ticker != null;
    }

    /** What the line says now, without the time (added when drawn), e.g. "[6/10] pages: 3120 rendered". */
    void status(Supplier<String> text) {
        this.status = text;
    }

    /** A line of the run: a warning or error is printed at once (above the progress line); others unless live or quiet. */
    @Override
    public synchronized void accept(String line) {
        // a note says something was removed or not reused: seen on a terminal and with --quiet, as a warning is
        if (line.startsWith("warning: ") || line.startsWith("error: ") || line.startsWith("note: ")) {
            clear();
            err.println(line);
            return;
        }
        if (!live() && !quiet) {
            out.println(line);
        }
    }

    /** Prints text that stays (a report, a table) above the progress line. */
    synchronized void above(String text) {
        clear();
        out.print(text);
        out.flush();
    }

    /** The time since the start, as people read it: 850 ms, 2.4 s. */
    String elapsed() {
        long ms = (System.nanoTime() - start) / 1_000_000;
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** Ends the progress line and prints the one summary line (also when quiet). */
    synchronized void done(String summary) {
        stop();
        clear();
        out.println(summary);
    }

    private synchronized void draw() {
        String text = status.get();
        if (!text.isEmpty()) {
            out.print("\r\033[K" + text + " … " + elapsed());
            out.flush();
            drawn = true;
        }
    }

    private void clear() {
        if (drawn) {
            out.print("\r\033[K");
            out.flush();
            drawn = false;
        }
    }

    private void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    @Override
    public synchronized void close() {
        stop();
        clear();
    }

    /**
     * Follows a build's stage lines ({@code load:   1 issues in 75 ms}) to say which stage runs now and, for the pages,
     * how many are rendered so far ({@code pages}); the line stays short enough for an 80-column terminal.
     */
    static final class BuildStages implements Consumer<String> {
        private final Progress progress;
        private volatile int done;
        private volatile IntSupplier pages = () -> 0;

        BuildStages(Progress progress) {
            this.progress = progress;
            progress.status(() -> {
                int next = Math.min(done, BUILD_STAGES.size() - 1);
                String stage = BUILD_STAGES.get(next);
                String count = stage.equals("pages") ? ": " + pages.getAsInt() + " rendered" : "";
                return "building [" + (next + 1) + "/" + BUILD_STAGES.size() + "] " + stage + count;
            });
        }

        /** Where the count of pages rendered so far comes from (the running SiteBuilder). */
        void pages(IntSupplier rendered) {
            this.pages = rendered;
        }

        @Override
        public void accept(String line) {
            String name = line.contains(":") ? line.substring(0, line.indexOf(':')) : "";
            int index = BUILD_STAGES.indexOf(name);
            if (index >= 0) {
                done = index + 1;
            }
            progress.accept(line);
        }
    }
}
