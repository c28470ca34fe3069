package dev.mizan.core.dispatch;

import dev.mizan.core.registry.FunctionDescriptor;

/** Supplies the object a non-static server function is invoked on (a framework bean, say). */
@FunctionalInterface
public interface InstanceResolver {

    /** The instance for this function, resolved once at startup. */
    Object instanceFor(FunctionDescriptor function);

    /** Creates one instance per declaring class through its no-argument constructor. */
    static InstanceResolver reflective() {
        return new ReflectiveInstances();
    }
}
