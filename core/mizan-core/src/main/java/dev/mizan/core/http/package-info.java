/**
 * The HTTP side of the protocol that every HTTP adapter shares, free of any web framework: which
 * endpoint a path is, the status of each error code, the refusals an adapter answers around the
 * dispatcher (no endpoint, wrong method, body limit, failed sign-in) and the {@code /session/}
 * answer. The checks before a call (origin, CSRF, content type) and query decoding are in
 * {@link dev.mizan.core.web}. An adapter translates its framework's request onto these and onto
 * the {@link dev.mizan.core.dispatch.Dispatcher}; it decides nothing of its own.
 */
@NullMarked
package dev.mizan.core.http;

import org.jspecify.annotations.NullMarked;
