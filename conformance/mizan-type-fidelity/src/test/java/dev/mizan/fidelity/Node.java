package dev.mizan.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the repository's Node tooling (tsc, rolldown, node) for the suite. */
final class Node {

    private Node() {}

    /** The repository root: the nearest ancestor holding the npm workspaces' package.json. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path packageJson = dir.resolve("package.json");
            try {
                if (Files.isRegularFile(packageJson)
                        && Files.readString(packageJson).contains("\"workspaces\"")) {
                    return dir;
                }
            } catch (IOException e) {
                throw new AssertionError("cannot read " + packageJson, e);
            }
            dir = dir.getParent();
        }
        throw new AssertionError("no npm workspace root above " + Path.of("").toAbsolutePath());
    }

    /** The workspaces installed and the kernel built, as bin/test's steps do. */
    static void prepare() {
        Path root = root();
        if (!Files.isExecutable(root.resolve("node_modules/.bin/tsc"))) {
            run(root, 600, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        if (!Files.isRegularFile(root.resolve("frontends/mizan-base/dist/index.js"))) {
            run(root, 300, "npm", "run", "--silent", "build:kernel");
        }
    }

    /** A tool from the workspace's node_modules/.bin. */
    static String bin(String name) {
        return root().resolve("node_modules/.bin").resolve(name).toString();
    }

    /** Runs a command in a directory; a non-zero exit or a timeout fails with its output. */
    static String run(Path dir, long timeoutSeconds, String... command) {
        try {
            Path log = Files.createTempFile("mizan-fidelity", ".log");
            Process process = new ProcessBuilder(List.of(command))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (process.exitValue() != 0) {
                throw new AssertionError(
                        String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
