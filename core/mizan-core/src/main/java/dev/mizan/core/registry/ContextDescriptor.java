package dev.mizan.core.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A context: a named group of read functions fetched together.
 *
 * @param name the context name
 * @param members member function names, sorted
 * @param params context params, sorted by name
 * @param rev the sum of the members' revs
 */
public record ContextDescriptor(String name, List<String> members, List<ContextParam> params, int rev) {

    /** The reserved parameterless singleton context. */
    public static final String GLOBAL = "global";

    public ContextDescriptor {
        members = List.copyOf(members);
        params = List.copyOf(params);
    }

    /** The param of that name, or {@code null}. */
    public @Nullable ContextParam param(String paramName) {
        for (ContextParam p : params) {
            if (p.name().equals(paramName)) {
                return p;
            }
        }
        return null;
    }

    /** Names of the required params, sorted. */
    public List<String> requiredParams() {
        return params.stream()
                .filter(ContextParam::required)
                .map(ContextParam::name)
                .toList();
    }
}
