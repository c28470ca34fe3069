package dev.mizan.robustness;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generates malformed requests under a base path, deterministically from a seed: broken HTTP
 * framing (sent over raw sockets), mutated call bodies carrying a valid session and token (so they
 * reach the dispatcher), fuzzed {@code /ctx/} query strings, fuzzed headers and fuzzed paths.
 */
final class MalformedRequests {

    /** One generated request. */
    record Case(String kind, byte[] bytes, boolean halfClose) {}

    private static final String[] WEIRD_VALUES = {
        "1e999",
        "-0",
        "99999999999999999999999999",
        "\"\\ud800\"",
        "null",
        "true",
        "[]",
        "{}",
        "\"\"",
        "\"\\u0000\"",
        "-1",
        "3.5",
        "\"" + "x".repeat(5000) + "\"",
        "[".repeat(700) + "]".repeat(700),
        "\"\\x\"",
        "0x10",
        "NaN"
    };
    private static final String[] INSERTS = {
        "{", "}", "[", "]", "\"", ":", ",", "\\", "\u0000", "\u00e9", "\ud83d\ude00", " ", "/*", "'"
    };
    private static final String[] CONTENT_TYPES = {
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=zz",
        "application/json; charset=latin1",
        "application/xml",
        "",
        "application/json;;",
        "application/json; charset=\"utf-8\"",
        "*/*",
        "application/jsonx"
    };

    private final Random random;
    private final String host;
    private final String base;
    private final List<String> bodies;
    private final List<String> contexts;
    private final String token;
    private final String cookies;
    private final String authorization;

    /**
     * @param seed makes the run repeatable
     * @param baseUrl the Mizan base URL
     * @param bodies valid call bodies to mutate
     * @param contexts context names (with a valid query each, {@code name?query})
     * @param token a valid CSRF token for {@code cookies}
     * @param cookies the session's {@code Cookie} header value
     * @param authorization an {@code Authorization} header value, or empty
     */
    MalformedRequests(
            long seed,
            URI baseUrl,
            List<String> bodies,
            List<String> contexts,
            String token,
            String cookies,
            String authorization) {
        this.random = new Random(seed);
        this.host = baseUrl.getAuthority();
        this.base = baseUrl.getRawPath();
        this.bodies = bodies;
        this.contexts = contexts;
        this.token = token;
        this.cookies = cookies;
        this.authorization = authorization;
    }

    Case next() {
        int pick = random.nextInt(100);
        if (pick < 25) {
            return framing();
        }
        if (pick < 60) {
            return body();
        }
        if (pick < 80) {
            return query();
        }
        if (pick < 90) {
            return headers();
        }
        return path();
    }

    private String auth() {
        return authorization.isEmpty() ? "" : "Authorization: " + authorization + "\r\n";
    }

    private String session() {
        return "Cookie: " + cookies + "\r\nX-CSRF-Token: " + token + "\r\n" + auth();
    }

    private Case framing() {
        String body = pick(bodies);
        String call = base + "/call/";
        String json = "Content-Type: application/json\r\n";
        int n = body.getBytes(StandardCharsets.UTF_8).length;
        String[] templates = {
            "POST " + call + " HTTP/1.1\r\nHost: " + host + "\r\n" + json + session()
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + pick(new String[] {"zz", "-1", "fffffffffffffffff", "1;" + "x".repeat(9000), "", "0x5"}) + "\r\n"
                    + body + "\r\n0\r\n\r\n",
            "POST " + call + " HTTP/1.1\r\nHost: " + host + "\r\n" + json + session() + "Content-Length: " + n
                    + "\r\nContent-Length: " + (n + 1 + random.nextInt(5)) + "\r\n\r\n" + body,
            "POST " + call + " HTTP/1.1\r\nHost: " + host + "\r\n" + json + session() + "Content-Length: "
                    + pick(new String[] {"-1", "abc", "1e3", "99999999999999999999", "+5", " "}) + "\r\n\r\n" + body,
            "POST " + call + " HTTP/1.1\r\nHost: " + host + "\r\n" + json + session() + "Content-Length: " + n
                    + "\r\nTransfer-Encoding: "
                    + pick(new String[] {"gzip", "chunked, gzip", "identity", "x", "chunked\u000b"}) + "\r\n\r\n"
                    + body,
            "POST " + call + " HTTP/1.1\r\nHost: " + host + "\r\n" + json + session() + "Expect: "
                    + pick(new String[] {"999-x", "100-continue-not", "fish"}) + "\r\nContent-Length: " + n + "\r\n\r\n"
                    + body,
            pick(new String[] {"TRACE", "CONNECT", "PROPFIND", "BREW", "G\u00c9T", "GET\u0000"}) + " " + base
                    + "/session/ HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
            "GET " + base + "/session/ "
                    + pick(new String[] {"HTTP/1.2", "HTTP/2.0", "HTTP/3", "HTTP/0.9", "HTTX/1.1", "HTTP/1.1x"})
                    + "\r\nHost: " + host + "\r\n\r\n",
            "GET " + base + "/session/ HTTP/1.1\r\nHost: " + host + "\r\nX-Big: "
                    + "a".repeat(9000 + random.nextInt(20000)) + "\r\n\r\n",
            "GET " + base + "/session/ HTTP/1.1\r\nHost: " + host + "\r\nCookie: a="
                    + "b".repeat(9000 + random.nextInt(20000)) + "\r\n\r\n",
            "GET " + base + "/session/ HTTP/1.1\r\nHost: " + host + "\r\n"
                    + pick(new String[] {"Bad Header: x", ": empty", "X\u0000Y: 1", "NoColon"}) + "\r\n\r\n",
            "POST " + call + " HTTP/1.1\r\nHost: " + host + "\r\n" + json + session() + "Content-Length: " + (n + 50)
                    + "\r\n\r\n" + body,
            "GET " + base
                    + pick(new String[] {
                        "/ctx/a%2Fb/",
                        "/ctx\\global/",
                        "/ctx/%zz/",
                        "/session/;jsessionid=x",
                        "/%2e%2e/session/",
                        "/ctx/global/%00/",
                        "/ctx/\u00e9t\u00e9/"
                    })
                    + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
            "GET " + base + "/session/ HTTP/1.1\r\n\r\n",
        };
        int which = random.nextInt(templates.length);
        return new Case("framing", templates[which].getBytes(StandardCharsets.UTF_8), which == 10);
    }

