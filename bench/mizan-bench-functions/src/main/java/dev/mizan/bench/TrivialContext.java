package dev.mizan.bench;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;

/**
 * Context {@code trivial}: five members that do no work, so a bundle's cost is Mizan's own. Each
 * member is also callable alone through {@code /call/}, the baseline of the bundling measure.
 */
public class TrivialContext {

    @Client(context = "trivial", auth = Auth.PUBLIC)
    public Item trivialOne() {
        return new Item("one", 1);
    }

    @Client(context = "trivial", auth = Auth.PUBLIC)
    public Item trivialTwo() {
        return new Item("two", 2);
    }

    @Client(context = "trivial", auth = Auth.PUBLIC)
    public Item trivialThree() {
        return new Item("three", 3);
    }

    @Client(context = "trivial", auth = Auth.PUBLIC)
    public Item trivialFour() {
        return new Item("four", 4);
    }

    @Client(context = "trivial", auth = Auth.PUBLIC)
    public Item trivialFive() {
        return new Item("five", 5);
    }
}
