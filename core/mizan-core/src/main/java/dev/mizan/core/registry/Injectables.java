package dev.mizan.core.registry;

import dev.mizan.core.RequestHandle;
import java.util.Set;

/**
 * Parameter types the adapter injects instead of reading them from the input: the request handle,
 * {@code java.security.Principal} and the servlet request, response and session. Matched by class
 * name so the core needs no servlet dependency.
 */
public final class Injectables {

    /** Names of the injectable types besides {@link RequestHandle}. */
    public static final Set<String> TYPE_NAMES = Set.of(
            "java.security.Principal",
            "jakarta.servlet.ServletRequest",
            "jakarta.servlet.http.HttpServletRequest",
            "jakarta.servlet.ServletResponse",
            "jakarta.servlet.http.HttpServletResponse",
            "jakarta.servlet.http.HttpSession");

    private Injectables() {}

    /** Whether a parameter of this type is injected by the adapter. */
    public static boolean isInjected(Class<?> type) {
        return type == RequestHandle.class || TYPE_NAMES.contains(type.getName());
    }
}
