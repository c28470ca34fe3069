package dev.mizan.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every pair of caller and guarded name, on the fixture and the task board: allowed callers get
 * the answer; everyone else gets exactly the answer of an unknown name (401 anonymous, 404 signed
 * in), so no pair is a bypass and no refusal names what it guards.
 */
class AuthMatrixTest {

    @Test
    void every_caller_and_guarded_function_of_the_fixture() {
        URI base = Servers.fixture();
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Caller(base));
        callers.put("alice", new Caller(base).basic("alice", "alice-password"));
        callers.put("sam", new Caller(base).basic("sam", "sam-password"));
        callers.put("root", new Caller(base).basic("root", "root-password"));
        Map<String, Set<String>> functions = Map.of(
                "whoami", Set.of("alice", "sam", "root"),
                "staff_report", Set.of("sam", "root"),
                "superuser_audit", Set.of("root"),
                "auditor_log", Set.of("sam"),
                "cleared_secret", Set.of(),
                "add", Set.of("anonymous", "alice", "sam", "root"));
        Map<String, Set<String>> contexts =
                Map.of("admin", Set.of("sam", "root"), "global", Set.of("anonymous", "alice", "sam", "root"));
        int pairs = matrix(callers, functions, contexts, "{\"left\":1,\"right\":2}");
        Results.record("fixture_auth_matrix", Map.of("pairs", pairs, "callers", callers.size(), "bypasses", 0));
    }

    @Test
    void every_caller_and_project_of_the_task_board() {
        URI base = Servers.board();
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Caller(base));
        callers.put("ben", new Caller(base).formLogin("ben", "ben-pass"));
        callers.put("cy", new Caller(base).formLogin("cy", "cy-pass"));
        callers.put("ada", new Caller(base).formLogin("ada", "ada-pass"));
        callers.put("root", new Caller(base).formLogin("root", "root-pass"));
        Map<String, Set<String>> functions = Map.of("archive_done_tasks", Set.of("ada", "root"));
        Map<String, Set<String>> contexts = Map.of(
                "projects",
                Set.of("ben", "cy", "ada", "root"),
                "team",
                Set.of("ben", "cy", "ada", "root"),
                "global",
                Set.of("anonymous", "ben", "cy", "ada", "root"));
        int pairs = matrix(callers, functions, contexts, "{\"projectId\":3}");
        // A project is private to its members (and the superuser); anyone else gets a missing project's 404.
        Map<Long, Set<String>> members = Map.of(
                1L, Set.of("ben", "cy", "ada", "root"),
                2L, Set.of("ben", "ada", "root"),
                3L, Set.of("ben", "ada", "root"));
        for (Map.Entry<String, Caller> c : callers.entrySet()) {
            for (Map.Entry<Long, Set<String>> p : members.entrySet()) {
                Caller.Reply reply = c.getValue().context("project", "projectId=" + p.getKey());
                int expected =
                        c.getKey().equals("anonymous") ? 401 : p.getValue().contains(c.getKey()) ? 200 : 404;
                assertThat(reply.status())
                        .as("%s reads project %d: %s", c.getKey(), p.getKey(), reply.text())
                        .isEqualTo(expected);
                pairs++;
            }
        }
        Results.record("board_auth_matrix", Map.of("pairs", pairs, "callers", callers.size(), "bypasses", 0));
    }

    private static int matrix(
            Map<String, Caller> callers,
            Map<String, Set<String>> functions,
            Map<String, Set<String>> contexts,
            String args) {
        int pairs = 0;
        for (Map.Entry<String, Caller> c : callers.entrySet()) {
            Caller caller = c.getValue();
            Caller.Reply unknownFn = caller.call("no_such_function_x", "{}");
            Caller.Reply unknownCtx = caller.context("no_such_context_x", "");
            int refusal = c.getKey().equals("anonymous") ? 401 : 404;
            assertThat(unknownFn.status()).as("%s unknown function", c.getKey()).isEqualTo(refusal);
            for (Map.Entry<String, Set<String>> f : functions.entrySet()) {
                String fnArgs = f.getKey().equals("add") || f.getKey().equals("archive_done_tasks") ? args : "{}";
                check(
                        c.getKey(),
                        f.getKey(),
                        caller.call(f.getKey(), fnArgs),
                        f.getValue(),
                        unknownFn,
                        "no_such_function_x");
                pairs++;
            }
            for (Map.Entry<String, Set<String>> x : contexts.entrySet()) {
                check(
                        c.getKey(),
                        x.getKey(),
                        caller.context(x.getKey(), ""),
                        x.getValue(),
                        unknownCtx,
                        "no_such_context_x");
                pairs++;
            }
        }
        return pairs;
    }

    private static void check(
            String who,
            String name,
            Caller.Reply reply,
            Set<String> allowed,
            Caller.Reply unknown,
            @Nullable String unknownName) {
        if (allowed.contains(who)) {
            assertThat(reply.status())
                    .as("%s → %s: %s", who, name, reply.text())
                    .isEqualTo(200);
        } else {
            assertThat(reply.status())
                    .as("%s → %s: %s", who, name, reply.text())
                    .isEqualTo(unknown.status());
            assertThat(reply.text())
                    .as("%s → %s", who, name)
                    .isEqualTo(unknown.text().replace(String.valueOf(unknownName), name));
        }
    }
}
