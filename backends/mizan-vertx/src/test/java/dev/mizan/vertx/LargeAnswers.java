package dev.mizan.vertx;

import dev.mizan.core.Client;
import io.vertx.core.Context;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers over the in-memory bound, which are serialized again while written (streamed). */
public class LargeAnswers {

    /** Where each serialization of a {@link Page} ran: {@code loop} or {@code virtual}. */
    static final List<String> SERIALIZED_ON = new CopyOnWriteArrayList<>();

    /** A large answer whose serialization records its thread. */
    public record Page(String text) {
        @Override
        public String text() {
            SERIALIZED_ON.add(
                    Context.isOnEventLoopThread()
                            ? "loop"
                            : Thread.currentThread().isVirtual() ? "virtual" : "other");
            return text;
        }
    }

    /** 300 KB from a virtual thread. */
    @Client
    public Page largePage() {
        return new Page("b".repeat(300_000));
    }

    /** 300 KB from the event loop. */
    @Client
    @NonBlocking
    public Page largeQuickPage() {
        return new Page("q".repeat(300_000));
    }
}
