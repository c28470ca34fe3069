package dev.mizan.ir.model;

import org.jspecify.annotations.Nullable;

/** The primitive kinds of a type expression, with their IR spelling. */
public enum Prim {
    STRING("string"),
    BOOLEAN("boolean"),
    INT("int"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double"),
    /** BigDecimal written as a JSON number (as a string it is {@code string<decimal>}). */
    DECIMAL("decimal"),
    /** BigInteger written as a JSON number (as a string it is {@code string<bigint>}). */
    BIGINT("bigint"),
    UUID("uuid"),
    /** ISO LocalDate. */
    DATE("date"),
    /** ISO LocalTime. */
    TIME("time"),
    /** ISO LocalDateTime. */
    DATETIME("datetime"),
    /** Instant, OffsetDateTime, ZonedDateTime: ISO string with offset. */
    INSTANT("instant"),
    /** ISO-8601 duration string. */
    DURATION("duration"),
    /** byte[]: base64 string. */
    BYTES("bytes"),
    /** Any JSON value (JsonNode, Object). */
    ANY("any"),
    /** Output only: no value (null on the wire). */
    VOID("void"),
    /** Input only: an uploaded file, sent as a part of a multipart call. */
    UPLOAD("upload");

    private final String irName;

    Prim(String irName) {
        this.irName = irName;
    }

    /** The spelling in a type expression. */
    public String irName() {
        return irName;
    }

    /** True for the kinds allowed as a map key besides enums: string, int, long, uuid and the java.time kinds. */
    public boolean isMapKey() {
        return switch (this) {
            case STRING, INT, LONG, UUID, DATE, TIME, DATETIME, INSTANT, DURATION -> true;
            case BOOLEAN, FLOAT, DOUBLE, DECIMAL, BIGINT, BYTES, ANY, VOID, UPLOAD -> false;
        };
    }

    /** True for the number kinds, the ones {@code string<N>} takes. */
    public boolean isNumber() {
        return switch (this) {
            case INT, LONG, FLOAT, DOUBLE, DECIMAL, BIGINT -> true;
            case STRING, BOOLEAN, UUID, DATE, TIME, DATETIME, INSTANT, DURATION, BYTES, ANY, VOID, UPLOAD -> false;
        };
    }

    /** The kind spelled {@code name}, or {@code null}. */
    public static @Nullable Prim fromIrName(String name) {
        for (Prim prim : values()) {
            if (prim.irName.equals(name)) {
                return prim;
            }
        }
        return null;
    }
}
