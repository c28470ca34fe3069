package dev.mizan.ir.kdl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A KDL node.
 *
 * @param type the type annotation, or {@code null}
 * @param name the node name
 * @param args the arguments in source order
 * @param props the properties in source order; of duplicates only the rightmost is kept
 * @param children the child nodes; empty when the node has none (or an empty block)
 * @param position where the node starts
 */
public record KdlNode(
        @Nullable String type,
        String name,
        List<KdlValue> args,
        Map<String, KdlValue> props,
        List<KdlNode> children,
        KdlPosition position) {

    public KdlNode {
        args = List.copyOf(args);
        props = Collections.unmodifiableMap(new LinkedHashMap<>(props));
        children = List.copyOf(children);
    }

    /** A node built in code, with no type annotation and no source position. */
    public static KdlNode of(String name, List<KdlValue> args, Map<String, KdlValue> props, List<KdlNode> children) {
        return new KdlNode(null, name, args, props, children, KdlPosition.NONE);
    }

    /** The property named {@code key}, or {@code null}. */
    public @Nullable KdlValue prop(String key) {
        return props.get(key);
    }
}
