package dev.mizan.core.dispatch;

import dev.mizan.core.AuthPredicate;

/** Supplies the instance of a custom auth predicate class, resolved once at startup. */
@FunctionalInterface
public interface PredicateResolver {

    AuthPredicate predicateFor(Class<? extends AuthPredicate> type);

    /** Creates predicates through their no-argument constructor. */
    static PredicateResolver reflective() {
        return type -> ReflectiveInstances.create(type);
    }
}
