package dev.mizan.core.dispatch;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/** Invokes one method through a method handle prepared at startup, bound to its target. */
final class Invoker {

    private final MethodHandle handle;
    private final @Nullable Object target;

    private Invoker(MethodHandle handle, @Nullable Object target) {
        this.handle = handle;
        this.target = target;
    }

    static Invoker of(Method method, @Nullable Object target) {
        try {
            method.setAccessible(true);
            MethodHandle mh = MethodHandles.lookup().unreflect(method);
            int arity = method.getParameterCount();
            if (Modifier.isStatic(method.getModifiers())) {
                mh = MethodHandles.dropArguments(mh, 0, Object.class);
            }
            mh = mh.asType(MethodType.genericMethodType(arity + 1)).asSpreader(Object[].class, arity);
            return new Invoker(mh, target);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("cannot prepare " + method + " for invocation", e);
        }
    }

    /** Calls the method; the handler's own exceptions propagate unwrapped. */
    @Nullable
    Object invoke(Object[] args) throws Throwable {
        return (Object) handle.invokeExact(target, args);
    }
}
