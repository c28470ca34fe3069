package dev.mizan.core.upload;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Which parameter types are uploads: {@link Upload} and the types of the registered
 * {@link UploadConverter}s (the Spring starter registers {@code MultipartFile}), alone, in a
 * {@code List}, or {@code Optional}.
 */
public final class Uploads {

    private static final List<UploadConverter> CONVERTERS = new CopyOnWriteArrayList<>();

    static {
        ServiceLoader.load(UploadConverter.class, Uploads.class.getClassLoader())
                .forEach(CONVERTERS::add);
    }

    private Uploads() {}

    /** The shape of an upload parameter. */
    public record Kind(Class<?> element, boolean list, boolean optional) {}

    /** Registers a converter (besides those found through {@link ServiceLoader}). */
    public static void register(UploadConverter converter) {
        if (CONVERTERS.stream().noneMatch(c -> c.getClass() == converter.getClass())) {
            CONVERTERS.add(converter);
        }
    }

    /** Whether a class is a single upload (not a list). */
    public static boolean isUploadClass(Class<?> type) {
        return type == Upload.class || converter(type) != null;
    }

    /** The kind of an upload parameter type, or {@code null} when the type is not an upload. */
    public static @Nullable Kind kind(Type type) {
        if (type instanceof Class<?> c) {
            return isUploadClass(c) ? new Kind(c, false, false) : null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (args.length == 1 && args[0] instanceof Class<?> element && isUploadClass(element)) {
                if (raw == List.class || raw == Collection.class) {
                    return new Kind(element, true, false);
                }
                if (raw == Optional.class) {
                    return new Kind(element, false, true);
                }
            }
        }
        return null;
    }

    /** Whether a parameter type is an upload (single, list or optional). */
    public static boolean isUpload(Type type) {
        return kind(type) != null;
    }

    /** The value a parameter of element class {@code type} receives for one upload. */
    public static Object convert(Upload upload, Class<?> type) {
        if (type == Upload.class) {
            return upload;
        }
        UploadConverter converter = converter(type);
        if (converter == null) {
            throw new IllegalArgumentException("not an upload type: " + type.getName());
        }
        return converter.convert(upload);
    }

    private static @Nullable UploadConverter converter(Class<?> type) {
        for (UploadConverter c : CONVERTERS) {
            if (c.type() == type) {
                return c;
            }
        }
        return null;
    }

    /** A content type reduced to its lower-case {@code type/subtype}. */
    static String mediaType(@Nullable String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
