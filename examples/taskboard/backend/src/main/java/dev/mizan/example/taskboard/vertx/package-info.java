/**
 * The task board on Vert.x: the same {@code @Client} objects and React build as the Spring Boot
 * app, registered explicitly on the Mizan Vert.x adapter, with Vert.x's own session and a small
 * form sign-in.
 */
@NullMarked
package dev.mizan.example.taskboard.vertx;

import org.jspecify.annotations.NullMarked;
