package dev.mizan.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatcherTest {

    @TempDir
    Path dir;

    @Test
    void regenerates_within_two_seconds_after_the_ir_file_changes() throws Exception {
        Path ir = dir.resolve("mizan.kdl");
        Path out = dir.resolve("out");
        Files.copy(Fixtures.APP, ir);
        Generation generation = new Generation(new IrSource.IrFile(ir), out, Target.REACT);
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        Thread thread = Thread.ofVirtual()
                .start(() -> new Watcher(List.of(ir), Duration.ofMillis(100)).run(() -> {
                    generation.run();
                    first.countDown();
                    second.countDown();
                }));
        try {
            assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(out.resolve("functions.ts"))).doesNotContain("callRenamed");

            Files.writeString(ir, Files.readString(ir).replace("function ping {", "function renamed {"));
            long changed = System.nanoTime();

            assertThat(second.await(2, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofSeconds(2));
            assertThat(Files.readString(out.resolve("functions.ts"))).contains("callRenamed");
        } finally {
            thread.interrupt();
            thread.join(2000);
        }
    }

    @Test
    void sees_files_appear_in_a_watched_directory_tree() throws IOException {
        Path classes = dir.resolve("classes");
        Watcher watcher = new Watcher(List.of(classes), Duration.ofMillis(50));
        long missing = watcher.fingerprint();
        Files.createDirectories(classes.resolve("a/b"));
        Files.writeString(classes.resolve("a/b/C.class"), "x");
        long one = watcher.fingerprint();
        Files.writeString(classes.resolve("a/b/C.class"), "xy");

        assertThat(one).isNotEqualTo(missing);
        assertThat(watcher.fingerprint()).isNotEqualTo(one);
    }

    @Test
    void runs_once_per_change_not_once_per_poll() throws Exception {
        Path file = dir.resolve("f");
        Files.writeString(file, "1");
        AtomicInteger runs = new AtomicInteger();
        Thread thread = Thread.ofVirtual()
                .start(() -> new Watcher(List.of(file), Duration.ofMillis(20)).run(runs::incrementAndGet));
        try {
            Thread.sleep(800);
            assertThat(runs.get()).isEqualTo(1);
            Files.writeString(file, "22");
            Thread.sleep(800);
            assertThat(runs.get()).isEqualTo(2);
        } finally {
            thread.interrupt();
            thread.join(2000);
        }
    }
}
