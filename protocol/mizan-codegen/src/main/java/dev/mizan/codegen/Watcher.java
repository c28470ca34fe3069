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
 * every change has settled (two polls in a row agree). Polling needs no native file events, sees
 * changes made by any tool (an IDE build, {@code mvn compile}, a rewritten IR file) and costs a
 * directory walk per interval.
 */
public final class Watcher {

    private final List<Path> paths;
    private final Duration interval;

    /**
     * @param paths files or directories to watch; a missing one counts as empty until it appears
     * @param interval the polling interval
     */
    public Watcher(List<Path> paths, Duration interval) {
        this.paths = List.copyOf(paths);
        this.interval = interval;
    }

    /** Runs {@code action} now and after each settled change, until the thread is interrupted. */
    public void run(Runnable action) {
        long seen = fingerprint();
        action.run();
        long pending = seen;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = fingerprint();
            if (now != seen && now == pending) {
                seen = now;
                action.run();
            }
            pending = now;
        }
    }

    /** A hash of the path, size and modification time of every watched file. */
    long fingerprint() {
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
