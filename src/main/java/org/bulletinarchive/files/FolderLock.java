package org.bulletinarchive.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.bulletinarchive.errors.ArchiveException;

/**
 * An exclusive lock on a folder that a build or an import writes, so that two runs never write it at
 * once: an OS file lock on a small lock file, which vanishes with the process that held it (a lock file
 * left by a killed run never blocks), plus an in-process lock so threads of one JVM wait for each other
 * too. A second run waits a few seconds, then refuses with who holds the lock since when. Re-entrant
 * within one thread.
 */
public final class FolderLock implements AutoCloseable {

    /** How long a second run waits by default; {@code -Dbulletinarchive.lock.wait.ms=…} changes it. */
    public static final Duration DEFAULT_WAIT = Duration.ofMillis(Long.getLong("bulletinarchive.lock.wait.ms", 5_000));

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    /** Who holds each lock of this process, as written into the lock file (another thread may wait before it is written). */
    private static final Map<Path, String> HOLDERS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path key;
    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path key, ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.key = key;
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock a build holds on its site folder: {@code .<name>.lock} beside it. */
    public static FolderLock forSite(Path site, String shown, Duration wait) {
        Path file = site.resolveSibling("." + site.getFileName() + ".lock");
        return acquire(file, "build", shown, wait);
    }

    /**
     * The lock an import holds on the content folder while it compares and writes an issue:
     * {@code .content.lock} beside the folder (not in it, where it would be taken for content).
     */
    public static FolderLock forContent(Path contentRoot) {
        Path folder = contentRoot.toAbsolutePath().normalize();
        return acquire(folder.resolveSibling("." + folder.getFileName() + ".lock"), "import", contentRoot.toString(), DEFAULT_WAIT);
    }

    /**
     * Takes the lock in {@code lockFile}, waiting up to {@code wait}; {@code activity} (build, import)
     * and {@code shown} (the folder as the user named it) go into the refusal.
     */
    public static FolderLock acquire(Path lockFile, String activity, String shown, Duration wait) {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!inProcess.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(key, activity, shown, true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(key, activity, shown, true);
        }
        if (inProcess.getHoldCount() > 1) {
            return new FolderLock(key, inProcess, null, null);
        }
        String holder = activity + " by process " + ProcessHandle.current().pid() + " since " + LocalDateTime.now().format(SINCE) + "\n";
        HOLDERS.put(key, holder);
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            while (true) {
                // a byte far past the end is locked, not the text, so that a waiting run can read who holds it
                // (Windows forbids reading a locked range)
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    holder = activity + " by process " + ProcessHandle.current().pid() + " since " + LocalDateTime.now().format(SINCE) + "\n";
                    HOLDERS.put(key, holder);
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                    channel.force(false);
                    return new FolderLock(key, inProcess, channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    throw busy(key, activity, shown, false);
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            close(channel);
            HOLDERS.remove(key);
            inProcess.unlock();
            throw new ArchiveException(key.toString(), 0, 0, "cannot take the lock that keeps two runs from writing " + shown
                    + " at once: " + e.getMessage() + "; check that you may write in " + key.getParent() + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            HOLDERS.remove(key);
            inProcess.unlock();
            throw busy(key, activity, shown, false);
        } catch (RuntimeException e) {
            close(channel);
            HOLDERS.remove(key);
            inProcess.unlock();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(Long.MAX_VALUE - 1, 1, false);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** {@code inProcess}: another thread of this process holds the lock, else another process does. */
    private static LockedException busy(Path lockFile, String activity, String shown, boolean inProcess) {
        String holder = inProcess ? HOLDERS.getOrDefault(lockFile, "").strip() : "";
        if (holder.isEmpty()) {
            try {
                holder = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            } catch (IOException | RuntimeException e) {
                // no details: the refusal still says what to do
            }
        }
        String since = holder.contains(" since ") ? " (" + holder.substring(holder.indexOf(" since ") + 1)
                + (holder.contains("process ") ? ", " + holder.substring(holder.indexOf("process "), holder.indexOf(" since ")) : "") + ")" : "";
        String other = holder.startsWith("import") ? "import" : holder.startsWith("build") ? "build" : activity;
        return new LockedException(shown, "another " + other + " is writing " + shown + since + "; try again when it has finished.");
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing releases the OS lock either way
            }
        }
    }

    /** Releases the lock; the lock file stays (deleting it would let a waiting run lock a file no one else sees). */
    @Override
    public void close() {
        try {
            if (lock != null) {
                try {
                    lock.release();
                } catch (IOException e) {
                    // closing the channel below releases it too
                }
                close(channel);
                HOLDERS.remove(key);
            }
        } finally {
            inProcess.unlock();
        }
    }

    /** Another run holds the lock. */
    public static final class LockedException extends ArchiveException {
        LockedException(String folder, String problem) {
            super("", 0, 0, problem, null);
        }
    }
}
