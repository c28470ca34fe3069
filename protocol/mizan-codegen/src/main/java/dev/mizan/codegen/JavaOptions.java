package dev.mizan.codegen;

import java.util.regex.Pattern;

/**
 * Options of the {@link Target#JAVA} target.
 *
 * @param packageName the Java package of the generated sources (they are written below the output
 *     directory in the package's folders, so the output directory is a source root)
 * @param clientName the simple name of the generated client class
 */
public record JavaOptions(String packageName, String clientName) {

    /** The package when none is given. */
    public static final String DEFAULT_PACKAGE = "mizan.api";

    /** The client class name when none is given. */
    public static final String DEFAULT_CLIENT = "MizanApi";

    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    public JavaOptions {
        if (!PACKAGE.matcher(packageName).matches()) {
            throw new CodegenException("not a Java package name: '" + packageName + "'");
        }
        if (!clientName.matches("[A-Z][A-Za-z0-9_]*")) {
            throw new CodegenException("not a Java class name: '" + clientName + "'");
        }
    }

    /** The defaults: package {@value #DEFAULT_PACKAGE}, class {@value #DEFAULT_CLIENT}. */
    public static JavaOptions defaults() {
        return new JavaOptions(DEFAULT_PACKAGE, DEFAULT_CLIENT);
    }

    /** The given package (the default when {@code null}) and the default class name. */
    public static JavaOptions inPackage(@org.jspecify.annotations.Nullable String packageName) {
        return new JavaOptions(packageName == null ? DEFAULT_PACKAGE : packageName, DEFAULT_CLIENT);
    }
}
