package dev.mizan.ssr;

import dev.mizan.core.RequestHandle;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.dispatch.Dispatcher;
import dev.mizan.core.http.HttpStatuses;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Answers the context reads of one render, as {@code GET /ctx/{name}/} would answer them for the
 * page's caller. Called on the thread that asked for the render.
 */
@FunctionalInterface
public interface ContextReader {

    /** The answer to one read: the HTTP status {@code GET /ctx/} would have, and its JSON body. */
    record Answer(int status, String body) {}

    /**
     * Reads the context {@code name} with its params as query strings.
     *
     * @param name the context name
     * @param params the params as {@code GET /ctx/} receives them, all strings
     */
    Answer read(String name, Map<String, String> params);

    /** The dispatcher's answer for a caller with no identity, no headers and no session: what a {@code static} page shows. */
    static ContextReader anonymous(Dispatcher dispatcher) {
        return of(dispatcher, NoCaller.INSTANCE);
    }

    /** The dispatcher's answer for the caller of {@code request}: its identity, rights and permission class. */
    static ContextReader of(Dispatcher dispatcher, RequestHandle request) {
        return (name, params) -> {
            DispatchResult result = dispatcher.context(name, params, request);
            int status = result.ok() ? 200 : HttpStatuses.of(result.error());
            return new Answer(status, new String(result.body(), StandardCharsets.UTF_8));
        };
    }
}