    private Case body() {
        String body = mutate(pick(bodies));
        byte[] bytes =
                random.nextInt(20) == 0 ? randomBytes(1 + random.nextInt(200)) : body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + base + "/call/ HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + session() + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        return new Case("body", concat(head.getBytes(StandardCharsets.UTF_8), bytes), false);
    }

    private String mutate(String body) {
        StringBuilder s = new StringBuilder(body);
        int ops = 1 + random.nextInt(3);
        for (int i = 0; i < ops && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, pick(INSERTS));
                case 2 -> s.setLength(at);
                case 3 -> {
                    int colon = s.indexOf(":", at);
                    if (colon > 0) {
                        int end = colon + 1;
                        while (end < s.length() && ",}]".indexOf(s.charAt(end)) < 0) {
                            end++;
                        }
                        s.replace(colon + 1, end, pick(WEIRD_VALUES));
                    }
                }
                case 4 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(20))));
                default -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return s.toString();
    }

    private Case query() {
        String context = pick(contexts);
        String name = context.contains("?") ? context.substring(0, context.indexOf('?')) : context;
        String valid = context.contains("?") ? context.substring(context.indexOf('?') + 1) : "";
        String fuzz = switch (random.nextInt(7)) {
            case 0 -> valid + "&" + randomQueryText(1 + random.nextInt(12));
            case 1 -> randomQueryText(1 + random.nextInt(40));
            case 2 -> valid + "&" + valid;
            case 3 -> "=" + random.nextInt(10);
            case 4 -> valid.replace("=", "=%" + pick(new String[] {"zz", "0", "", "c3", "e2%82", "ff", "00"}));
            case 5 -> "x".repeat(1 + random.nextInt(3000)) + "=1";
            default -> (valid + "&").repeat(1 + random.nextInt(100));
        };
        String request = "GET " + base + "/ctx/" + name + "/?" + fuzz + " HTTP/1.1\r\nHost: " + host + "\r\n" + auth()
                + "Cookie: " + cookies + "\r\nConnection: close\r\n\r\n";
        return new Case("query", request.getBytes(StandardCharsets.UTF_8), false);
    }

    private String randomQueryText(int length) {
        String alphabet = "abcXYZ019=&%+;,/?#[]@!$'()*-._~\"<>\\^`{|}";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString().replace("#", "%23");
    }

    private Case headers() {
        String body = pick(bodies);
        String extra = switch (random.nextInt(6)) {
            case 0 ->
                "Origin: "
                        + pick(new String[] {
                            "null",
                            "https://evil.example",
                            "http://" + host + ".evil",
                            "file://",
                            "garbage",
                            "http://[::1"
                        })
                        + "\r\n";
            case 1 -> "Sec-Fetch-Site: " + pick(new String[] {"cross-site", "same-site", "bogus"}) + "\r\n";
            case 2 ->
                "Cookie: MIZAN-CSRF="
                        + pick(new String[] {"\u00e9".repeat(40), "\"" + "a".repeat(40) + "\"", token + "x", "", "a b c"
                        })
                        + "\r\n";
            case 3 ->
                "X-CSRF-Token: "
                        + pick(new String[] {token + "x", "", "\u00e9\u00e9", token.substring(1), "a".repeat(500)})
                        + "\r\n";
            default -> "";
        };
        String type = random.nextInt(6) == 5 ? "" : "Content-Type: " + pick(CONTENT_TYPES) + "\r\n";
        String sessionHeaders = extra.startsWith("Cookie")
                ? "X-CSRF-Token: " + token + "\r\n" + auth()
                : extra.startsWith("X-CSRF") ? "Cookie: " + cookies + "\r\n" + auth() : session();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + base + "/call/ HTTP/1.1\r\nHost: " + host + "\r\n" + type + sessionHeaders + extra
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        return new Case("headers", concat(head.getBytes(StandardCharsets.UTF_8), bytes), false);
    }

    private Case path() {
        String tail = pick(new String[] {
            "/",
            "/call",
            "/ctx/",
            "/ctx//",
            "/ctx/nope/",
            "/ctx/global/extra/",
            "/session/x/",
            "/ws/",
            "/call/call/",
            "/CALL/",
            "/ctx/" + "a".repeat(3000) + "/",
            "/ctx/%20/",
            "/ctx/..%2f/",
            "/ctx/%c0%af/",
            "/.env",
            "/ctx/global/?"
        });
        String method = pick(new String[] {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"});
        String request = method + " " + base + tail + " HTTP/1.1\r\nHost: " + host + "\r\n" + session()
                + (method.equals("POST") || method.equals("PUT")
                        ? "Content-Type: application/json\r\nContent-Length: 2\r\n"
                        : "")
                + "Connection: close\r\n\r\n" + (method.equals("POST") || method.equals("PUT") ? "{}" : "");
        return new Case("path", request.getBytes(StandardCharsets.UTF_8), false);
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
