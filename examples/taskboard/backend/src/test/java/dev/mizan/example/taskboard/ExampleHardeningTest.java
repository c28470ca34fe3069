package dev.mizan.example.taskboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** Regression test for issue 12 point 7 (the rename racing a delete): the example is what people copy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleHardeningTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void point7_a_rename_racing_a_delete_never_answers_a_merge_without_the_task() throws Exception {
        BoardHttp ben = new BoardHttp(port).signIn("ben", "ben-pass");
        BoardHttp ada = new BoardHttp(port).signIn("ada", "ada-pass");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                long taskId = ben.call("create_task", Map.of("projectId", 3, "task", Map.of("title", "Race " + round)))
                        .body()
                        .path("result")
                        .path("id")
                        .asLong();
                Callable<BoardHttp.Answer> rename =
                        () -> ben.call("rename_task", Map.of("taskId", taskId, "title", "Renamed " + taskId));
                Callable<BoardHttp.Answer> delete = () -> ada.call("delete_task", Map.of("taskId", taskId));
                Future<BoardHttp.Answer> renamed = pool.submit(rename);
                Future<BoardHttp.Answer> deleted = pool.submit(delete);
                BoardHttp.Answer r = renamed.get();
                assertThat(deleted.get().status()).isEqualTo(200);
                if (r.status() == 200) {
                    List<Long> ids = new ArrayList<>();
                    for (JsonNode task :
                            r.body().path("merge").path(0).path("value").path("tasks")) {
                        ids.add(task.path("id").asLong());
                    }
                    assertThat(ids)
                            .as("round %d: a 200 rename merges a list holding the task", round)
                            .contains(taskId);
                } else {
                    assertThat(r.status()).isEqualTo(404);
                    assertThat(r.body().path("error").path("code").asString()).isEqualTo("NOT_FOUND");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
