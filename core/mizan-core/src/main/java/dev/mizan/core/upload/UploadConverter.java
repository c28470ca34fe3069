package dev.mizan.core.upload;

/**
 * Lets a framework's own upload type (Spring's {@code MultipartFile}) stand for {@link Upload} in a
 * server function's parameters. Found through {@link java.util.ServiceLoader} or
 * {@link Uploads#register}.
 */
public interface UploadConverter {

    /** The framework type a parameter declares. */
    Class<?> type();

    /** A view of the upload as that type (valid while the call runs). */
    Object convert(Upload upload);
}
