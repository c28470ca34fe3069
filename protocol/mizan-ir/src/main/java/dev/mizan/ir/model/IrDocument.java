package dev.mizan.ir.model;

import java.util.List;

/**
 * A whole IR document: what a backend serves, as the code generator sees it.
 *
 * @param version the IR grammar version ({@link #CURRENT_VERSION} for documents written now)
 * @param functions every server function
 * @param contexts every context
 * @param types every named type the functions and other types refer to
 * @param channels every live channel ({@code @Channel})
 * @param pages every page ({@code @Page})
 */
public record IrDocument(
        int version,
        List<IrFunction> functions,
        List<IrContext> contexts,
        List<IrType> types,
        List<IrChannel> channels,
        List<IrPage> pages) {

    /** The version this module writes and reads. */
    public static final int CURRENT_VERSION = 1;

    public IrDocument {
        functions = List.copyOf(functions);
        contexts = List.copyOf(contexts);
        types = List.copyOf(types);
        channels = List.copyOf(channels);
        pages = List.copyOf(pages);
    }

    /** A document without pages. */
    public IrDocument(
            int version,
            List<IrFunction> functions,
            List<IrContext> contexts,
            List<IrType> types,
            List<IrChannel> channels) {
        this(version, functions, contexts, types, channels, List.of());
    }

    /** A document without channels. */
    public IrDocument(int version, List<IrFunction> functions, List<IrContext> contexts, List<IrType> types) {
        this(version, functions, contexts, types, List.of(), List.of());
    }

    /** The channel with this name, or {@code null}. */
    public @org.jspecify.annotations.Nullable IrChannel channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The function with this protocol name, or {@code null}. */
    public @org.jspecify.annotations.Nullable IrFunction function(String name) {
        return functions.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The context with this name, or {@code null}. */
    public @org.jspecify.annotations.Nullable IrContext context(String name) {
        return contexts.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The named type with this IR name, or {@code null}. */
    public @org.jspecify.annotations.Nullable IrType type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
