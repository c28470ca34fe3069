package dev.mizan.ir.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Recursive-descent parser for the type-expression grammar of docs/ir.md. */
final class TypeExprParser {

    private final String text;
    private final Set<String> typeVars;
    private int pos;

    TypeExprParser(String text, Set<String> typeVars) {
        this.text = text;
        this.typeVars = typeVars;
    }

    TypeExpr parseAll() {
        TypeExpr type = type();
        if (pos != text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        return type;
    }

    private TypeExpr type() {
        int start = pos;
        String name = identifier();
        TypeExpr base = switch (name) {
            case "list" -> new TypeExpr.ListOf(single(name), false);
            case "set" -> new TypeExpr.SetOf(single(name), false);
            case "map" -> map(start);
            case "string" ->
                pos < text.length() && text.charAt(pos) == '<' ? numberString() : TypeExpr.prim(Prim.STRING);
            default -> namedOrPrim(name);
        };
        if (pos < text.length() && text.charAt(pos) == '?') {
            pos++;
            return base.withNullable(true);
        }
        return base;
    }

    private TypeExpr single(String name) {
        List<TypeExpr> args = arguments(name);
        if (args.size() != 1) {
            throw error(name + " takes one type argument, got " + args.size());
        }
        return args.getFirst();
    }

    private TypeExpr numberString() {
        int at = pos + 1;
        TypeExpr number = single("string");
        if (!(number instanceof TypeExpr.PrimType p) || !p.prim().isNumber() || p.nullable()) {
            throw new TypeExprSyntaxException(
                    "string<N> takes a number kind (int, long, float, double, decimal, bigint), got " + number.render(),
                    at);
        }
        return new TypeExpr.NumberString(p.prim(), false);
    }

    private TypeExpr map(int start) {
        List<TypeExpr> args = arguments("map");
        if (args.size() != 2) {
            throw error("map takes a key and a value type, got " + args.size() + " type arguments");
        }
        TypeExpr key = args.get(0);
        boolean validKey = switch (key) {
            case TypeExpr.PrimType p -> p.prim().isMapKey() && !p.nullable();
            case TypeExpr.Named n -> n.args().isEmpty() && !n.nullable();
            default -> false;
        };
        if (!validKey) {
            throw new TypeExprSyntaxException(
                    "map key must be string, int, long, uuid or an enum name, got " + key.render(), start + 4);
        }
        return new TypeExpr.MapOf(key, args.get(1), false);
    }

    private TypeExpr namedOrPrim(String name) {
        boolean hasArgs = pos < text.length() && text.charAt(pos) == '<';
        Prim prim = Prim.fromIrName(name);
        if (prim != null || typeVars.contains(name)) {
            if (hasArgs) {
                throw error(name + " takes no type arguments");
            }
            return prim != null ? new TypeExpr.PrimType(prim, false) : new TypeExpr.TypeVar(name, false);
        }
        return new TypeExpr.Named(name, hasArgs ? arguments(name) : List.of(), false);
    }

    private List<TypeExpr> arguments(String name) {
        if (pos >= text.length() || text.charAt(pos) != '<') {
            throw error("expected '<' after " + name);
        }
        pos++;
        List<TypeExpr> args = new ArrayList<>();
        args.add(type());
        while (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
            args.add(type());
        }
        if (pos >= text.length() || text.charAt(pos) != '>') {
            throw error("expected ',' or '>'");
        }
        pos++;
        return args;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && isIdentifierChar(text.charAt(pos), pos == start)) {
            pos++;
        }
        if (start == pos) {
            throw error(pos < text.length() ? "expected a type, got '" + text.charAt(pos) + "'" : "expected a type");
        }
        return text.substring(start, pos);
    }

    private static boolean isIdentifierChar(char c, boolean first) {
        return first ? Character.isLetter(c) || c == '_' : Character.isLetterOrDigit(c) || c == '_';
    }

    private TypeExprSyntaxException error(String message) {
        return new TypeExprSyntaxException(message + " at offset " + pos + " in '" + text + "'", pos);
    }
}
