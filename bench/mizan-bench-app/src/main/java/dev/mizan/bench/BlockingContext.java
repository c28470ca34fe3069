package dev.mizan.bench;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Context {@code blocking}: five members that each block for {@link #BLOCK} (standing in for a
 * database or service call). Run one after another they take 250 ms; Mizan runs them in parallel.
 */
@Component
public class BlockingContext {

    /** How long each member blocks. */
    public static final Duration BLOCK = Duration.ofMillis(50);

    @Client(context = "blocking", auth = Auth.PUBLIC)
    public Item blockingOne() throws InterruptedException {
        return block("one", 1);
    }

    @Client(context = "blocking", auth = Auth.PUBLIC)
    public Item blockingTwo() throws InterruptedException {
        return block("two", 2);
    }

    @Client(context = "blocking", auth = Auth.PUBLIC)
    public Item blockingThree() throws InterruptedException {
        return block("three", 3);
    }

    @Client(context = "blocking", auth = Auth.PUBLIC)
    public Item blockingFour() throws InterruptedException {
        return block("four", 4);
    }

    @Client(context = "blocking", auth = Auth.PUBLIC)
    public Item blockingFive() throws InterruptedException {
        return block("five", 5);
    }

    private static Item block(String name, int value) throws InterruptedException {
        Thread.sleep(BLOCK);
        return new Item(name, value);
    }
}
