package dev.mizan.ir.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One server function.
 *
 * @param name the snake_case protocol name
 * @param doc the Javadoc summary of the Java method, or {@code null} when it has none
 * @param params the wire parameters (injected ones never appear), sorted by name
 * @param output the return type ({@code void} prim for none)
 * @param context the context this read function belongs to, or {@code null}
 * @param affects invalidation targets, in declared order
 * @param merge merge targets, in declared order
 * @param auth the effective auth level
 * @param predicate the custom predicate class name, or {@code null}
 * @param roles roles of which the caller must hold one; empty for no role check
 * @param rev the cache revision
 * @param errors the error code names the function can produce, sorted
 * @param cacheTtl seconds the origin cache keeps an answer ({@code @Cached}); 0 when not cached
 * @param form the form marker when the function takes a {@code @MizanForm} record, else {@code null}
 */
public record IrFunction(
        String name,
        @Nullable String doc,
        List<IrParam> params,
        TypeExpr output,
        @Nullable String context,
        List<IrAffects> affects,
        List<String> merge,
        IrAuth auth,
        @Nullable String predicate,
        List<String> roles,
        int rev,
        List<String> errors,
        int cacheTtl,
        @Nullable IrForm form) {

    public IrFunction {
        params = List.copyOf(params);
        affects = List.copyOf(affects);
        merge = List.copyOf(merge);
        roles = List.copyOf(roles);
        errors = List.copyOf(errors);
    }

    /** A function the origin cache does not keep. */
    public IrFunction(
            String name,
            @Nullable String doc,
            List<IrParam> params,
            TypeExpr output,
            @Nullable String context,
            List<IrAffects> affects,
            List<String> merge,
            IrAuth auth,
            @Nullable String predicate,
            List<String> roles,
            int rev,
            List<String> errors) {
        this(name, doc, params, output, context, affects, merge, auth, predicate, roles, rev, errors, 0, null);
    }

    /** A function that is no form. */
    public IrFunction(
            String name,
            @Nullable String doc,
            List<IrParam> params,
            TypeExpr output,
            @Nullable String context,
            List<IrAffects> affects,
            List<String> merge,
            IrAuth auth,
            @Nullable String predicate,
            List<String> roles,
            int rev,
            List<String> errors,
            int cacheTtl) {
        this(name, doc, params, output, context, affects, merge, auth, predicate, roles, rev, errors, cacheTtl, null);
    }

    /** True when the function changes data (it declares affects or merge targets). */
    public boolean isMutation() {
        return !affects.isEmpty() || !merge.isEmpty();
    }
}
