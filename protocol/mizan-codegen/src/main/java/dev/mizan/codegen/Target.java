package dev.mizan.codegen;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What the generator emits: the framework-agnostic client, or that plus the bindings of one UI framework. */
public enum Target {
    /** Types, {@code callX} and {@code fetchXContext} over {@code @mizan/base}. */
    BASE("base"),
    /** {@link #BASE} plus providers and hooks over {@code @mizan/react}. */
    REACT("react"),
    /** {@link #BASE} plus a plugin and composables over {@code @mizan/vue} (Vue 3.5+). */
    VUE("vue"),
    /** {@link #BASE} plus rune-based functions over {@code @mizan/svelte} (Svelte 5). */
    SVELTE("svelte"),
    /** Java sources: records for the IR's types and a typed client over {@code mizan-client-java} (Java 21+). */
    JAVA("java");

    private final String id;

    Target(String id) {
        this.id = id;
    }

    /** The name used on the command line and in {@code mizan.json}. */
    public String id() {
        return id;
    }

    /** The target called {@code id}, or {@code null}. */
    public static @Nullable Target fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(null);
    }

    /** The target called {@code id}; a {@link CodegenException} naming the known ones otherwise. */
    public static Target parse(String id) {
        Target target = fromId(id);
        if (target == null) {
            String known = Arrays.stream(values()).map(Target::id).collect(Collectors.joining(", "));
            throw new CodegenException("unknown target '" + id + "' (known: " + known + ")");
        }
        return target;
    }
}
