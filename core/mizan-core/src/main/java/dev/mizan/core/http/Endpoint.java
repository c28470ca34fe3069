package dev.mizan.core.http;

import dev.mizan.core.MizanException;

/**
 * The Mizan endpoints under an adapter's base path: {@code POST call/}, {@code GET session/} and
 * {@code GET ctx/{name}/}. {@link #route} names the one a request addresses, or refuses it with the
 * envelope every adapter answers (404 for no endpoint, 400 for a wrong method).
 */
public sealed interface Endpoint {

    /** {@code POST {base}/call/}. */
    record Call() implements Endpoint {}

    /** {@code GET {base}/session/}. */
    record Session() implements Endpoint {}

    /** {@code GET {base}/ctx/{name}/}. */
    record Context(String name) implements Endpoint {}

    String CALL = "/call/";
    String CTX = "/ctx/";
    String SESSION = "/session/";

    /**
     * The endpoint of a request.
     *
     * @param method the HTTP method
     * @param path the path below the base path (a missing trailing slash is tolerated; {@code ""} is {@code /})
     * @throws MizanException {@code NOT_FOUND} when no endpoint is there, {@code BAD_REQUEST} for a wrong method
     */
    static Endpoint route(String method, String path) {
        String p = path.isEmpty() ? "/" : path;
        if (!p.endsWith("/")) {
            p = p + "/";
        }
        if (p.equals(CALL)) {
            requireMethod(method, "POST");
            return new Call();
        }
        if (p.equals(SESSION)) {
            requireMethod(method, "GET");
            return new Session();
        }
        if (p.startsWith(CTX) && p.length() > CTX.length() + 1) {
            String name = p.substring(CTX.length(), p.length() - 1);
            if (!name.contains("/")) {
                requireMethod(method, "GET");
                return new Context(name);
            }
        }
        throw Refusals.noEndpoint(p);
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw Refusals.wrongMethod(method, allowed);
        }
    }
}
