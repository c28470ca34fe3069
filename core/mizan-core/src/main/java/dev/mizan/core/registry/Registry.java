package dev.mizan.core.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The validated set of server functions and the contexts they form. Immutable; built by {@link
 * #builder()} from classes or methods, without instances and without any framework.
 */
public final class Registry {

    private final SortedMap<String, FunctionDescriptor> functions;
    private final SortedMap<String, ContextDescriptor> contexts;

    Registry(Collection<FunctionDescriptor> functions, Collection<ContextDescriptor> contexts) {
        TreeMap<String, FunctionDescriptor> f = new TreeMap<>();
        functions.forEach(d -> f.put(d.name(), d));
        TreeMap<String, ContextDescriptor> c = new TreeMap<>();
        contexts.forEach(d -> c.put(d.name(), d));
        this.functions = java.util.Collections.unmodifiableSortedMap(f);
        this.contexts = java.util.Collections.unmodifiableSortedMap(c);
    }

    /** Starts a registry: add classes or methods, then {@link RegistryBuilder#build()}. */
    public static RegistryBuilder builder() {
        return new RegistryBuilder();
    }

    /** Every function, sorted by name. */
    public List<FunctionDescriptor> functions() {
        return List.copyOf(functions.values());
    }

    /** Every context, sorted by name. */
    public List<ContextDescriptor> contexts() {
        return List.copyOf(contexts.values());
    }

    /** The function of that protocol name, or {@code null}. */
    public @Nullable FunctionDescriptor function(String name) {
        return functions.get(name);
    }

    /** The context of that name, or {@code null}. */
    public @Nullable ContextDescriptor context(String name) {
        return contexts.get(name);
    }

    /** The member functions of a context, in the context's (sorted) member order. */
    public List<FunctionDescriptor> members(ContextDescriptor context) {
        return context.members().stream().map(functions::get).toList();
    }

    /** Functions by name, sorted. */
    public Map<String, FunctionDescriptor> functionsByName() {
        return functions;
    }
}
