package dev.mizan.core.registry;

import java.lang.reflect.Method;

/**
 * One startup validation problem, reported against the method that causes it.
 *
 * @param source {@code Class#method}
 * @param message what is wrong and how to fix it
 */
public record Problem(String source, String message) {

    /** The {@code Class#method} name of a method. */
    public static String source(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
