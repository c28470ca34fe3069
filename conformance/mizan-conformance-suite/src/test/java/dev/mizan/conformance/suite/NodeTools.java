package dev.mizan.conformance.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's Node tooling (tsc, rolldown, node) for the TypeScript client probes,
 * installing the npm workspaces and building the kernel first when a fresh checkout lacks them.
 */
final class NodeTools {

    private NodeTools() {}

    /**
     * The outcome of one command.
     *
     * @param exitCode the process's exit status
     * @param output standard output and error, interleaved
     */
    record Run(int exitCode, String output) {}

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
                throw new AssertionError("cannot read " + packageJson + ": " + e, e);
            }
            dir = dir.getParent();
        }
        throw new AssertionError("no npm workspace root above " + Path.of("").toAbsolutePath());
    }

    /** Makes sure the workspaces are installed and the kernel is built, as bin/test's steps do. */
    static void prepare(Path root) {
        if (!Files.isExecutable(root.resolve("node_modules/.bin/tsc"))) {
            require(run(root, 600, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), "npm ci");
        }
        if (!Files.isRegularFile(root.resolve("frontends/mizan-base/dist/index.js"))) {
            require(run(root, 300, "npm", "run", "--silent", "build:kernel"), "npm run build:kernel");
        }
    }

    /** Runs a command in a directory and returns its outcome; a timeout fails the probe. */
    static Run run(Path dir, long timeoutSeconds, String... command) {
        return run(dir, timeoutSeconds, List.of(command), Map.of());
    }

    /** Runs a command with extra environment variables. */
    static Run run(Path dir, long timeoutSeconds, List<String> command, Map<String, String> environment) {
        List<String> line = new ArrayList<>(command);
        try {
            Path log = Files.createTempFile("mizan-node", ".log");
            ProcessBuilder builder = new ProcessBuilder(line);
            builder.environment().putAll(environment);
            Process process = builder.directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", line) + " took longer than " + timeoutSeconds + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", line) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Fails the probe with the command's output unless it succeeded. */
    static Run require(Run run, String what) {
        if (run.exitCode() != 0) {
            throw new AssertionError(what + " exited with " + run.exitCode() + ":\n" + run.output());
        }
        return run;
    }
}
