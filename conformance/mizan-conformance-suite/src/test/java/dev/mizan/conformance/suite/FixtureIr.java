package dev.mizan.conformance.suite;

import dev.mizan.conformance.fixture.FixtureFunctions;
import dev.mizan.core.Auth;
import dev.mizan.core.types.DefaultNullness;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.build.ExportOptions;
import dev.mizan.ir.build.IrExporter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the fixture's IR comes from: an adapter's export file, or the IR exporter over the fixture's functions. */
final class FixtureIr {

    private FixtureIr() {}

    /** The IR file another adapter exported (given by {@code -Dmizan.conformance.ir}). */
    static String fromFile(@Nullable Path file) {
        if (file == null) {
            throw new AssertionError(
                    "no IR to compare: pass the adapter's export of its fixture with -D" + Target.IR + "=FILE");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read the IR file " + file + ": " + e, e);
        }
    }

    /**
     * The fixture's IR as the IR exporter writes it from the compiled classes of the shared fixture
     * functions (what {@code mizan export} and the build plugin produce for the Spring fixture), with
     * the starter's default auth level.
     */
    static String export() {
        try {
            Path classes = Path.of(FixtureFunctions.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            // The Spring fixture turns JWT auth on (mizan.jwt.enabled): its IR lists login, refresh and logout.
            return IrWriter.toText(IrExporter.export(new ExportOptions(
                    List.of(classes),
                    List.of(FixtureFunctions.class.getPackageName()),
                    Auth.PUBLIC,
                    DefaultNullness.NON_NULL,
                    true)));
        } catch (URISyntaxException e) {
            throw new AssertionError("cannot locate the fixture's classes: " + e, e);
        }
    }
}
