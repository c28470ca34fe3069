package dev.mizan.robustness;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One browser-like caller: cookie jar, optional sign-in (HTTP Basic or form login), CSRF token. */
final class Caller {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer: status, body text, and the invalidation header. */
    record Reply(int status, String text, @Nullable String invalidate) {
        JsonNode json() {
            return JSON.readTree(text);
        }

        boolean isEnvelope() {
            return text.startsWith("{\"error\":{\"code\":\"");
        }

        String code() {
            return isEnvelope() ? json().at("/error/code").asString() : "";
        }
    }

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private @Nullable String basic;
    private @Nullable String token;

    Caller(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in with HTTP Basic on every request (the fixture's way). */
    Caller basic(String username, String password) {
        basic = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * Signs in through the application's form login at {@code origin/login} (the task board's way):
     * its static sign-in page takes the form's CSRF token from {@code /login/token} after load, so
     * does this.
     */
    Caller formLogin(String username, String password) {
        String origin = base.getScheme() + "://" + base.getAuthority();
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(origin + "/login/token")).GET());
        if (answer.statusCode() != 200) {
            throw new AssertionError("no sign-in token: " + answer.statusCode());
        }
        JsonNode token = JSON.readTree(answer.body());
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&"
                + enc(token.get("parameterName").asString()) + "="
                + enc(token.get("token").asString());
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(origin + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (done.statusCode() != 302
                || done.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in failed for " + username);
        }
        token = null;
        return this;
    }

    String token() {
        if (token == null) {
            token = session().json().get("csrf_token").asString();
        }
        return token;
    }

    /** The cookies held, as a {@code Cookie} header value. */
    String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    @Nullable
    String authorization() {
        return basic;
    }

    Reply session() {
        return reply(send(request("/session/").GET()));
    }

    Reply call(String function, String argsJson) {
        return post("{\"function\":" + JSON.writeValueAsString(function) + ",\"args\":" + argsJson + "}", Map.of());
    }

    /** Posts a body to {@code /call/} with JSON type and the token, then the given headers over them. */
    Reply post(String body, Map<String, String> headers) {
        HttpRequest.Builder r = request("/call/")
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", token())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(r::setHeader);
        return reply(send(r));
    }

    Reply context(String name, String query) {
        return reply(send(request("/ctx/" + name + "/" + (query.isEmpty() ? "" : "?" + query))
                .GET()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (basic != null) {
            r.header("Authorization", basic);
        }
        return r;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Reply reply(HttpResponse<String> r) {
        return new Reply(
                r.statusCode(),
                r.body(),
                r.headers().firstValue("X-Mizan-Invalidate").orElse(null));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
