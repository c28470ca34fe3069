package dev.mizan.core.registry;

import dev.mizan.core.Auth;
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
    private final SortedMap<String, ChannelDescriptor> channels;
    private final SortedMap<String, PageDescriptor> pages;

    private final Auth defaultAuth;
    private final String defaultAuthReason;

    Registry(
            Collection<FunctionDescriptor> functions,
            Collection<ContextDescriptor> contexts,
            Auth defaultAuth,
            String defaultAuthReason) {
        this(functions, contexts, List.of(), defaultAuth, defaultAuthReason);
    }

    Registry(
            Collection<FunctionDescriptor> functions,
            Collection<ContextDescriptor> contexts,
            Collection<ChannelDescriptor> channels,
            Auth defaultAuth,
            String defaultAuthReason) {
        this(functions, contexts, channels, List.of(), defaultAuth, defaultAuthReason);
    }

    Registry(
            Collection<FunctionDescriptor> functions,
            Collection<ContextDescriptor> contexts,
            Collection<ChannelDescriptor> channels,
            Collection<PageDescriptor> pages,
            Auth defaultAuth,
            String defaultAuthReason) {
        TreeMap<String, PageDescriptor> pg = new TreeMap<>();
        pages.forEach(p -> pg.put(p.path(), p));
        this.pages = java.util.Collections.unmodifiableSortedMap(pg);
        TreeMap<String, ChannelDescriptor> ch = new TreeMap<>();
        channels.forEach(d -> ch.put(d.name(), d));
        this.channels = java.util.Collections.unmodifiableSortedMap(ch);
        this.defaultAuth = defaultAuth;
        this.defaultAuthReason = defaultAuthReason;
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

    /** Every live channel ({@code @Channel}), sorted by name. */
    public List<ChannelDescriptor> channels() {
        return List.copyOf(channels.values());
    }

    /** Every declared page ({@code @Page}), sorted by path. */
    public List<PageDescriptor> pages() {
        return List.copyOf(pages.values());
    }

    /** The channel of that name, or {@code null}. */
    public @Nullable ChannelDescriptor channel(String name) {
        return channels.get(name);
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

    /** The level functions that declare no auth got ({@code PUBLIC} unless configured). */
    public Auth defaultAuth() {
        return defaultAuth;
    }

    /**
     * One line for the startup log: how many functions and contexts, how many functions per auth
     * level, and what undeclared auth means here and why, e.g. {@code 12 functions in 1 context;
     * auth: 2 public, 9 required, 1 staff; undeclared auth is required (Spring Security is present)}.
     */
    public String summary() {
        java.util.EnumMap<Auth, Integer> byLevel = new java.util.EnumMap<>(Auth.class);
        functions.values().forEach(f -> byLevel.merge(f.auth(), 1, Integer::sum));
        StringBuilder line = new StringBuilder()
                .append(count(functions.size(), "function"))
                .append(" in ")
                .append(count(contexts.size(), "context"));
        if (!byLevel.isEmpty()) {
            line.append("; auth: ");
            line.append(String.join(
                    ", ",
                    byLevel.entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                            .toList()));
        }
        line.append("; undeclared auth is ").append(defaultAuth.name().toLowerCase(java.util.Locale.ROOT));
        if (!defaultAuthReason.isEmpty()) {
            line.append(" (").append(defaultAuthReason).append(')');
        }
        return line.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Functions by name, sorted. */
    public Map<String, FunctionDescriptor> functionsByName() {
        return functions;
    }
}
