package dev.mizan.core.types;

import java.util.Locale;

/**
 * What an unannotated reference type means in code without a nullness declaration (no
 * {@code @NullMarked} on the class, an enclosing class or the package). A project-wide setting of
 * the IR export (Maven plugin {@code nullness}, CLI {@code --nullness}, {@code mizan.json}
 * {@code "nullness"}). Whatever the setting: {@code @NullMarked} code is non-null by default,
 * {@code @NullUnmarked} code is nullable by default, a {@code @Nullable} use (or {@code Optional})
 * is nullable, and primitives and uses annotated {@code @NonNull}, {@code @NotNull},
 * {@code @NotBlank} or {@code @NotEmpty} are non-null.
 */
public enum DefaultNullness {
    /** Unannotated references in undeclared code are non-null (the default: how such code is usually written). */
    NON_NULL,
    /** Unannotated references in undeclared code may be null (JSpecify's reading of unmarked code). */
    NULLABLE;

    /** The setting's spelling in configuration: {@code non-null} or {@code nullable}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@code non-null} or {@code nullable} (any case, {@code _} for {@code -}).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static DefaultNullness parse(String text) {
        for (DefaultNullness value : values()) {
            if (value.spelling().equalsIgnoreCase(text.strip().replace('_', '-'))) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown nullness '" + text + "' (expected non-null or nullable)");
    }
}
