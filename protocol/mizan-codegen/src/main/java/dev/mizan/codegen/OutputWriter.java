package dev.mizan.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes generated files into an output directory that may hold other files too. Only files this
 * generator wrote are replaced or removed: those listed in the manifest of the previous run or
 * starting with the generated header. Unchanged files are not touched (so a dev server does not
 * reload), changed ones are staged in a temporary directory and moved into place.
 */
final class OutputWriter {

    /** The manifest listing the files of the last run, one relative path per line. */
    static final String MANIFEST = ".mizan-generated";

    private static final String STAGING = ".mizan-staging";

    private OutputWriter() {}

    static WriteResult write(Path outDir, List<GeneratedFile> files) {
        try {
            Files.createDirectories(outDir);
            Set<String> previous = readManifest(outDir);
            Map<String, GeneratedFile> changed = new LinkedHashMap<>();
            List<String> unchanged = new ArrayList<>();
            for (GeneratedFile file : files) {
                Path target = outDir.resolve(file.path());
                if (!Files.exists(target)) {
                    changed.put(file.path(), file);
                } else if (Files.readString(target, StandardCharsets.UTF_8).equals(file.content())) {
                    unchanged.add(file.path());
                } else if (previous.contains(file.path()) || isGenerated(target)) {
                    changed.put(file.path(), file);
                } else {
                    throw new CodegenException("refusing to overwrite " + target
                            + ": it exists and was not written by mizan-codegen (no generated header)");
                }
            }
            replace(outDir, changed);
            Set<String> current = new TreeSet<>();
            files.forEach(f -> current.add(f.path()));
            List<String> removed = removeStale(outDir, previous, current);
            writeManifest(outDir, current);
            return new WriteResult(List.copyOf(changed.keySet()), unchanged, removed);
        } catch (IOException e) {
            throw new CodegenException("cannot write the generated files into " + outDir + ": " + e, e);
        }
    }

    /**
     * What writing {@code files} would change, without writing: files missing or out of date, and
     * stale generated files it would remove; empty when the output is up to date.
     */
    static List<String> differences(Path outDir, List<GeneratedFile> files) {
        try {
            List<String> differences = new ArrayList<>();
            Set<String> current = new TreeSet<>();
            for (GeneratedFile file : files) {
                current.add(file.path());
                Path target = outDir.resolve(file.path());
                if (!Files.exists(target)) {
                    differences.add("missing: " + file.path());
                } else if (!Files.readString(target, StandardCharsets.UTF_8).equals(file.content())) {
                    differences.add("out of date: " + file.path());
                }
            }
            for (String path : Files.isDirectory(outDir) ? readManifest(outDir) : Set.<String>of()) {
                Path file = outDir.resolve(path).normalize();
                if (!current.contains(path) && Files.isRegularFile(file) && isGenerated(file)) {
                    differences.add("stale: " + path);
                }
            }
            return differences;
        } catch (IOException e) {
            throw new CodegenException("cannot read the generated files in " + outDir + ": " + e, e);
        }
    }

    private static void replace(Path outDir, Map<String, GeneratedFile> changed) throws IOException {
        if (changed.isEmpty()) {
            return;
        }
        Path staging = outDir.resolve(STAGING);
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            for (GeneratedFile file : changed.values()) {
                Path staged = staging.resolve(file.path());
                Files.createDirectories(staged.getParent());
                Files.writeString(staged, file.content(), StandardCharsets.UTF_8);
            }
            for (GeneratedFile file : changed.values()) {
                Path target = outDir.resolve(file.path());
                Files.createDirectories(target.getParent());
                move(staging.resolve(file.path()), target);
            }
        } finally {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> removeStale(Path outDir, Set<String> previous, Set<String> current) throws IOException {
        List<String> removed = new ArrayList<>();
        for (String path : previous) {
            Path file = outDir.resolve(path).normalize();
            if (current.contains(path) || !file.startsWith(outDir.normalize()) || !Files.isRegularFile(file)) {
                continue;
            }
            if (isGenerated(file)) {
                Files.delete(file);
                removed.add(path);
            }
        }
        return removed;
    }

    private static boolean isGenerated(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && GeneratedFile.isGenerated(first);
        } catch (java.nio.charset.MalformedInputException e) {
            return false;
        }
    }

    private static Set<String> readManifest(Path outDir) throws IOException {
        Path manifest = outDir.resolve(MANIFEST);
        Set<String> paths = new TreeSet<>();
        if (Files.isRegularFile(manifest)) {
            Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(paths::add);
        }
        return paths;
    }

    private static void writeManifest(Path outDir, Set<String> paths) throws IOException {
        StringBuilder text =
                new StringBuilder("# Files written by mizan-codegen; stale ones are removed on the next run.\n");
        paths.forEach(p -> text.append(p).append('\n'));
        Path manifest = outDir.resolve(MANIFEST);
        if (Files.isRegularFile(manifest) && Files.readString(manifest).contentEquals(text)) {
            return;
        }
        Path temp = outDir.resolve(MANIFEST + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        move(temp, manifest);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
