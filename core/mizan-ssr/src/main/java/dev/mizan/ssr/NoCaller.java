package dev.mizan.ssr;

import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import org.jspecify.annotations.Nullable;

/** The request of nobody: a render for no caller ({@code static} pages). */
enum NoCaller implements RequestHandle {
    INSTANCE;

    @Override
    public @Nullable MizanUser user() {
        return null;
    }

    @Override
    public @Nullable String header(String name) {
        return null;
    }

    @Override
    public <T> @Nullable T unwrap(Class<T> type) {
        return null;
    }
}
