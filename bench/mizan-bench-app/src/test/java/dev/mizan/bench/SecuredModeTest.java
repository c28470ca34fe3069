package dev.mizan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("secured")
class SecuredModeTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void spring_security_runs_in_front_of_both_endpoints_and_both_still_answer() throws Exception {
        BenchClient client = new BenchClient(port);
        client.openSession();

        var mizan = client.post("/api/mizan/call/", "{\"function\":\"echo\",\"args\":{\"message\":\"hello\"}}");
        var plain = client.post("/plain/echo", "{\"message\":\"hello\"}");

        assertThat(mizan.statusCode()).isEqualTo(200);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(mizan.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(plain.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(BenchClient.json(mizan).get("result")).isEqualTo(BenchClient.json(plain));
    }
}
