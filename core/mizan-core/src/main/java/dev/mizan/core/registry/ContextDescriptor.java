package dev.mizan.core.registry;

import dev.mizan.core.ContextScope;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A context: a named group of read functions fetched together.
 *
 * @param name the context name
 * @param members member function names, sorted
 * @param params context params, sorted by name
 * @param rev the sum of the members' revs
 * @param scope who may share an instance's cached or pushed data ({@link ContextScope#CLASS} unless declared)
 * @param live whether a member declares the context live ({@code @Client(live = true)})
 */
public record ContextDescriptor(
        String name, List<String> members, List<ContextParam> params, int rev, ContextScope scope, boolean live) {

    /** The reserved parameterless singleton context. */
    public static final String GLOBAL = "global";

    public ContextDescriptor {
        members = List.copyOf(members);
        params = List.copyOf(params);
    }

    /** A context of the default scope, {@link ContextScope#CLASS}, not live. */
    public ContextDescriptor(String name, List<String> members, List<ContextParam> params, int rev) {
        this(name, members, params, rev, ContextScope.CLASS, false);
    }

    /** A context that is not live. */
    public ContextDescriptor(
            String name, List<String> members, List<ContextParam> params, int rev, ContextScope scope) {
        this(name, members, params, rev, scope, false);
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
