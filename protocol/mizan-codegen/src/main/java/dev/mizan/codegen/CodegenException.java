package dev.mizan.codegen;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Generation failed: the IR could not be read or is inconsistent, or the output could not be
 * written. Carries every problem found, each naming where it was found; the previous output is
 * left as it was.
 */
public final class CodegenException extends RuntimeException {

    private final List<String> problems;

    /** One problem. */
    public CodegenException(String problem) {
        this(List.of(problem), null);
    }

    /** Several problems, found together. */
    public CodegenException(List<String> problems) {
        this(problems, null);
    }

    /** One problem with its cause. */
    public CodegenException(String problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    private CodegenException(List<String> problems, @Nullable Throwable cause) {
        super(String.join("\n", problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
