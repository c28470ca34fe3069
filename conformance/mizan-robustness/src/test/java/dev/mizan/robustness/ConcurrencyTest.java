package dev.mizan.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Many callers at once, then a consistency check: every acknowledged create is there exactly once,
 * nothing unacknowledged appeared, and a rename that raced a delete never answered a merge
 * without its task.
 */
class ConcurrencyTest {

    @Test
    void concurrent_creates_on_the_fixture_lose_and_duplicate_nothing() throws Exception {
        URI base = Servers.fixture();
        Caller owner = new Caller(base);
        long projectId = owner.call("create_project", "{\"name\":\"Concurrency\"}")
                .json()
                .at("/result/id")
                .asLong();
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        int threads = 8;
        int perThread = 40;
        run(threads, t -> {
            Caller caller = new Caller(base);
            for (int i = 0; i < perThread; i++) {
                Caller.Reply r = caller.call(
                        "create_task",
                        "{\"projectId\":" + projectId + ",\"task\":{\"title\":\"t" + t + "-" + i + "\"}}");
                assertThat(r.status()).as(r.text()).isEqualTo(200);
                acknowledged.add(r.json().at("/result/id").asLong());
            }
        });
        JsonNode tasks =
                owner.context("project", "projectId=" + projectId).json().get("project_tasks");
        Set<Long> stored = new HashSet<>();
        for (JsonNode task : tasks) {
            assertThat(stored.add(task.get("id").asLong()))
                    .as("duplicate row %s", task)
                    .isTrue();
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(stored).hasSize(threads * perThread);
        Results.record(
                "fixture_concurrency",
                Map.of("threads", threads, "creates", threads * perThread, "lost", 0, "duplicated", 0));
    }

    @Test
    void concurrent_edits_on_the_task_board_stay_consistent() throws Exception {
        URI base = Servers.board();
        int threads = 6;
        int perThread = 15;
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> staleMerges = new ConcurrentLinkedQueue<>();
        int[] races = new int[1];
        run(threads, t -> {
            Caller me = new Caller(base).formLogin(t % 2 == 0 ? "ben" : "cy", t % 2 == 0 ? "ben-pass" : "cy-pass");
            Caller rival = new Caller(base).formLogin("ada", "ada-pass");
            ExecutorService pair = Executors.newFixedThreadPool(2);
            try {
                for (int i = 0; i < perThread; i++) {
                    Caller.Reply created = me.call(
                            "create_task", "{\"projectId\":1,\"task\":{\"title\":\"Race " + t + "-" + i + "\"}}");
                    assertThat(created.status()).as(created.text()).isEqualTo(200);
                    long id = created.json().at("/result/id").asLong();
                    if (i % 3 != 0) {
                        acknowledged.add(id);
                        continue;
                    }
                    Future<Caller.Reply> rename = pair.submit(
                            () -> me.call("rename_task", "{\"taskId\":" + id + ",\"title\":\"Renamed " + id + "\"}"));
                    Future<Caller.Reply> delete =
                            pair.submit(() -> rival.call("delete_task", "{\"taskId\":" + id + "}"));
                    Caller.Reply renamed = rename.get();
                    assertThat(delete.get().status()).isEqualTo(200);
                    synchronized (races) {
                        races[0]++;
                    }
                    if (renamed.status() == 200) {
                        List<Long> ids = new ArrayList<>();
                        renamed.json()
                                .at("/merge/0/value/tasks")
                                .forEach(task -> ids.add(task.get("id").asLong()));
                        if (!ids.contains(id)) {
                            staleMerges.add("task " + id);
                        }
                    } else {
                        assertThat(renamed.status()).as(renamed.text()).isEqualTo(404);
                    }
                }
            } finally {
                pair.shutdownNow();
            }
        });
        Caller ben = new Caller(base).formLogin("ben", "ben-pass");
        Set<Long> stored = new HashSet<>();
        for (JsonNode task : ben.context("project", "projectId=1").json().at("/project_tasks/tasks")) {
            assertThat(stored.add(task.get("id").asLong())).isTrue();
        }
        assertThat(stored).containsAll(acknowledged);
        assertThat(staleMerges)
                .as("renames that answered 200 with a list lacking their task")
                .isEmpty();
        Results.record(
                "board_concurrency",
                Map.of(
                        "threads",
                        threads,
                        "creates",
                        threads * perThread,
                        "rename_delete_races",
                        races[0],
                        "stale_merges",
                        0,
                        "lost",
                        0));
    }

    private interface Worker {
        void run(int thread) throws Exception;
    }

    private static void run(int threads, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                all.add(pool.submit(() -> {
                    worker.run(id);
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
