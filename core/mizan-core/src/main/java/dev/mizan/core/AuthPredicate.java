package dev.mizan.core;

/**
 * A custom auth rule named on {@link Client#predicate()}. Implementations need a public no-argument
 * constructor (or are beans, where the framework adapter supports that).
 */
@FunctionalInterface
public interface AuthPredicate {

    /** Whether the request may call the function; a refusal is {@code FORBIDDEN} (or {@code UNAUTHORIZED} when anonymous). */
    boolean allows(RequestHandle request);

    /** The default of {@link Client#predicate()}: no custom predicate. */
    final class None implements AuthPredicate {
        private None() {}

        @Override
        public boolean allows(RequestHandle request) {
            return true;
        }
    }
}
