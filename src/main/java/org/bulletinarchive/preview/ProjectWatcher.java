package org.bulletinarchive.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the project's sources for the preview: folders with everything below them (folders made later included), and
 * single files. Changes are gathered until the files have been quiet for a moment (an editor's save is several events,
 * a copied issue folder many), then handed over at once. Hidden files (an editor's swap file, the build's locks) and
 * backups ending in {@code ~} are not changes to the site.
 */
final class ProjectWatcher implements AutoCloseable {

    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    /** Folders watched only for some of their files (the project folder, for jbake.properties). */
    private final Map<Path, Set<Path>> onlyFiles = new ConcurrentHashMap<>();
    private final Duration quiet;
    /** The watched trees' own folders (content/, templates/). */
    private final Set<Path> roots = ConcurrentHashMap.newKeySet();
    private Thread thread;

    ProjectWatcher(List<Path> trees, List<Path> files, Duration quiet) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        for (Path tree : trees) {
            if (Files.isDirectory(tree)) {
                registerTree(tree);
            }
            // its folder too, for the tree itself: removed and put back (git checkout, a restore), it is watched again
            Path root = tree.toAbsolutePath().normalize();
            roots.add(root);
            onlyFiles.computeIfAbsent(root.getParent(), f -> ConcurrentHashMap.newKeySet()).add(root);
            register(root.getParent());
        }
        for (Path file : files) {
            Path folder = file.toAbsolutePath().getParent();
            onlyFiles.computeIfAbsent(folder, f -> ConcurrentHashMap.newKeySet()).add(file.toAbsolutePath());
            register(folder);
        }
    }

    /** Starts watching on a thread of its own; {@code changed} is called there with the paths that changed. */
    void start(Consumer<List<Path>> changed) {
        thread = new Thread(() -> run(changed), "preview-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Consumer<List<Path>> changed) {
        try {
            while (true) {
                Map<Path, WatchEvent.Kind<?>> paths = new TreeMap<>();
                gather(watcher.take(), paths);
                // wait until nothing has changed for a moment, so that one save (or one copy) is one build
                for (WatchKey next; (next = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
                    gather(next, paths);
                }
                if (!paths.isEmpty()) {
                    changed.accept(List.copyOf(paths.keySet()));
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the preview stops
        }
    }

    /**
     * Adds the key's events to {@code paths}, with the first kind of change seen for each; a file made and deleted again
     * within one batch (an editor's or sed's temporary file) is no change at all.
     */
    private void gather(WatchKey key, Map<Path, WatchEvent.Kind<?>> paths) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                paths.putIfAbsent(folder, event.kind()); // too many changes to list: something in the folder changed
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String name = path.getFileName().toString();
            Set<Path> only = onlyFiles.get(folder);
            if (only != null ? !only.contains(path) : name.startsWith(".") || name.endsWith("~")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE && paths.get(path) == StandardWatchEventKinds.ENTRY_CREATE) {
                paths.remove(path);
            } else {
                paths.putIfAbsent(path, event.kind());
            }
            if ((only == null || roots.contains(path)) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException | UncheckedIOException e) {
                    // gone again already: nothing to watch
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, folder.toAbsolutePath());
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        if (thread != null) {
            thread.interrupt();
        }
    }
}
