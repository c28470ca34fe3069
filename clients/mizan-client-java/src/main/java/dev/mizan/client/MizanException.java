package dev.mizan.client;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every failed call or context fetch throws one of these (unchecked). The class tells the error
 * code: catch {@link ValidationFailedException}, {@link UnauthorizedException}, … or switch over
 * the sealed hierarchy; {@link #code()} is the code as the server wrote it. An error answer whose
 * code this client does not know is a plain {@code MizanException} with {@link #errorCode()} null.
 */
public sealed class MizanException extends RuntimeException
        permits BadRequestException,
                ValidationFailedException,
                UnauthorizedException,
                ForbiddenException,
                NotFoundException,
                PayloadTooLargeException,
                NotImplementedException,
                InternalErrorException,
                MizanClientException {

    private final int status;
    private final String code;
    private final JsonNode details;

    /**
     * @param status the HTTP status (0 when no answer arrived)
     * @param code the error code as the server (or the client) wrote it
     * @param message the envelope's message
     * @param details the envelope's {@code details} object (empty when it had none)
     * @param cause what caused a client-side failure, or {@code null}
     */
    public MizanException(int status, String code, String message, JsonNode details, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    /** The HTTP status; 0 when no answer arrived. */
    public int status() {
        return status;
    }

    /** The error code as written on the wire ({@code VALIDATION_FAILED}, …). */
    public String code() {
        return code;
    }

    /** The code as an enum constant; {@code null} for a code this client does not know. */
    public @Nullable ErrorCode errorCode() {
        return ErrorCode.fromWire(code);
    }

    /** The envelope's {@code details} (an empty object when it had none). */
    public JsonNode details() {
        return details;
    }

    /** {@code details.reason} (e.g. {@code csrf}, {@code token_expired}), or {@code null}. */
    public @Nullable String reason() {
        JsonNode reason = details.get("reason");
        return reason != null && reason.isString() ? reason.asString() : null;
    }

    /**
     * The exception for an error envelope: the subclass of its code, or a plain
     * {@code MizanException} for an unknown code.
     */
    public static MizanException of(int status, String code, String message, @Nullable JsonNode details) {
        JsonNode d = details != null && details.isObject() ? details : JsonNodeFactory.instance.objectNode();
        ErrorCode known = ErrorCode.fromWire(code);
        if (known == null) {
            return new MizanException(status, code, message, d, null);
        }
        return switch (known) {
            case BAD_REQUEST -> new BadRequestException(status, message, d);
            case VALIDATION_FAILED -> new ValidationFailedException(status, message, d);
            case UNAUTHORIZED -> new UnauthorizedException(status, message, d);
            case FORBIDDEN -> new ForbiddenException(status, message, d);
            case NOT_FOUND -> new NotFoundException(status, message, d);
            case PAYLOAD_TOO_LARGE -> new PayloadTooLargeException(status, message, d);
            case NOT_IMPLEMENTED -> new NotImplementedException(status, message, d);
            case INTERNAL_ERROR -> new InternalErrorException(status, message, d);
            case NETWORK_ERROR, INVALID_RESPONSE, ABORTED -> new MizanClientException(status, known, message, null);
        };
    }
}
