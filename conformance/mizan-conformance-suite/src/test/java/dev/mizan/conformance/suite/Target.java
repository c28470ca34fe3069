package dev.mizan.conformance.suite;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The server under test, as the system properties describe it.
 *
 * @param base the Mizan base URL (e.g. {@code http://127.0.0.1:8080/api/mizan}), without a trailing slash
 * @param user a signed-in user with no special rights
 * @param staff a staff user who also holds the {@code auditor} role
 * @param superuser a superuser
 * @param ir the IR file the server's adapter exported for its fixture, when given
 */
record Target(
        URI base,
        Account user,
        Account staff,
        Account superuser,
        @Nullable Path ir) {

    static final String URL = "mizan.conformance.url";
    static final String IR = "mizan.conformance.ir";

    /** The external server named by the system properties, or {@code null} when none is named. */
    static @Nullable Target external() {
        String url = System.getProperty(URL, "").strip();
        if (url.isEmpty()) {
            return null;
        }
        return at(URI.create(url), irFile());
    }

    /** The IR file named by {@code -Dmizan.conformance.ir}, or {@code null}. */
    static @Nullable Path irFile() {
        String ir = System.getProperty(IR, "").strip();
        return ir.isEmpty() ? null : Path.of(ir);
    }

    /** A target at a base URL with the configured (or the fixture's default) accounts. */
    static Target at(URI base, @Nullable Path ir) {
        String text = base.toString();
        URI trimmed = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        return new Target(
                trimmed,
                Account.fromProperty("mizan.conformance.user", "alice:alice-password"),
                Account.fromProperty("mizan.conformance.staff", "sam:sam-password"),
                Account.fromProperty("mizan.conformance.superuser", "root:root-password"),
                ir);
    }
}
