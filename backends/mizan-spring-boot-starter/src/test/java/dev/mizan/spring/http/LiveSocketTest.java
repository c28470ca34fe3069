package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /ws/} over a real socket: the upgrade checks, calls, subscriptions, pushes, resume and bad input. */
class LiveSocketTest extends ServerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final String ITEM = "\"item\": {\"name\": \"pen\", \"kind\": \"BOOK\", \"price\": 2}";

    @Test
    void a_socket_opens_ready_with_the_current_seq_and_answers_calls_like_http() {
        try (Socket s = anonymous().socket()) {
            JsonNode ready = s.next("ready", WAIT);
            assertThat(ready.get("seq").isIntegralNumber()).isTrue();
            assertThat(ready.get("heartbeat_ms").asLong()).isPositive();
            assertThat(s.request("call", "\"function\": \"ping\", \"args\": {}").toString())
                    .isEqualTo("{\"id\":1,\"result\":\"pong\"}");
            JsonNode unknown = s.request("call", "\"function\": \"nope\", \"args\": {}");
            // Anonymous: an unknown name answers as a guarded one would (docs/protocol.md, Guarded names).
            assertThat(unknown.at("/error/code").asString()).isEqualTo("UNAUTHORIZED");
            JsonNode invalid = s.request("call", "\"function\": \"rename\", \"args\": {\"title\": \"x\"}");
            assertThat(invalid.at("/error/code").asString()).isEqualTo("VALIDATION_FAILED");
            JsonNode broken = s.request("call", "\"function\": \"broken\", \"args\": {}");
            assertThat(broken.at("/error/code").asString()).isEqualTo("INTERNAL_ERROR");
            assertThat(broken.toString()).doesNotContain("hunter2").doesNotContain("Exception");
            JsonNode mutation =
                    s.request("call", "\"function\": \"add_item\", \"args\": {\"shopId\": 3, " + ITEM + "}");
            assertThat(mutation.at("/invalidate/0/context").asString()).isEqualTo("shop");
            assertThat(mutation.at("/merge/0/value/name").asString()).isEqualTo("pen");
        }
    }

    @Test
    void calls_over_the_socket_carry_the_sockets_user_through_the_same_guards() {
        try (Socket anon = anonymous().socket();
                Socket ann = as("ann").socket();
                Socket sam = as("sam").socket()) {
            assertThat(anon.request("call", "\"function\": \"whoami\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("UNAUTHORIZED");
            assertThat(ann.request("call", "\"function\": \"my_name\"")
                            .get("result")
                            .asString())
                    .isEqualTo("ann");
            assertThat(ann.request("call", "\"function\": \"staff_report\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("NOT_FOUND");
            assertThat(sam.request("call", "\"function\": \"staff_report\"").has("result"))
                    .isTrue();
        }
    }

    @Test
    void a_mutation_over_http_pushes_merge_and_invalidate_to_the_subscribed_instance_only() {
        Browser mutator = anonymous();
        try (Socket one = anonymous().socket();
                Socket two = anonymous().socket()) {
            assertThat(one.request("subscribe", "\"context\": \"shop\", \"params\": {\"shopId\": 41}")
                            .toString())
                    .isEqualTo("{\"id\":1,\"result\":null}");
            assertThat(two.request("subscribe", "\"context\": \"shop\", \"params\": {\"shopId\": \"42\"}")
                            .get("result")
                            .isNull())
                    .isTrue();
            assertThat(mutator.call("add_item", "{\"shopId\": 41, " + ITEM + "}")
                            .status())
                    .isEqualTo(200);
            JsonNode merge = one.next("merge", WAIT);
            assertThat(merge.get("seq").asLong()).isPositive();
            assertThat(merge.at("/entries/0/context").asString()).isEqualTo("shop");
            assertThat(merge.at("/entries/0/slot").asString()).isEqualTo("featured");
            assertThat(merge.at("/entries/0/params/shopId").asLong()).isEqualTo(41);
            assertThat(merge.at("/entries/0/value/name").asString()).isEqualTo("pen");
            JsonNode invalidate = one.next("invalidate", WAIT);
            assertThat(invalidate.get("seq").asLong())
                    .isEqualTo(merge.get("seq").asLong());
            assertThat(invalidate.at("/entries/0/params/shopId").asLong()).isEqualTo(41);
            assertThat(two.drain(QUIET)).noneMatch(f -> f.has("entries"));

            // "42" and 42 name the same instance of a long param; an unscoped entry touches every instance.
            mutator.call("add_item", "{\"shopId\": 42, " + ITEM + "}");
            assertThat(two.next("merge", WAIT).at("/entries/0/params/shopId").asLong())
                    .isEqualTo(42);
            two.next("invalidate", WAIT);
            mutator.call("clear_all", "{\"reason\": \"x\"}");
            assertThat(one.next("invalidate", WAIT).at("/entries/0").toString()).isEqualTo("{\"context\":\"shop\"}");
            assertThat(two.next("invalidate", WAIT).at("/entries/0").toString()).isEqualTo("{\"context\":\"shop\"}");
        }
    }

    @Test
    void a_merged_value_reaches_only_sockets_with_the_mutating_callers_permission_key() {
        Browser ann = as("ann");
        try (Socket annSocket = ann.socket();
                Socket oliSocket = as("oli").socket();
                Socket samSocket = as("sam").socket();
                Socket sueSocket = as("sue").socket();
                Socket anonSocket = anonymous().socket()) {
            List<Socket> all = List.of(annSocket, oliSocket, samSocket, sueSocket, anonSocket);
            for (Socket s : all) {
                s.request("subscribe", "\"context\": \"shop\", \"params\": {\"shopId\": 7}");
            }
            // The shop context has the default scope, class: ann and oli are both plain signed-in users.
            ann.call("add_item", "{\"shopId\": 7, \"item\": {\"name\": \"secret\", \"kind\": \"BOOK\", \"price\": 1}}");
            for (Socket same : List.of(annSocket, oliSocket)) {
                assertThat(same.next("merge", WAIT).at("/entries/0/value/name").asString())
                        .isEqualTo("secret");
            }
            for (Socket other : List.of(samSocket, sueSocket, anonSocket)) {
                assertInvalidatedWithoutValue(other, "secret", "featured");
            }
        }
    }

    @Test
    void a_per_user_contexts_merged_value_never_reaches_another_users_socket() {
        Browser ann = as("ann");
        try (Socket annSocket = ann.socket();
                Socket oliSocket = as("oli").socket();
                Socket samSocket = as("sam").socket()) {
            for (Socket s : List.of(annSocket, oliSocket, samSocket)) {
                assertThat(s.request("subscribe", "\"context\": \"notebook\"")
                                .get("result")
                                .isNull())
                        .isTrue();
            }
            ann.call("save_note", "{\"text\": \"ann's diary\"}");
            assertThat(annSocket.next("merge", WAIT).at("/entries/0/value/text").asString())
                    .isEqualTo("ann's diary");
            for (Socket other : List.of(oliSocket, samSocket)) {
                assertInvalidatedWithoutValue(other, "diary", "my_note");
            }
        }
    }

    private static void assertInvalidatedWithoutValue(Socket socket, String secret, String slot) {
        List<JsonNode> frames = socket.drain(Duration.ofMillis(500));
        assertThat(frames).noneMatch(f -> f.toString().contains(secret));
        assertThat(frames)
                .anyMatch(f -> f.get("type").asString().equals("invalidate")
                        && f.toString().contains("\"slot\":\"" + slot + "\""));
    }

    @Test
    void subscribing_is_checked_exactly_as_the_context_fetch() {
        try (Socket anon = anonymous().socket();
                Socket ann = as("ann").socket()) {
            assertThat(code(anon.request("subscribe", "\"context\": \"mine\""))).isEqualTo("UNAUTHORIZED");
            assertThat(code(ann.request("subscribe", "\"context\": \"mine\""))).isEqualTo("");
            assertThat(code(ann.request("subscribe", "\"context\": \"staff_area\"")))
                    .isEqualTo("NOT_FOUND");
            assertThat(code(ann.request("subscribe", "\"context\": \"vault\""))).isEqualTo("NOT_FOUND");
            assertThat(code(ann.request("subscribe", "\"context\": \"nope\""))).isEqualTo("NOT_FOUND");
            assertThat(code(ann.request("subscribe", "\"context\": \"shop\""))).isEqualTo("BAD_REQUEST");
            assertThat(code(ann.request("subscribe", "\"context\": \"shop\", \"params\": {\"shopId\": \"x\"}")))
                    .isEqualTo("BAD_REQUEST");
            assertThat(code(ann.request("subscribe", "\"context\": \"shop\", \"params\": {\"shopId\": 1, \"z\": 2}")))
                    .isEqualTo("BAD_REQUEST");
            assertThat(code(ann.request("subscribe", "\"context\": \"shop\", \"params\": [1]")))
                    .isEqualTo("BAD_REQUEST");
            assertThat(code(ann.request("unsubscribe", "\"context\": \"mine\"")))
                    .isEqualTo("");
        }
    }

    @Test
    void subscribing_needs_the_rights_to_read_the_instance_not_only_the_context() {
        try (Socket ann = as("ann").socket();
                Socket sam = as("sam").socket()) {
            String one = "\"context\": \"ledger\", \"params\": {\"shopId\": 1}";
            assertThat(code(ann.request("subscribe", one))).isEqualTo("");
            // sam passes the context's declared auth, but its code refuses him shop 1's ledger: so does the
            // subscription.
            assertThat(code(sam.request("subscribe", one))).isEqualTo("NOT_FOUND");
            assertThat(code(sam.request("subscribe", "\"context\": \"ledger\", \"params\": {\"shopId\": 2}")))
                    .isEqualTo("");
            as("ann").call("touch_ledger", "{\"shopId\": 1}");
            assertThat(ann.next("invalidate", WAIT)
                            .at("/entries/0/params/shopId")
                            .asLong())
                    .isEqualTo(1);
            assertThat(sam.drain(QUIET))
                    .as("sam never learns when shop 1's ledger changes")
                    .noneMatch(f -> f.toString().contains("ledger"));
        }
    }

    @Test
    void bad_frames_get_error_frames_and_the_socket_stays_open() {
        try (Socket s = anonymous().socket()) {
            s.next("ready", WAIT);
            s.sendRaw("{not json");
            assertThat(s.next("error", WAIT).at("/error/code").asString()).isEqualTo("BAD_REQUEST");
            s.sendRaw("[1, 2]");
            assertThat(s.next("error", WAIT).at("/error/code").asString()).isEqualTo("BAD_REQUEST");
            s.sendRaw("{\"id\": \"one\", \"type\": \"call\"}");
            assertThat(s.next("error", WAIT).at("/error/message").asString()).contains("'id'");
            s.sendRaw("{\"type\": \"call\", \"function\": \"ping\"}");
            assertThat(s.next("error", WAIT).at("/error/message").asString()).contains("needs an integer 'id'");
            assertThat(code(s.request("teleport", ""))).isEqualTo("BAD_REQUEST");
            assertThat(code(s.request("call", "\"function\": 12"))).isEqualTo("BAD_REQUEST");
            assertThat(code(s.request("resume", "\"seq\": \"x\""))).isEqualTo("BAD_REQUEST");
            s.sendRaw("{\"id\": 99, \"type\": \"call\", \"function\": \"echo\", \"args\": {\"pad\": \""
                    + "x".repeat(70_000) + "\"}}");
            assertThat(s.next("error", WAIT).at("/error/code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
            // Under the bound but over the container's 8 KB buffer: joined from its parts and answered.
            s.sendRaw("{\"id\": 98, \"type\": \"call\", \"function\": \"ping\"" + " ".repeat(40_000) + "}");
            assertThat(s.answer(98).get("result").asString()).isEqualTo("pong");
            s.sendBinary(new byte[] {1, 2, 3});
            assertThat(s.next("error", WAIT).at("/error/message").asString()).contains("binary");
            assertThat(s.request("call", "\"function\": \"ping\"").get("result").asString())
                    .isEqualTo("pong");
            assertThat(s.isClosed()).isFalse();
        }
    }

    @Test
    void a_frame_far_over_the_bound_closes_with_too_big_not_a_crash() {
        try (Socket s = anonymous().socket()) {
            s.next("ready", WAIT);
            s.sendRaw("\"" + "x".repeat(200_000) + "\"");
            assertThat(s.closeCode(WAIT)).isEqualTo(1009);
        }
        try (Socket s = anonymous().socket()) {
            s.next("ready", WAIT);
            s.sendBinary(new byte[200_000]);
            assertThat(s.closeCode(WAIT))
                    .as("a binary message far over the bound")
                    .isEqualTo(1009);
        }
        try (Socket again = anonymous().socket()) {
            assertThat(again.request("call", "\"function\": \"ping\"")
                            .get("result")
                            .asString())
                    .isEqualTo("pong");
        }
    }

    @Test
    void flooding_gets_error_frames_then_a_policy_close() {
        try (Socket s = anonymous().socket()) {
            s.next("ready", WAIT);
            // Over the bound (200 frames/s, as many again refused before a close): error frames.
            for (int i = 0; i < 260; i++) {
                s.sendRaw("{\"type\": \"pong\"}");
            }
            JsonNode refused = s.next("error", WAIT);
            assertThat(refused.at("/error/details/reason").asString()).isEqualTo("rate");
            // Far over it: a policy close. Until the server closes the socket, bounded in count and
            // time, so a client slowed by a loaded machine keeps going.
            floodUntilClosed(s);
            assertThat(s.closeCode(WAIT)).isEqualTo(1008);
        }
    }

    @Test
    void a_flood_close_comes_after_the_error_frames_that_explain_it() {
        try (Socket s = anonymous().socket()) {
            s.next("ready", WAIT);
            floodUntilClosed(s);
            assertThat(s.closeCode(WAIT)).isEqualTo(1008);
            // Queued before the close, sent before it: the client always reads why.
            assertThat(s.drain(QUIET))
                    .anyMatch(f -> f.get("type").asString().equals("error")
                            && f.at("/error/details/reason").asString().equals("rate"));
        }
    }

    /** Frames as fast as the client sends them until the server closes the socket, bounded in count and time. */
    private static void floodUntilClosed(Socket s) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        for (int i = 0; i < 20_000 && !s.isClosed() && System.nanoTime() < until; i++) {
            try {
                s.sendRaw("{\"type\": \"pong\"}");
            } catch (RuntimeException closedMeanwhile) {
                return;
            }
        }
    }

    @Test
    void subscriptions_per_socket_are_bounded() throws InterruptedException {
        try (Socket s = anonymous().socket()) {
            for (int i = 0; i < 256; i++) {
                if (i % 100 == 99) {
                    Thread.sleep(1000); // stay under the frame rate bound
                }
                s.send("subscribe", "\"context\": \"shop\", \"params\": {\"shopId\": " + i + "}");
            }
            JsonNode last = s.answer(256);
            assertThat(last.get("result").isNull()).isTrue();
            JsonNode over = s.request("subscribe", "\"context\": \"shop\", \"params\": {\"shopId\": 999}");
            assertThat(over.at("/error/details/reason").asString()).isEqualTo("subscriptions");
        }
    }

    @Test
    void the_upgrade_is_refused_for_a_foreign_origin_or_a_missing_or_wrong_csrf_token() {
        Browser ann = as("ann");
        String token = ann.csrfToken();
        String own = "http://127.0.0.1:" + port;
        assertThatThrownBy(() -> ann.socket("https://evil.example", token))
                .isInstanceOfSatisfying(Socket.Refused.class, r -> {
                    assertThat(r.status).isEqualTo(403);
                    assertThat(r.body).contains("\"origin\"");
                });
        assertThatThrownBy(() -> ann.socket(own, null))
                .isInstanceOfSatisfying(
                        Socket.Refused.class, r -> assertThat(r.status).isEqualTo(403));
        assertThatThrownBy(() -> ann.socket(own, "x".repeat(43)))
                .isInstanceOfSatisfying(
                        Socket.Refused.class, r -> assertThat(r.body).contains("\"csrf\""));
        try (Socket s = ann.socket(own, token)) {
            assertThat(s.next("ready", WAIT).has("seq")).isTrue();
        }
        assertThat(ann.get("/api/mizan/ws/").code()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void point5_the_upgrade_refuses_a_planted_unsigned_token_and_a_null_origin() {
        String own = "http://127.0.0.1:" + port;
        Browser planted = anonymous();
        String forged = "A".repeat(22) + "." + "B".repeat(43);
        planted.plantCookie("MIZAN-CSRF", forged);
        assertThatThrownBy(() -> planted.socket(own, forged))
                .as("a cookie and param that match but were not signed by the server")
                .isInstanceOfSatisfying(Socket.Refused.class, r -> {
                    assertThat(r.status).isEqualTo(403);
                    assertThat(r.body).contains("\"csrf\"");
                });
        Browser ann = as("ann");
        String token = ann.csrfToken();
        assertThatThrownBy(() -> ann.socket("null", token)).isInstanceOfSatisfying(Socket.Refused.class, r -> {
            assertThat(r.status).isEqualTo(403);
            assertThat(r.body).contains("\"origin\"");
        });
        try (Socket s = ann.socket(own, token)) {
            assertThat(s.next("ready", WAIT).has("seq")).isTrue();
        }
    }

    @Test
    void a_reconnecting_client_resumes_from_its_seq_or_is_told_to_resync() {
        Browser mutator = anonymous();
        long seq;
        try (Socket s = anonymous().socket()) {
            seq = s.next("ready", WAIT).get("seq").asLong();
        }
        mutator.call("add_item", "{\"shopId\": 77, " + ITEM + "}");
        mutator.call("add_item", "{\"shopId\": 78, " + ITEM + "}");
        try (Socket back = anonymous().socket()) {
            back.next("ready", WAIT);
            back.request("subscribe", "\"context\": \"shop\", \"params\": {\"shopId\": 77}, \"since\": " + seq);
            JsonNode missed = back.next("merge", WAIT);
            assertThat(missed.at("/entries/0/params/shopId").asLong()).isEqualTo(77);
            assertThat(missed.get("seq").asLong()).isGreaterThan(seq);
            // (the params, not any "78": seq numbers are long enough to hold those digits)
            assertThat(back.drain(QUIET)).noneMatch(f -> f.toString().contains("\"shopId\":78"));
            assertThat(back.request("resume", "\"seq\": " + seq).get("result").isNull())
                    .isTrue();
            back.request("resume", "\"seq\": 5");
            assertThat(back.next("resync", WAIT).get("seq").asLong()).isGreaterThan(seq);
        }
    }

    @Test
    void a_context_answer_carries_the_seq_from_which_a_subscription_catches_up() {
        Browser reader = anonymous();
        Browser.Answer bundle = reader.context("shop", java.util.Map.of("shopId", "55"));
        long read = Long.parseLong(bundle.header("X-Mizan-Seq"));
        reader.call("add_item", "{\"shopId\": 55, " + ITEM + "}");
        try (Socket s = reader.socket()) {
            s.request("subscribe", "\"context\": \"shop\", \"params\": {\"shopId\": 55}, \"since\": " + read);
            JsonNode missed = s.next("merge", WAIT);
            assertThat(missed.get("seq").asLong()).isGreaterThan(read);
            assertThat(missed.at("/entries/0/params/shopId").asLong()).isEqualTo(55);
        }
    }

    private static String code(JsonNode answer) {
        JsonNode error = answer.get("error");
        return error == null ? "" : error.get("code").asString();
    }
}
