package dev.mizan.jpa;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests: {@code initdb} into a temporary directory, started on a
 * free loopback port, stopped by its PID and deleted on {@link #close}. As root it runs as the
 * {@code postgres} user (the server refuses root).
 */
public final class PostgresServer implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Process process;

    private PostgresServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("mizan-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "postgres:", dir.toString()));
        }
        Path data = dir.resolve("data");
        run(asUser(
                root,
                List.of(
                        bin.resolve("initdb").toString(),
                        "-D",
                        data.toString(),
                        "-U",
                        "mizan",
                        "-A",
                        "trust",
                        "-E",
                        "UTF8",
                        "--no-sync",
                        "--no-instructions")));
        int port = freePort();
        List<String> command = asUser(
                root,
                List.of(
                        bin.resolve("postgres").toString(),
                        "-D",
                        data.toString(),
                        "-p",
                        Integer.toString(port),
                        "-k",
                        dir.toString(),
                        "-c",
                        "listen_addresses=127.0.0.1",
                        "-c",
                        "fsync=off",
                        "-c",
                        "synchronous_commit=off",
                        "-c",
                        "full_page_writes=off"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile())
                .start();
        PostgresServer server = new PostgresServer(dir, port, process);
        server.awaitReady();
        return server;
    }

    /** The superuser that {@code initdb} created; it signs in without a password. */
    public String user() {
        return "mizan";
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (var connection = DriverManager.getConnection(url(), "mizan", "")) {
                return;
            } catch (SQLException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    String log = Files.readString(dir.resolve("server.log"));
                    close();
                    throw new IOException("PostgreSQL did not start: " + log, notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Stops the server by the PID in its postmaster.pid (fast shutdown), then deletes its files. */
    @Override
    public void close() throws IOException, InterruptedException {
        Path pidFile = dir.resolve("data/postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            ProcessHandle.of(pid).ifPresent(p -> {
                run(List.of("kill", "-INT", Long.toString(pid)));
                p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> Integer.parseInt(
                                b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IOException("PostgreSQL server binaries not found under /usr/lib/postgresql"
                + " (install the postgresql package; .ci/run does)");
    }

    private static List<String> asUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
