package dev.mizan.core.dispatch;

/**
 * The dispatcher's bounds and disclosure rules (docs/protocol.md, "Bounds" and "Guarded names").
 *
 * @param answerLimit largest answer body in bytes; a bigger one is {@code 413 PAYLOAD_TOO_LARGE}
 * @param invalidateHeaderLimit largest {@code X-Mizan-Invalidate} value in bytes; a longer one is
 *     widened to unscoped entries
 * @param revealGuardedNames whether refusals name guarded functions and contexts (401/403, for
 *     development) instead of answering as for an unknown name
 */
public record DispatchPolicy(long answerLimit, int invalidateHeaderLimit, boolean revealGuardedNames) {

    /** Default answer limit: 16 MiB. */
    public static final long DEFAULT_ANSWER_LIMIT = 16L * 1024 * 1024;

    /** Default header bound: 4 KiB, half of the smallest common server and proxy header limit (8 KiB). */
    public static final int DEFAULT_INVALIDATE_HEADER_LIMIT = 4096;

    public DispatchPolicy {
        if (answerLimit < 1024) {
            throw new IllegalArgumentException("the answer limit must be at least 1 KiB, was " + answerLimit);
        }
        if (invalidateHeaderLimit < 256) {
            throw new IllegalArgumentException(
                    "the X-Mizan-Invalidate limit must be at least 256 bytes, was " + invalidateHeaderLimit);
        }
    }

    /** 16 MiB answers, 4 KiB headers, guarded names hidden. */
    public static DispatchPolicy defaults() {
        return new DispatchPolicy(DEFAULT_ANSWER_LIMIT, DEFAULT_INVALIDATE_HEADER_LIMIT, false);
    }

    public DispatchPolicy withAnswerLimit(long bytes) {
        return new DispatchPolicy(bytes, invalidateHeaderLimit, revealGuardedNames);
    }

    public DispatchPolicy withInvalidateHeaderLimit(int bytes) {
        return new DispatchPolicy(answerLimit, bytes, revealGuardedNames);
    }

    public DispatchPolicy withRevealGuardedNames(boolean reveal) {
        return new DispatchPolicy(answerLimit, invalidateHeaderLimit, reveal);
    }
}
