package dev.mizan.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a Mizan server function: served over the wire protocol, described in the IR
 * and called from the generated client.
 *
 * <p>A function with {@link #context()} is a read function bundled into that context; a function
 * with {@link #affects()} or {@link #merge()} is a mutation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Client {

    /** Protocol name; defaults to the method name in snake_case ({@code userProfile} → {@code user_profile}). */
    String name() default "";

    /** Context this read function belongs to; {@code global} is the reserved parameterless singleton. */
    String context() default "";

    /** Contexts, or single context functions, whose cached data a successful call makes stale. */
    String[] affects() default {};

    /** Contexts into which the return value is spliced, into the one member whose output type matches. */
    String[] merge() default {};

    /** Who may call the function; {@link Auth#DEFAULT} takes the application's configured default. */
    Auth auth() default Auth.DEFAULT;

    /** A custom predicate that must also allow the call; {@link AuthPredicate.None} means none. */
    Class<? extends AuthPredicate> predicate() default AuthPredicate.None.class;

    /** Roles of which the caller must hold at least one; empty means no role check. */
    String[] roles() default {};

    /** Cache revision: part of every cache key, bumping it orphans cached entries. */
    int rev() default 1;

    /**
     * The scope of this member's context: who may share its cached or pushed data. At most one
     * value; empty (the default) leaves it to the other members, and to {@link ContextScope#CLASS}
     * when none declares one. Members of one context that declare a scope must agree.
     */
    ContextScope[] scope() default {};

    /**
     * This member's context is live: the generated client subscribes the instances it shows over
     * the live socket and applies what other clients' mutations push (docs/live-updates.md). One
     * member declaring it makes the whole context live.
     */
    boolean live() default false;

    /** Origin caching of this context member's answers; {@code @Cached} without a TTL (the default) means none. */
    Cached cache() default @Cached;
}
