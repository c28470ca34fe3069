package dev.mizan.core.dispatch;

import dev.mizan.core.registry.FunctionDescriptor;
import java.lang.reflect.Constructor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One instance per declaring class, made with its no-argument constructor. */
final class ReflectiveInstances implements InstanceResolver {

    private final ConcurrentMap<Class<?>, Object> instances = new ConcurrentHashMap<>();

    @Override
    public Object instanceFor(FunctionDescriptor function) {
        return instances.computeIfAbsent(function.method().getDeclaringClass(), ReflectiveInstances::create);
    }

    static <T> T create(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot create " + type.getName() + ": it needs a no-argument constructor", e);
        }
    }
}
