package dev.mizan.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * CSRF attempts a hostile page (or a planted cookie) could make against a signed-in victim: every
 * one is refused with an envelope and changes nothing, then the victim's own call still works.
 */
class CsrfAttackTest {

    @Test
    void cross_site_attempts_on_the_task_board_change_nothing() {
        URI base = Servers.board();
        Caller victim = new Caller(base).formLogin("cy", "cy-pass");
        Caller other = new Caller(base).formLogin("ben", "ben-pass");
        int before = victim.context("project", "projectId=1")
                .json()
                .at("/project_tasks/tasks")
                .size();
        RawHttp raw = new RawHttp(base);
        String cookies = victim.cookieHeader();
        String call = "{\"function\":\"create_task\",\"args\":{\"projectId\":1,\"task\":{\"title\":\"Forged task\"}}}";
        String token = victim.token();
        String othersToken = other.token();
        Map<String, String> attempts = new LinkedHashMap<>();
        attempts.put("text/plain simple request, no token", head(base, "text/plain", cookies, null, null));
        attempts.put("form post, no token", head(base, "application/x-www-form-urlencoded", cookies, null, null));
        attempts.put("multipart post, no token", head(base, "multipart/form-data; boundary=x", cookies, null, null));
        attempts.put("no-cors blob, no content type", head(base, null, cookies, null, null));
        attempts.put(
                "foreign origin with a token",
                head(base, "application/json", cookies, token, "Origin: https://evil.example"));
        attempts.put("null origin with a token", head(base, "application/json", cookies, token, "Origin: null"));
        attempts.put(
                "cross-site fetch with a token",
                head(base, "application/json", cookies, token, "Sec-Fetch-Site: cross-site"));
        attempts.put("another user's token", head(base, "application/json", cookies, othersToken, null));
        attempts.put(
                "planted cookie and header",
                head(base, "application/json", replaceCsrf(cookies, "A".repeat(43)), "A".repeat(43), null));
        attempts.put(
                "planted non-ASCII cookie",
                head(base, "application/json", replaceCsrf(cookies, "é".repeat(40)), "é".repeat(40), null));
        attempts.put(
                "token without cookie",
                head(base, "application/json", cookies.replaceAll("MIZAN-CSRF=[^;]*;?\\s*", ""), token, null));
        int refused = 0;
        for (Map.Entry<String, String> a : attempts.entrySet()) {
            byte[] body = call.getBytes(StandardCharsets.UTF_8);
            String request = a.getValue() + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + call;
            RawHttp.Answer answer = raw.send(request.getBytes(StandardCharsets.UTF_8), false);
            assertThat(answer.status()).as(a.getKey() + ": " + answer.body()).isIn(400, 403);
            assertThat(answer.isEnvelope()).as(a.getKey()).isTrue();
            refused++;
        }
        assertThat(victim.context("project", "projectId=1")
                        .json()
                        .at("/project_tasks/tasks")
                        .size())
                .as("no forged task was created")
                .isEqualTo(before);
        assertThat(victim.session().status())
                .as("a planted cookie does not break the session")
                .isEqualTo(200);
        assertThat(victim.call("create_task", "{\"projectId\":1,\"task\":{\"title\":\"Own task\"}}")
                        .status())
                .isEqualTo(200);
        Results.record("board_csrf", Map.of("attempts", attempts.size(), "refused", refused, "forged_changes", 0));
    }

    private static String head(
            URI base, @Nullable String type, String cookies, @Nullable String token, @Nullable String extra) {
        return "POST " + base.getRawPath() + "/call/ HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n"
                + (type == null ? "" : "Content-Type: " + type + "\r\n")
                + "Cookie: " + cookies + "\r\n"
                + (token == null ? "" : "X-CSRF-Token: " + token + "\r\n")
                + (extra == null ? "" : extra + "\r\n");
    }

    private static String replaceCsrf(String cookies, String value) {
        return cookies.replaceAll("MIZAN-CSRF=[^;]*", "MIZAN-CSRF=" + value);
    }
}
