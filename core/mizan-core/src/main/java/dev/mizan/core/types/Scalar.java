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
    VOID("void"),
    /** An uploaded file ({@code Upload}, {@code MultipartFile}): input only, sent as a multipart part. */
    UPLOAD("upload");

    private final String irName;

    Scalar(String irName) {
        this.irName = irName;
    }

    /** True for the numeric scalars (written as JSON numbers unless the mapper writes them as strings). */
    public boolean isNumber() {
        return switch (this) {
            case INT, LONG, FLOAT, DOUBLE, DECIMAL, BIGINT -> true;
            case STRING, BOOLEAN, UUID, DATE, TIME, DATETIME, INSTANT, DURATION, BYTES, ANY, VOID, UPLOAD -> false;
        };
    }

    /** The IR spelling ({@code string}, {@code datetime}, ...). */
    public String irName() {
        return irName;
    }
}
