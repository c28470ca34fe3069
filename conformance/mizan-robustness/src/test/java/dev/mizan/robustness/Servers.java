package dev.mizan.robustness;

import dev.mizan.conformance.fixture.spring.FixtureApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The servers under attack, started once per test run and stopped when the JVM exits: the
 * conformance fixture (in-process, or the server at {@code -Dmizan.conformance.url}) and the task
 * board (its jar as a separate process on a free loopback port, or {@code -Dmizan.robustness.board.url}).
 */
final class Servers {

    private static @Nullable URI fixture;
    private static @Nullable URI board;

    private Servers() {}

    /** The fixture's Mizan base URL. */
    static synchronized URI fixture() {
        if (fixture == null) {
            String url = System.getProperty("mizan.conformance.url", "").strip();
            if (!url.isEmpty()) {
                fixture = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            } else {
                ConfigurableApplicationContext app = new SpringApplication(FixtureApplication.class)
                        .run(
                                "--server.port=0",
                                "--server.address=127.0.0.1",
                                "--mizan.body-read-timeout=2s",
                                "--logging.level.root=WARN");
                Runtime.getRuntime().addShutdownHook(new Thread(app::close));
                String port = app.getEnvironment().getRequiredProperty("local.server.port");
                fixture = URI.create("http://127.0.0.1:" + port + "/api/mizan");
            }
        }
        return fixture;
    }

    /** The task board's Mizan base URL. */
    static synchronized URI board() {
        if (board == null) {
            String url = System.getProperty("mizan.robustness.board.url", "").strip();
            board = url.isEmpty()
                    ? startBoard()
                    : URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        return board;
    }

    private static URI startBoard() {
        Path jar = Path.of(System.getProperty("mizan.robustness.board.jar", ""));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no task board jar at " + jar + ": build examples/taskboard/backend first");
        }
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log;
        Process process;
        try {
            log = Files.createTempFile("mizan-robustness-board", ".log");
            process = new ProcessBuilder(List.of(
                            java,
                            "-jar",
                            jar.toString(),
                            "--server.port=" + port,
                            "--server.address=127.0.0.1",
                            "--mizan.body-read-timeout=2s",
                            "--logging.level.root=WARN"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the task board", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
        URI base = URI.create("http://127.0.0.1:" + port + "/api/mizan");
        awaitReady(base, process, log.toFile());
        return base;
    }

    private static void awaitReady(URI base, Process process, File log) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the task board exited; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/session/"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop(process);
        throw new IllegalStateException("the task board did not answer within 120 s; see " + log);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
