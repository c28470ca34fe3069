/**
 * Mizan on Vert.x: the protocol's endpoints on a Vert.x-web {@code Router}, translated onto the
 * core's dispatcher. Objects are registered explicitly ({@link dev.mizan.vertx.Mizan#builder()});
 * who the caller is comes from a {@link dev.mizan.vertx.MizanUserResolver}. Bodies are read on the
 * event loop; functions run on virtual threads unless marked {@link dev.mizan.vertx.NonBlocking}.
 */
@NullMarked
package dev.mizan.vertx;

import org.jspecify.annotations.NullMarked;
