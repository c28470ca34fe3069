package dev.mizan.core.http;

import dev.mizan.core.MizanException;
import org.jspecify.annotations.Nullable;

/**
 * The Mizan endpoints under an adapter's base path: {@code POST call/}, {@code GET session/},
 * {@code GET ctx/{name}/}, {@code GET health/} and {@code GET edge/manifest/}. {@link #route} names
 * the one a request addresses, or refuses it with the envelope every adapter answers (404 for no
 * endpoint, 400 for a wrong method). An adapter whose edge support is off answers the manifest's
 * path with {@link Refusals#noEndpoint}.
 */
public sealed interface Endpoint {

    /** {@code POST {base}/call/}. */
    record Call() implements Endpoint {}

    /** {@code GET {base}/session/}. */
    record Session() implements Endpoint {}

    /** {@code GET {base}/ctx/{name}/}. */
    record Context(String name) implements Endpoint {}

    /** {@code GET {base}/health/}: {@link HealthAnswer}. */
    record Health() implements Endpoint {}

    /** {@code GET {base}/edge/manifest/}: the edge manifest, when the edge support is on. */
    record EdgeManifest() implements Endpoint {}

    String CALL = "/call/";
    String CTX = "/ctx/";
    String SESSION = "/session/";
    String HEALTH = "/health/";
    String EDGE_MANIFEST = "/edge/manifest/";

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
        if (p.equals(EDGE_MANIFEST)) {
            requireMethod(method, "GET");
            return new EdgeManifest();
        }
        if (p.equals(HEALTH)) {
            requireMethod(method, "GET");
            return new Health();
        }
        String name = contextName(p);
        if (name != null) {
            requireMethod(method, "GET");
            return new Context(name);
        }
        throw Refusals.noEndpoint(p);
    }

    /**
     * The context a path below the base path names ({@code /ctx/{name}/}, the trailing slash
     * tolerated), or {@code null} when it names none.
     */
    static @Nullable String contextName(String path) {
        String p = path.endsWith("/") ? path : path + "/";
        if (p.startsWith(CTX) && p.length() > CTX.length() + 1) {
            String name = p.substring(CTX.length(), p.length() - 1);
            if (!name.contains("/")) {
                return name;
            }
        }
        return null;
    }

    /** Whether a path below the base path is the session endpoint's (the trailing slash tolerated). */
    static boolean isSession(String path) {
        return path.equals(SESSION) || path.equals(SESSION.substring(0, SESSION.length() - 1));
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw Refusals.wrongMethod(method, allowed);
        }
    }
}
