package dev.mizan.vertx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @Client} method on the Vert.x event loop instead of a virtual thread. Only for a
 * method that never blocks: no JDBC, no file or socket I/O, no locks held for long, no
 * {@code Thread.sleep}, no waiting on a future. A context bundle runs on the event loop only when
 * every member is marked. In development mode ({@link Mizan.Builder#developmentMode}) a marked
 * method that holds the event loop longer than the budget is refused with an {@code INTERNAL_ERROR}
 * envelope naming the rule, so that a blocking call is found before production. Not part of the IR.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NonBlocking {}
