package dev.mizan.ssr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.ssr.RenderResult.Fallback;
import dev.mizan.ssr.RenderResult.Reason;
import dev.mizan.ssr.RenderResult.Rendered;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The pool with real Node workers over the real protocol, and a plain-JS server entry (ssr-test/entry.mjs). */
class SsrPoolTest {

    static Path resource(String name) {
        try {
            return Path.of(SsrPoolTest.class.getResource("/ssr-test/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SsrSettings settings() {
        return SsrSettings.of(resource("entry.mjs"), resource("index.html"))
                .withWorkers(1)
                .withRenderTimeout(Duration.ofSeconds(3));
    }

    /** Answers every read with a title naming the project and the thread that answered. */
    static ContextReader titles(List<String> seen) {
        return (name, params) -> {
            seen.add(name + " " + params + " on " + Thread.currentThread().getName());
            String id = params.get("projectId");
            return id.equals("404")
                    ? new ContextReader.Answer(
                            404, "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"no\",\"details\":{}}}")
                    : new ContextReader.Answer(
                            200, "{\"title\":\"Project " + id + " </script><script>alert(1)</script>\u2028\"}");
        };
    }

    @Test
    void rendersThePageAskingTheReaderOnTheCallingThreadAndEmbedsTheStateEscaped() {
        try (SsrPool pool = SsrPool.start(settings())) {
            List<String> seen = new CopyOnWriteArrayList<>();
            Thread.currentThread().setName("the-request");
            RenderResult result = pool.render("/projects/7", titles(seen), 41L);
            assertThat(result).isInstanceOf(Rendered.class);
            String html = ((Rendered) result).html();
            assertThat(seen).containsExactly("project {projectId=7} on the-request");
            assertThat(html)
                    .startsWith(
                            "<!doctype html><html><head><script type=\"module\" src=\"/assets/app.js\"></script></head><body><div id=\"root\"><h1>Project 7 </script><script>alert(1)</script>\u2028</h1>");
            String state = html.substring(html.indexOf("<script id=\"mizan-state\""));
            assertThat(state)
                    .startsWith(
                            "<script id=\"mizan-state\" type=\"application/json\">{\"contexts\":[{\"name\":\"project\"")
                    .contains("Project 7 \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u2028")
                    .endsWith(",\"seq\":41}</script></body></html>\n");
            assertThat(pool.stats().rendered()).isEqualTo(1);
            // The reader's refusal reaches the page as the status GET /ctx/ would have.
            assertThat(((Rendered) pool.render("/projects/404", titles(seen))).html())
                    .contains("<p>404</p>");
        }
    }

    @Test
    void aPageThatThrowsFallsBackAndTheWorkerGoesOnServing() {
        try (SsrPool pool = SsrPool.start(settings())) {
            long pid = pool.pids().getFirst();
            assertThat(pool.render("/throws", titles(new ArrayList<>()))).isEqualTo(new Fallback(Reason.RENDER_ERROR));
            assertThat(pool.render("/projects/1", titles(new ArrayList<>()))).isInstanceOf(Rendered.class);
            assertThat(pool.pids()).containsExactly(pid);
            assertThat(pool.stats().fallbacks(Reason.RENDER_ERROR)).isEqualTo(1);
        }
    }

    @Test
    void aWorkerKilledMidRenderFallsBackAndIsReplaced() {
        try (SsrPool pool = SsrPool.start(settings())) {
            long pid = pool.pids().getFirst();
            // The worker is killed (SIGKILL) while it waits for the answer to its context read.
            ContextReader killer = (name, params) -> {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                waitFor(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
                return new ContextReader.Answer(200, "{\"title\":\"late\"}");
            };
            assertThat(pool.render("/projects/1", killer)).isEqualTo(new Fallback(Reason.CRASH));
            waitFor(() -> pool.pids().size() == 1);
            assertThat(pool.pids()).doesNotContain(pid);
            assertThat(pool.render("/projects/2", titles(new ArrayList<>()))).isInstanceOf(Rendered.class);
            // A worker that exits by itself mid-render likewise.
            assertThat(pool.render("/exits", titles(new ArrayList<>()))).isEqualTo(new Fallback(Reason.CRASH));
            waitFor(() -> pool.pids().size() == 1);
            assertThat(pool.render("/projects/3", titles(new ArrayList<>()))).isInstanceOf(Rendered.class);
            assertThat(pool.stats().fallbacks(Reason.CRASH)).isEqualTo(2);
            assertThat(pool.stats().replaced()).isEqualTo(2);
        }
    }

    @Test
    void aHungWorkerTimesOutIsKilledAndReplaced() throws IOException, InterruptedException {
        try (SsrPool pool = SsrPool.start(settings().withRenderTimeout(Duration.ofMillis(1500)))) {
            long pid = pool.pids().getFirst();
            // A page that never finishes, then a worker that is frozen outright (SIGSTOP).
            assertThat(pool.render("/never", titles(new ArrayList<>()))).isEqualTo(new Fallback(Reason.TIMEOUT));
            waitFor(() -> pool.pids().size() == 1 && !pool.pids().contains(pid));
            long second = pool.pids().getFirst();
            signal("STOP", second);
            assertThat(pool.render("/projects/1", titles(new ArrayList<>()))).isEqualTo(new Fallback(Reason.TIMEOUT));
            assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            waitFor(() -> pool.pids().size() == 1);
            assertThat(pool.render("/projects/1", titles(new ArrayList<>()))).isInstanceOf(Rendered.class);
            assertThat(pool.stats().fallbacks(Reason.TIMEOUT)).isEqualTo(2);
        }
    }

    @Test
    void theHealthCheckReplacesAFrozenIdleWorker() throws IOException, InterruptedException {
        try (SsrPool pool = SsrPool.start(settings().withHealthInterval(Duration.ofMillis(300)))) {
            long pid = pool.pids().getFirst();
            signal("STOP", pid);
            waitFor(() -> pool.pids().size() == 1 && !pool.pids().contains(pid));
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(pool.render("/projects/1", titles(new ArrayList<>()))).isInstanceOf(Rendered.class);
        }
    }

    @Test
    void aWorkerIsReplacedWhenItsRequestOrMemoryBudgetIsSpent() {
        try (SsrPool pool = SsrPool.start(settings().withBudget(2, 512L << 20))) {
            long first = pool.pids().getFirst();
            pool.render("/projects/1", titles(new ArrayList<>()));
            assertThat(pool.pids()).containsExactly(first);
            pool.render("/projects/2", titles(new ArrayList<>()));
            waitFor(() -> pool.pids().size() == 1 && !pool.pids().contains(first));
        }
        // Any real worker is over a 1-byte memory budget after its first render.
        try (SsrPool pool = SsrPool.start(settings().withBudget(1000, 1))) {
            long first = pool.pids().getFirst();
            assertThat(pool.render("/projects/1", titles(new ArrayList<>()))).isInstanceOf(Rendered.class);
            waitFor(() -> pool.pids().size() == 1 && !pool.pids().contains(first));
            assertThat(pool.stats().replaced()).isEqualTo(1);
        }
    }

    @Test
    void withoutNodeEveryRenderFallsBackAtOnce() {
        try (SsrPool pool = SsrPool.start(settings().withNode("/nonexistent/node"))) {
            assertThat(pool.pids()).isEmpty();
            long start = System.nanoTime();
            assertThat(pool.render("/projects/1", titles(new ArrayList<>())))
                    .isEqualTo(new Fallback(Reason.UNAVAILABLE));
            assertThat(pool.render("/projects/1", titles(new ArrayList<>())))
                    .isEqualTo(new Fallback(Reason.UNAVAILABLE));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(pool.stats().fallbacks(Reason.UNAVAILABLE)).isEqualTo(2);
        }
    }

    @Test
    void closingStopsEveryWorker() {
        SsrPool pool = SsrPool.start(settings().withWorkers(2));
        List<Long> pids = pool.pids();
        assertThat(pids).hasSize(2);
        pool.close();
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
        }
        assertThat(pool.render("/projects/1", titles(new ArrayList<>()))).isEqualTo(new Fallback(Reason.UNAVAILABLE));
    }

    /** A JVM killed with SIGKILL cannot stop its workers: they exit by themselves when their stdin closes. */
    @Test
    void workersOfAKilledJvmExitByThemselves() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        PoolMain.class.getName(),
                        resource("entry.mjs").toString(),
                        resource("index.html").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<Long> pids = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).startsWith("pids ");
            for (String pid : line.substring(5).split(",")) {
                pids.add(Long.parseLong(pid));
            }
            assertThat(pids).hasSize(2);
            for (long pid : pids) {
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                        .isTrue();
            }
            jvm.destroyForcibly();
            assertThat(jvm.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        waitFor(() -> pids.stream()
                .noneMatch(
                        pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
        // Its folder (the worker script) is left behind; the next pool to start removes it.
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        BooleanSupplier leftBehind = () -> {
            try (var all = Files.newDirectoryStream(tmp, "mizan-ssr-" + jvm.pid() + "-*")) {
                return all.iterator().hasNext();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertThat(leftBehind.getAsBoolean()).isTrue();
        try (SsrPool next = SsrPool.start(settings())) {
            assertThat(leftBehind.getAsBoolean()).isFalse();
            assertThat(next.pids()).hasSize(1);
        }
    }

    /** Workers run with NODE_ENV=production (React's production build) unless the JVM's environment sets it. */
    @Test
    void workersRunWithNodeEnvProductionUnlessTheEnvironmentSaysOtherwise() {
        try (SsrPool pool = SsrPool.start(settings())) {
            String expected = System.getenv().getOrDefault("NODE_ENV", "production");
            assertThat(((Rendered) pool.render("/env", titles(new ArrayList<>()))).html())
                    .contains("<div id=\"root\"><p>NODE_ENV=" + expected + "</p>");
        }
    }

    /** The JVM of {@link #workersOfAKilledJvmExitByThemselves}: starts two workers, prints their pids, waits. */
    public static final class PoolMain {
        public static void main(String[] args) throws InterruptedException {
            SsrPool pool = SsrPool.start(
                    SsrSettings.of(Path.of(args[0]), Path.of(args[1])).withWorkers(2));
            System.out.println("pids "
                    + String.join(",", pool.pids().stream().map(String::valueOf).toList()));
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(2));
        }
    }

    static void signal(String signal, long pid) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                        .start()
                        .waitFor())
                .isZero();
    }

    /** Polls until true, for at most 10 s (processes start and exit asynchronously). */
    static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not hold within 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
