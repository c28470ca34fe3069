package dev.mizan.core.jwt;

/** A token that does not authenticate anyone, with the reason sent to the client. */
public final class TokenRejected extends Exception {

    /** Why a token was refused; the wire value goes into the envelope's {@code details.reason}. */
    public enum Reason {
        /** Signature, algorithm, key, issuer, audience, type or claims are wrong, or it is not a JWT. */
        INVALID("token_invalid"),
        /** Past its {@code exp}: a client may refresh and retry. */
        EXPIRED("token_expired"),
        /** Its family was revoked (logout, or a replayed refresh token). */
        REVOKED("token_revoked"),
        /** A refresh token used a second time: its whole family is now revoked. */
        REUSED("refresh_token_reused");

        private final String wire;

        Reason(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    private final Reason reason;

    public TokenRejected(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
