package dev.mizan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenchApplicationTest {

    @Value("${local.server.port}")
    int port;

    BenchClient client;

    @BeforeEach
    void open() throws Exception {
        client = new BenchClient(port);
        client.openSession();
    }

    @Test
    void mizan_and_the_plain_controller_echo_the_same_record() throws Exception {
        var mizan = client.post("/api/mizan/call/", "{\"function\":\"echo\",\"args\":{\"message\":\"hello\"}}");
        var plain = client.post("/plain/echo", "{\"message\":\"hello\"}");

        assertThat(mizan.statusCode()).isEqualTo(200);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(BenchClient.json(mizan).get("result")).isEqualTo(BenchClient.json(plain));
        assertThat(BenchClient.json(plain).get("length").intValue()).isEqualTo(5);
    }

    @Test
    void the_trivial_context_answers_its_five_members_in_one_response() throws Exception {
        var bundle = client.get("/api/mizan/ctx/trivial/");

        assertThat(bundle.statusCode()).isEqualTo(200);
        JsonNode body = BenchClient.json(bundle);
        assertThat(body.propertyNames())
                .containsExactlyInAnyOrder(
                        "trivial_one", "trivial_two", "trivial_three", "trivial_four", "trivial_five");
        assertThat(body.get("trivial_three").get("value").intValue()).isEqualTo(3);
    }

    @Test
    void a_trivial_member_is_also_callable_alone() throws Exception {
        var single = client.post("/api/mizan/call/", "{\"function\":\"trivial_one\",\"args\":{}}");

        assertThat(single.statusCode()).isEqualTo(200);
        assertThat(BenchClient.json(single).get("result").get("name").stringValue())
                .isEqualTo("one");
    }

    @Test
    void the_blocking_context_runs_its_five_members_in_parallel() throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            var bundle = client.get("/api/mizan/ctx/blocking/");
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(bundle.statusCode()).isEqualTo(200);
            assertThat(BenchClient.json(bundle).size()).isEqualTo(5);
        }

        // One after another the members would take 5 × 50 ms = 250 ms.
        assertThat(Collections.min(millis)).isGreaterThanOrEqualTo(50).isLessThan(200);
    }

    @Test
    void without_the_secured_profile_no_security_filter_answers() throws Exception {
        var plain = client.post("/plain/echo", "{\"message\":\"hi\"}");

        assertThat(plain.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void a_call_without_the_csrf_token_is_refused() throws Exception {
        var bare =
                new BenchClient(port).post("/api/mizan/call/", "{\"function\":\"echo\",\"args\":{\"message\":\"x\"}}");

        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(BenchClient.json(bare).get("error").get("code").stringValue())
                .isEqualTo("FORBIDDEN");
    }
}
