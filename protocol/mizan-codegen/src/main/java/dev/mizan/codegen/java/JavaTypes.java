package dev.mizan.codegen.java;

import dev.mizan.ir.model.Prim;
import dev.mizan.ir.model.TypeExpr;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Spells IR type expressions as Java types, collecting the imports of one file. */
final class JavaTypes {

    static final String NULLABLE = "org.jspecify.annotations.Nullable";

    /** Simple names the generated files import; an IR type of the same name would be ambiguous. */
    static final Map<String, String> RESERVED = Map.ofEntries(
            Map.entry("List", "java.util.List"),
            Map.entry("Set", "java.util.Set"),
            Map.entry("Map", "java.util.Map"),
            Map.entry("LinkedHashMap", "java.util.LinkedHashMap"),
            Map.entry("UUID", "java.util.UUID"),
            Map.entry("BigDecimal", "java.math.BigDecimal"),
            Map.entry("BigInteger", "java.math.BigInteger"),
            Map.entry("LocalDate", "java.time.LocalDate"),
            Map.entry("LocalTime", "java.time.LocalTime"),
            Map.entry("LocalDateTime", "java.time.LocalDateTime"),
            Map.entry("OffsetDateTime", "java.time.OffsetDateTime"),
            Map.entry("Duration", "java.time.Duration"),
            Map.entry("JsonNode", "tools.jackson.databind.JsonNode"),
            Map.entry("TypeReference", "tools.jackson.core.type.TypeReference"),
            Map.entry("Nullable", NULLABLE),
            Map.entry("NullMarked", "org.jspecify.annotations.NullMarked"),
            Map.entry("MizanClient", "dev.mizan.client.MizanClient"),
            Map.entry("JsonProperty", "com.fasterxml.jackson.annotation.JsonProperty"),
            Map.entry("JsonInclude", "com.fasterxml.jackson.annotation.JsonInclude"),
            Map.entry("JsonFormat", "com.fasterxml.jackson.annotation.JsonFormat"),
            Map.entry("JsonTypeInfo", "com.fasterxml.jackson.annotation.JsonTypeInfo"),
            Map.entry("JsonTypeName", "com.fasterxml.jackson.annotation.JsonTypeName"),
            Map.entry("JsonSubTypes", "com.fasterxml.jackson.annotation.JsonSubTypes"),
            Map.entry("JsonAnyGetter", "com.fasterxml.jackson.annotation.JsonAnyGetter"),
            Map.entry("JsonAnySetter", "com.fasterxml.jackson.annotation.JsonAnySetter"),
            Map.entry("Object", "java.lang.Object"),
            Map.entry("String", "java.lang.String"),
            Map.entry("Integer", "java.lang.Integer"),
            Map.entry("Long", "java.lang.Long"),
            Map.entry("Boolean", "java.lang.Boolean"),
            Map.entry("Double", "java.lang.Double"),
            Map.entry("Float", "java.lang.Float"),
            Map.entry("Void", "java.lang.Void"),
            Map.entry("Override", "java.lang.Override"),
            Map.entry("Record", "java.lang.Record"),
            Map.entry("Enum", "java.lang.Enum"));

    private final TreeSet<String> imports = new TreeSet<>();

    /** Records an import and returns the simple name. */
    String use(String qualified) {
        if (!qualified.startsWith("java.lang.")) {
            imports.add(qualified);
        }
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** The import lines, sorted. */
    String importBlock() {
        return imports.stream().map(i -> "import " + i + ";\n").collect(Collectors.joining());
    }

    /** The Java type of a value of {@code type}; primitives stay primitive unless nullable. */
    String of(TypeExpr type) {
        return spell(type, false);
    }

    /** The Java type where a primitive cannot stand (type arguments, optional values). */
    String boxed(TypeExpr type) {
        return spell(type, true);
    }

    /** {@link #boxed} and marked nullable. */
    String nullable(TypeExpr type) {
        return spell(type.withNullable(true), true);
    }

    private String spell(TypeExpr type, boolean boxed) {
        boolean nullable = type.nullable();
        boolean box = boxed || nullable;
        String base = switch (type) {
            case TypeExpr.PrimType p -> prim(p.prim(), box);
            case TypeExpr.NumberString n -> prim(n.number(), box);
            case TypeExpr.ListOf l -> use("java.util.List") + "<" + spell(l.element(), true) + ">";
            case TypeExpr.SetOf s -> use("java.util.Set") + "<" + spell(s.element(), true) + ">";
            case TypeExpr.MapOf m ->
                use("java.util.Map") + "<" + spell(m.key(), true) + ", " + spell(m.value(), true) + ">";
            case TypeExpr.Named n ->
                n.args().isEmpty()
                        ? n.name()
                        : n.name()
                                + n.args().stream()
                                        .map(a -> spell(a, true))
                                        .collect(Collectors.joining(", ", "<", ">"));
            case TypeExpr.TypeVar v -> v.name();
        };
        if (!nullable) {
            return base;
        }
        if (base.endsWith("[]")) {
            return base.substring(0, base.length() - 2) + " @" + use(NULLABLE) + " []";
        }
        return "@" + use(NULLABLE) + " " + base;
    }

    private String prim(Prim prim, boolean box) {
        return switch (prim) {
            case STRING -> "String";
            case BOOLEAN -> box ? "Boolean" : "boolean";
            case INT -> box ? "Integer" : "int";
            case LONG -> box ? "Long" : "long";
            case FLOAT -> box ? "Float" : "float";
            case DOUBLE -> box ? "Double" : "double";
            case DECIMAL -> use("java.math.BigDecimal");
            case BIGINT -> use("java.math.BigInteger");
            case UUID -> use("java.util.UUID");
            case DATE -> use("java.time.LocalDate");
            case TIME -> use("java.time.LocalTime");
            case DATETIME -> use("java.time.LocalDateTime");
            case INSTANT -> use("java.time.OffsetDateTime");
            case DURATION -> use("java.time.Duration");
            case BYTES -> "byte[]";
            case ANY -> use("tools.jackson.databind.JsonNode");
            case VOID -> "Void";
            case UPLOAD -> use("dev.mizan.client.FileUpload");
        };
    }

    /** True when the expression (not nested) is {@code string<N>}: written as a JSON string. */
    static boolean numberAsString(TypeExpr type) {
        return type instanceof TypeExpr.NumberString;
    }

    /** True for {@code void}. */
    static boolean isVoid(TypeExpr type) {
        return type instanceof TypeExpr.PrimType p && p.prim() == Prim.VOID;
    }
}
