package dev.mizan.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a live channel: typed messages that server code (and, when {@link #clientPublish()}
 * allows it, clients) publish to every socket joined to the same channel instance (MIZAN.md §4,
 * docs/live-updates.md "Channels").
 *
 * <p>The annotated method declares the channel: its parameter named {@code message} is the message
 * type, its other wire parameters are the channel's params (one instance per params, like a
 * context instance), injected parameters ({@code RequestHandle}, …) are allowed, and its return
 * type must be the message type. The method runs on every client publish, with the publishing
 * caller's rights: it returns the message that is fanned out (stamped or normalized) or throws a
 * {@link MizanException} to refuse it. Server code publishes through the channel publisher without
 * running it.
 *
 * <pre>{@code
 * @Channel(auth = Auth.REQUIRED, clientPublish = true)
 * public Presence boardPresence(long projectId, Presence message, RequestHandle caller) {
 *     return new Presence(caller.user().name(), message.typing());
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Channel {

    /** Protocol name; defaults to the method name in snake_case. */
    String name() default "";

    /** Who may join the channel (and publish to it); {@link Auth#DEFAULT} takes the application's default. */
    Auth auth() default Auth.DEFAULT;

    /** A custom predicate that must also allow the caller; {@link AuthPredicate.None} means none. */
    Class<? extends AuthPredicate> predicate() default AuthPredicate.None.class;

    /** Roles of which the caller must hold at least one; empty means no role check. */
    String[] roles() default {};

    /** Whether clients may publish ({@code publish} frames); {@code false}: only server code publishes. */
    boolean clientPublish() default false;
}
