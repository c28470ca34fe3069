package dev.mizan.codegen.view;

/**
 * A member of an object type: a record field, a function argument or a context param.
 *
 * @param key the property key, quoted when it is not an identifier
 * @param optional true for {@code key?:}
 * @param type the TypeScript type
 */
public record FieldView(String key, boolean optional, String type) {

    /** {@code ?} for an optional member, else empty. */
    public String mark() {
        return optional ? "?" : "";
    }
}
