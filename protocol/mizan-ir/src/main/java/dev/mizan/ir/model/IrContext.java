package dev.mizan.ir.model;

import java.util.List;

/**
 * A context: read functions fetched and cached together.
 *
 * @param name the context name
 * @param rev the sum of the members' revisions
 * @param scope who may share an instance's cached or pushed data
 * @param params the union of the members' params, sorted by name
 * @param members the member function names, sorted
 * @param live whether clients subscribe to its instances for pushes ({@code live #true})
 */
public record IrContext(
        String name, int rev, IrScope scope, List<IrContextParam> params, List<String> members, boolean live) {

    public IrContext {
        params = List.copyOf(params);
        members = List.copyOf(members);
    }

    /** A context of the default scope, {@link IrScope#CLASS}, not live. */
    public IrContext(String name, int rev, List<IrContextParam> params, List<String> members) {
        this(name, rev, IrScope.CLASS, params, members, false);
    }

    /** A context that is not live. */
    public IrContext(String name, int rev, IrScope scope, List<IrContextParam> params, List<String> members) {
        this(name, rev, scope, params, members, false);
    }
}
