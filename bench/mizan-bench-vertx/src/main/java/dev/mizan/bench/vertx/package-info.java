/**
 * The benchmark server on Vert.x: the Mizan echo on the Vert.x adapter beside the same echo as a raw
 * Vert.x-web handler, on the same router and event loops, and the context of five trivial members.
 */
@NullMarked
package dev.mizan.bench.vertx;

import org.jspecify.annotations.NullMarked;
