package dev.mizan.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Watch mode: polls files and directory trees and runs an action once at start and again after
 * every change has settled (debounced: the trees stayed the same for a quiet period of at least
 * two polls and 300 ms, so a compiler rewriting a class directory is waited for). An action that
 * throws is reported on standard error and watching goes on: the watcher never dies of a bad
 * input. Polling needs no native file events, sees
 * changes made by any tool (an IDE build, {@code mvn compile}, a rewritten IR file) and costs a
 * directory walk per interval.
 */
public final class Watcher {

    private final List<Path> paths;
    private final Duration interval;
    private final Duration quiet;

    /**
     * @param paths files or directories to watch; a missing one counts as empty until it appears
     * @param interval the polling interval
     */
    public Watcher(List<Path> paths, Duration interval) {
        this.paths = List.copyOf(paths);
        this.interval = interval;
        Duration twoPolls = interval.multipliedBy(2);
        this.quiet = twoPolls.compareTo(MIN_QUIET) > 0 ? twoPolls : MIN_QUIET;
    }

    private static final Duration MIN_QUIET = Duration.ofMillis(300);

    /** Runs {@code action} now and after each settled change, until the thread is interrupted. */
    public void run(Runnable action) {
        long seen = fingerprint();
        guarded(action);
        long pending = seen;
        long pendingSince = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = fingerprint();
            if (now != pending) {
                pending = now;
                pendingSince = System.nanoTime();
            } else if (now != seen && System.nanoTime() - pendingSince >= quiet.toNanos()) {
                seen = now;
                guarded(action);
            }
        }
    }

    private static void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | LinkageError e) {
            System.err.println("error: " + e + " (watching goes on; the previous output stays)");
            System.err.flush();
        }
    }

    /** A hash of the path, size and modification time of every watched file. */
    public long fingerprint() {
        long hash = 17;
        for (Path path : paths) {
            hash = 31 * hash + tree(path);
        }
        return hash;
    }

    private static long tree(Path root) {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .mapToLong(Watcher::stamp)
                    .reduce(1, (a, b) -> 31 * a + b);
        } catch (IOException | UncheckedIOException e) {
            // A tree being rewritten (a compiler deleting classes) is read again at the next poll.
            return -1;
        }
    }

    private static long stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Objects.hash(file.toString(), attributes.size(), attributes.lastModifiedTime());
        } catch (IOException e) {
            return -1;
        }
    }
}
