package dev.mizan.spring.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A cookie-keeping HTTP client for one user of the test server, speaking the Mizan wire. */
final class Browser {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String origin;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrfToken;

    Browser(int port) {
        this.origin = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in through Spring Security's form login; the session cookie is kept. */
    Browser login(String username) {
        Answer page = send(HttpRequest.newBuilder(URI.create(origin + "/login")).GET());
        Matcher m = LOGIN_CSRF.matcher(page.text());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on the login page: " + page.text());
        }
        String form =
                "username=" + username + "&password=pw&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        Answer done = send(HttpRequest.newBuilder(URI.create(origin + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (done.status() != 302 || done.header("Location").contains("error")) {
            throw new AssertionError("login failed for " + username + ": " + done.status());
        }
        csrfToken = null;
        return this;
    }

    /** Opens {@code /ws/} with this browser's cookies, its CSRF token and its own Origin. */
    Socket socket() {
        if (csrfToken == null) {
            session();
        }
        return socket(origin, csrfToken);
    }

    /** Opens {@code /ws/} with the given Origin (none when null) and CSRF token (none when null). */
    Socket socket(String originHeader, String token) {
        String url = origin.replace("http:", "ws:") + "/api/mizan/ws/"
                + (token == null ? "" : "?csrf_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return Socket.open(http, URI.create(url), originHeader);
    }

    /** Opens {@code /ws/} like {@link #socket()}, with a listener of the caller's own. */
    java.net.http.WebSocket socket(java.net.http.WebSocket.Listener listener) {
        String url = origin.replace("http:", "ws:") + "/api/mizan/ws/?csrf_token="
                + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8);
        return http.newWebSocketBuilder()
                .header("Origin", origin)
                .buildAsync(URI.create(url), listener)
                .join();
    }

    String csrfToken() {
        if (csrfToken == null) {
            session();
        }
        return csrfToken;
    }

    /** {@code GET /session/}; remembers the CSRF token. */
    Answer session() {
        Answer answer = send(HttpRequest.newBuilder(URI.create(origin + "/api/mizan/session/"))
                .GET());
        csrfToken = answer.json().get("csrf_token").asString();
        return answer;
    }

    /** Plants a cookie for the server's whole origin, as a script on a sibling domain could. */
    void plantCookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(origin), cookie);
    }

    /** The cookies this browser holds, as a {@code Cookie} header value. */
    String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** {@code POST /call/} with the CSRF token (fetched first when missing). */
    Answer call(String function, String argsJson) {
        return post("{\"function\": \"" + function + "\", \"args\": " + argsJson + "}");
    }

    Answer post(String body) {
        return post(HttpRequest.BodyPublishers.ofString(body), Map.of());
    }

    Answer post(HttpRequest.BodyPublisher body, Map<String, String> headers) {
        if (csrfToken == null) {
            session();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + "/api/mizan/call/"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrfToken)
                .POST(body);
        headers.forEach(request::setHeader);
        return send(request);
    }

    /** {@code POST /call/} exactly as given, no token added. */
    Answer postRaw(String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + "/api/mizan/call/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** {@code GET /ctx/{name}/?…}. */
    Answer context(String name, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return get("/api/mizan/ctx/" + name + "/" + (query.isEmpty() ? "" : "?" + query));
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** One HTTP answer. */
    record Answer(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String text() {
            return response.body();
        }

        JsonNode json() {
            return JSON.readTree(response.body());
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        /** The error code of an envelope, or "" for a success. */
        String code() {
            JsonNode error = json().get("error");
            return error == null ? "" : error.get("code").asString();
        }

        JsonNode result() {
            return json().get("result");
        }
    }
}
