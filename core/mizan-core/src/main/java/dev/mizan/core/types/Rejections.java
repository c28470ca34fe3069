package dev.mizan.core.types;

import java.util.Iterator;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.stream.BaseStream;
import org.jspecify.annotations.Nullable;

/** Classes the wire cannot carry as a value, with the reason. */
final class Rejections {

    private Rejections() {}

    /** Why {@code c} cannot be a wire value, or {@code null} when nothing rules it out yet. */
    static @Nullable String problem(Class<?> c) {
        if (Future.class.isAssignableFrom(c) || CompletionStage.class.isAssignableFrom(c)) {
            return c.getName() + " is an asynchronous result: return the value itself";
        }
        if (BaseStream.class.isAssignableFrom(c) || Iterator.class.isAssignableFrom(c)) {
            return c.getName() + " is a one-shot stream: use a List";
        }
        if (c == Void.class || c == void.class) {
            return "void is only allowed as a return type";
        }
        if (c == java.util.Date.class || c == java.util.Calendar.class) {
            return c.getName() + " has no ISO wire form: use java.time (LocalDate, Instant, ...)";
        }
        if (c == Number.class) {
            return "java.lang.Number is ambiguous on the wire: use int, long, double or BigDecimal";
        }
        String name = c.getName();
        boolean platform = name.startsWith("java.")
                || name.startsWith("javax.")
                || name.startsWith("jakarta.")
                || name.startsWith("tools.jackson.")
                || name.startsWith("com.fasterxml.")
                || name.startsWith("org.springframework.");
        if (platform && !c.isEnum()) {
            return name + " is not a type the wire can carry";
        }
        return null;
    }
}
