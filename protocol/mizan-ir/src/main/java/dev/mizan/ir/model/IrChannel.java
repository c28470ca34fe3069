package dev.mizan.ir.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One live channel ({@code @Channel}).
 *
 * @param name the protocol name
 * @param doc the Javadoc summary of the declaring method, or {@code null}
 * @param params the channel's params (one instance per params), sorted by name
 * @param message the message type
 * @param auth who may join and publish
 * @param predicate the custom predicate class name, or {@code null}
 * @param roles roles of which the caller must hold one; empty for no role check
 * @param clientPublish whether clients may publish
 */
public record IrChannel(
        String name,
        @Nullable String doc,
        List<IrParam> params,
        TypeExpr message,
        IrAuth auth,
        @Nullable String predicate,
        List<String> roles,
        boolean clientPublish) {

    public IrChannel {
        params = List.copyOf(params);
        roles = List.copyOf(roles);
    }
}
