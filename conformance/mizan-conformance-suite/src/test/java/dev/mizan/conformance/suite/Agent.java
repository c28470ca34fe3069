package dev.mizan.conformance.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One browser-like client of the server under test: its own cookie jar, optionally signed in with
 * HTTP Basic, and the CSRF token of its session once {@link #session()} has run.
 */
final class Agent {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final @Nullable String authorization;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private @Nullable String csrfToken;

    Agent(URI base, @Nullable Account account) {
        this.base = base;
        this.authorization = account == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((account.username() + ":" + account.password())
                                        .getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET {base}/session/}; keeps its cookies and CSRF token. */
    Reply session() {
        Reply reply = send(request("/session/").GET());
        if (reply.status() == 200) {
            JsonNode token = reply.json().path("csrf_token");
            csrfToken = token.isString() ? token.asString() : null;
        }
        return reply;
    }

    /** The session's CSRF token, fetching the session first when needed. */
    String csrfToken() {
        if (csrfToken == null) {
            Reply reply = session();
            if (csrfToken == null) {
                throw new AssertionError("GET /session/ gave no csrf_token: " + reply);
            }
        }
        return csrfToken;
    }

    /** Calls a function with arguments given as JSON text, with the CSRF token, like the kernel. */
    Reply call(String function, String argsJson) {
        return post("{\"function\":" + Json.write(function) + ",\"args\":" + argsJson + "}", Map.of());
    }

    /** Calls a function without arguments. */
    Reply call(String function) {
        return call(function, "{}");
    }

    /** Posts a raw body to {@code /call/} with the CSRF token and extra headers. */
    Reply post(String body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("X-CSRF-Token", csrfToken());
        all.putAll(headers);
        return postWithout(body, all);
    }

    /** Posts a raw body to {@code /call/} with exactly the given headers (no CSRF token unless given). */
    Reply postWithout(String body, Map<String, String> headers) {
        HttpRequest.Builder request = request("/call/")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        return send(request);
    }

    /** Posts raw bytes to {@code /call/} with a content type, with the CSRF token. */
    Reply postBytes(byte[] body, String contentType) {
        String token = csrfToken(); // first: it may set the session cookies the request must carry
        return send(request("/call/")
                .header("Content-Type", contentType)
                .header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** {@code GET {base}/ctx/{name}/?query}; the query is given already encoded, or empty. */
    Reply context(String name, String query) {
        return get("/ctx/" + name + "/" + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * Opens {@code {base}/ws/} with this agent's cookies and credentials, the given {@code Origin}
     * (none when null) and, when {@code withToken}, the session's CSRF token.
     */
    LiveSocket socket(@Nullable String origin, boolean withToken) {
        String query =
                withToken ? "?csrf_token=" + java.net.URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8) : "";
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "/ws/" + query);
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (!cookies.isEmpty()) {
            headers.put(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (origin != null) {
            headers.put("Origin", origin);
        }
        return LiveSocket.open(HTTP, uri, headers);
    }

    /** The socket a browser page of the server's own origin opens. */
    LiveSocket socket() {
        return socket(base.getScheme() + "://" + base.getAuthority(), true);
    }

    /** {@code GET} of a path under the base. */
    Reply get(String path) {
        return send(request(path).GET());
    }

    /** {@code GET} of a path under the base with extra headers (an {@code Authorization: Bearer} header, say). */
    Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::setHeader);
        return send(request);
    }

    /**
     * {@code GET} of a page at a path from the server's root (not under the base), as a browser
     * navigates to it: {@code Accept: text/html}, this agent's cookies and credentials.
     */
    Reply page(String path) {
        return send(request(base.resolve(path)).GET().setHeader("Accept", "text/html"));
    }

    /** {@link #page(String)} with extra headers (an {@code If-None-Match}, say). */
    Reply page(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(base.resolve(path)).GET().setHeader("Accept", "text/html");
        headers.forEach(request::setHeader);
        return send(request);
    }

    /** Any method on a path under the base, without a body. */
    Reply method(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        return request(URI.create(base + path));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            keepCookies(response.headers().allValues("Set-Cookie"));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("request to " + base + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void keepCookies(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
    }
}
