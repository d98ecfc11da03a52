package org.bulletinarchive.guide;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run as the editor runs it: in a terminal (a pseudo-terminal made by util-linux's {@code script}, so that
 * the program sees a console and draws its progress line), in the project folder, with the same {@code java} as the
 * tests. What it printed is read back as the screen shows it: a line drawn over ({@code \r}, erase to its end) leaves
 * only what was drawn last.
 */
final class Terminal implements AutoCloseable {

    private final Process process;
    private final StringBuffer raw = new StringBuffer();
    private final Thread reader;
    private int mark;

    private Terminal(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "terminal");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command} (as typed, e.g. {@code java -jar target/bulletin-archive.jar serve}) in {@code folder}. */
    static Terminal start(Path folder, String command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("script", "-qefc", command, "/dev/null").directory(folder.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        // file names such as 收文/第18期.docx reach the program as they are typed
        env.put("LANG", "C.UTF-8");
        env.put("TERM", "xterm");
        return new Terminal(builder.start());
    }

    /** Runs {@code command} to its end and returns the screen. */
    static String run(Path folder, String command) throws Exception {
        try (Terminal terminal = start(folder, command)) {
            terminal.waitForExit(Duration.ofMinutes(3));
            return terminal.screen();
        }
    }

    private void read() {
        try (java.io.Reader in = new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                raw.append(buffer, 0, n);
            }
        } catch (IOException e) {
            // the command ended
        }
    }

    /** Types Ctrl-C, as the editor does to stop serve. */
    void ctrlC() throws IOException {
        OutputStream keys = process.getOutputStream();
        keys.write(3);
        keys.flush();
    }

    void waitForExit(Duration limit) throws Exception {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the command did not end within " + limit + "; it printed:\n" + screen());
        }
        reader.join(5000);
    }

    /** Waits until the screen shows {@code text}. */
    void waitFor(String text, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!screen().contains(text)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("'" + text + "' did not appear within " + limit + "; the screen:\n" + screen());
            }
            Thread.sleep(100);
        }
    }

    /** Waits until {@code text} appears among what was printed since the last {@link #sinceLast()}. */
    void waitForNew(String text, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!rendered(raw.substring(mark)).contains(text)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("'" + text + "' did not appear within " + limit + "; the screen:\n" + screen());
            }
            Thread.sleep(100);
        }
    }

    /** Everything on the screen so far, as it looks. */
    String screen() {
        return rendered(raw.toString());
    }

    /** What appeared on the screen since the last call (the first call: since the start). */
    String sinceLast() {
        String all = raw.toString();
        String shown = rendered(all.substring(mark));
        mark = all.length();
        return shown;
    }

    /** The text as a terminal shows it: {@code \r} goes back to the line's start, ESC[K erases to its end. */
    static String rendered(String output) {
        StringBuilder screen = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            StringBuilder shown = new StringBuilder();
            int cursor = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\r') {
                    cursor = 0;
                } else if (c == '\033' && line.startsWith("[K", i + 1)) {
                    shown.setLength(cursor);
                    i += 2;
                } else if (cursor < shown.length()) {
                    shown.setCharAt(cursor++, c);
                } else {
                    shown.append(c);
                    cursor++;
                }
            }
            screen.append(shown).append('\n');
        }
        // the split leaves one empty line after the last line end
        return screen.substring(0, screen.length() - 1);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
