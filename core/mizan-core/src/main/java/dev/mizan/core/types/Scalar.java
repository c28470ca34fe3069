package dev.mizan.core.types;

/** The scalar kinds of the wire (the IR's primitives), with their IR spelling. */
public enum Scalar {
    STRING("string"),
    BOOLEAN("boolean"),
    INT("int"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double"),
    DECIMAL("decimal"),
    BIGINT("bigint"),
    UUID("uuid"),
    DATE("date"),
    TIME("time"),
    DATETIME("datetime"),
    INSTANT("instant"),
    DURATION("duration"),
    BYTES("bytes"),
    ANY("any"),
    VOID("void");

    private final String irName;

    Scalar(String irName) {
        this.irName = irName;
    }

    /** The IR spelling ({@code string}, {@code datetime}, ...). */
    public String irName() {
        return irName;
    }
}
