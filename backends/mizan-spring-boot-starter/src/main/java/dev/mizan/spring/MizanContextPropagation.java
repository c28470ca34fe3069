package dev.mizan.spring;

/**
 * Carries request-bound state (such as the security context) from the request thread to the
 * virtual threads that run a context bundle's members. Every bean of this type is applied.
 */
@FunctionalInterface
public interface MizanContextPropagation {

    /** Wraps a task created on the request thread so it sees that thread's state when it runs. */
    Runnable wrap(Runnable task);
}
