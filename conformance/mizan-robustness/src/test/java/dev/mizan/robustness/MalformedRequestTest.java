package dev.mizan.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At least 10,000 generated malformed requests: every error answer is a Mizan envelope, nothing
 * is a 5xx (the fixture's deliberate failures are not among the generated calls), every request
 * gets an answer, and no answer carries exception text or an HTML page.
 */
class MalformedRequestTest {

    static final long SEED = Long.getLong("mizan.robustness.seed", 12L);

    @Test
    void ten_thousand_malformed_requests_to_the_fixture_all_answer_envelopes() throws Exception {
        URI base = Servers.fixture();
        Caller anon = new Caller(base);
        String token = anon.token();
        long projectId = anon.call("create_project", "{\"name\":\"Fuzz\"}")
                .json()
                .at("/result/id")
                .asLong();
        List<String> bodies = List.of(
                "{\"function\":\"echo\",\"args\":{\"message\":\"hi\",\"count\":2}}",
                "{\"function\":\"add\",\"args\":{\"left\":1,\"right\":2}}",
                "{\"function\":\"greet\",\"args\":{\"name\":\"ann\"}}",
                "{\"function\":\"reverse_words\",\"args\":{\"text\":\"a b c\"}}",
                "{\"function\":\"signup\",\"args\":{\"signup\":{\"username\":\"u\",\"email\":\"a@b.c\",\"age\":20},\"inviteCode\":\"abc\"}}",
                "{\"function\":\"reserve_name\",\"args\":{\"name\":\"free\"}}",
                "{\"function\":\"create_task\",\"args\":{\"projectId\":" + projectId + ",\"task\":{\"title\":\"t\"}}}",
                "{\"function\":\"rename_project\",\"args\":{\"projectId\":" + projectId + ",\"name\":\"n\"}}",
                "{\"function\":\"whoami\",\"args\":{}}",
                "{\"function\":\"staff_report\"}");
        List<String> contexts = List.of(
                "project?projectId=" + projectId,
                "global",
                "search?query=x",
                "admin",
                "project?projectId=1&status=OPEN");
        MalformedRequests generator =
                new MalformedRequests(SEED, base, bodies, contexts, token, anon.cookieHeader(), "");
        int count = Integer.getInteger("mizan.robustness.malformed", 10_000);

        Attack.Tally tally = Attack.run(base, generator, count, 8);
        Results.record("fixture_malformed", tally.figures());

        assertThat(tally.noAnswer()).as("requests without an answer").isEmpty();
        assertThat(tally.notEnvelopes())
                .as("error answers that are not envelopes")
                .isEmpty();
        assertThat(tally.serverErrors()).as("5xx answers").isEmpty();
        assertThat(tally.leaks()).as("answers with exception text or HTML").isEmpty();
        assertThat(tally.requests()).isGreaterThanOrEqualTo(count);
    }

    @Test
    void malformed_requests_to_the_task_board_all_answer_envelopes() throws Exception {
        URI base = Servers.board();
        Caller ben = new Caller(base).formLogin("ben", "ben-pass");
        String token = ben.token();
        long taskId = ben.call("create_task", "{\"projectId\":3,\"task\":{\"title\":\"Fuzz target\"}}")
                .json()
                .at("/result/id")
                .asLong();
        List<String> bodies = List.of(
                "{\"function\":\"create_task\",\"args\":{\"projectId\":3,\"task\":{\"title\":\"Fuzzed task\"}}}",
                "{\"function\":\"rename_task\",\"args\":{\"taskId\":" + taskId + ",\"title\":\"Fuzzed title\"}}",
                "{\"function\":\"toggle_task\",\"args\":{\"taskId\":" + taskId + "}}",
                "{\"function\":\"delete_task\",\"args\":{\"taskId\":999999}}",
                "{\"function\":\"archive_done_tasks\",\"args\":{\"projectId\":3}}");
        List<String> contexts = List.of("project?projectId=3", "projects", "global", "project?projectId=1");
        MalformedRequests generator =
                new MalformedRequests(SEED + 1, base, bodies, contexts, token, ben.cookieHeader(), "");
        int count = Integer.getInteger("mizan.robustness.malformed.board", 2_500);

        Attack.Tally tally = Attack.run(base, generator, count, 8);
        Results.record("board_malformed", tally.figures());

        assertThat(tally.noAnswer()).as("requests without an answer").isEmpty();
        assertThat(tally.notEnvelopes())
                .as("error answers that are not envelopes")
                .isEmpty();
        assertThat(tally.serverErrors()).as("5xx answers").isEmpty();
        assertThat(tally.leaks()).as("answers with exception text or HTML").isEmpty();
    }
}
