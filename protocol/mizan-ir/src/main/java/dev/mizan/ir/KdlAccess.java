package dev.mizan.ir;

import dev.mizan.ir.kdl.KdlNode;
import dev.mizan.ir.kdl.KdlPosition;
import dev.mizan.ir.kdl.KdlValue;
import java.util.ArrayList;
import java.util.List;

/** Typed access to the arguments and properties of IR nodes, failing with the node's position. */
final class KdlAccess {

    private KdlAccess() {}

    static IrException error(String problem, KdlPosition at) {
        return new IrException(problem, at.line(), at.column());
    }

    static String arg(KdlNode node) {
        if (node.args().isEmpty()) {
            throw error("'" + node.name() + "' needs an argument", node.position());
        }
        return string(node.args().getFirst(), node.name());
    }

    static List<String> args(KdlNode node) {
        List<String> out = new ArrayList<>();
        for (KdlValue value : node.args()) {
            out.add(string(value, node.name()));
        }
        return out;
    }

    static int intArg(KdlNode node) {
        if (node.args().isEmpty() || !(node.args().getFirst() instanceof KdlValue.KdlNumber n) || !n.isInteger()) {
            throw error("'" + node.name() + "' needs an integer argument", node.position());
        }
        try {
            return n.bigInteger().intValueExact();
        } catch (ArithmeticException e) {
            throw error("'" + node.name() + "' is out of range", n.position());
        }
    }

    static boolean boolArg(KdlNode node) {
        if (node.args().isEmpty() || !(node.args().getFirst() instanceof KdlValue.KdlBoolean b)) {
            throw error("'" + node.name() + "' needs #true or #false", node.position());
        }
        return b.value();
    }

    static KdlValue.KdlString stringProp(KdlNode node, String key) {
        KdlValue value = node.prop(key);
        if (value == null) {
            throw error("'" + node.name() + "' needs a " + key + "= property", node.position());
        }
        if (!(value instanceof KdlValue.KdlString s)) {
            throw error(key + "= must be a string", value.position());
        }
        return s;
    }

    static boolean flag(KdlNode node, String key) {
        KdlValue value = node.prop(key);
        if (value == null) {
            return false;
        }
        if (!(value instanceof KdlValue.KdlBoolean b)) {
            throw error(key + "= must be #true or #false", value.position());
        }
        return b.value();
    }

    private static String string(KdlValue value, String node) {
        if (!(value instanceof KdlValue.KdlString s)) {
            throw error("the arguments of '" + node + "' must be strings", value.position());
        }
        return s.value();
    }
}
