package dev.mizan.codegen.render;

import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrType;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Lookups by name into an IR document, built once (the document's own lookups scan its lists). */
final class IrIndex {

    private final Map<String, IrFunction> functions = new HashMap<>();
    private final Map<String, IrContext> contexts = new HashMap<>();
    private final Map<String, IrType> types = new HashMap<>();

    IrIndex(IrDocument ir) {
        ir.functions().forEach(f -> functions.putIfAbsent(f.name(), f));
        ir.contexts().forEach(c -> contexts.putIfAbsent(c.name(), c));
        ir.types().forEach(t -> types.putIfAbsent(t.name(), t));
    }

    @Nullable
    IrFunction function(String name) {
        return functions.get(name);
    }

    @Nullable
    IrContext context(String name) {
        return contexts.get(name);
    }

    @Nullable
    IrType type(String name) {
        return types.get(name);
    }
}
