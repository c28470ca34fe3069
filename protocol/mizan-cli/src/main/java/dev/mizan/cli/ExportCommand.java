package dev.mizan.cli;

import dev.mizan.core.Auth;
import dev.mizan.core.types.DefaultNullness;
import dev.mizan.ir.IrException;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.build.ExportOptions;
import dev.mizan.ir.build.IrExporter;
import dev.mizan.ir.model.IrDocument;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan export}: writes the IR of compiled classes without starting the application. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Scan compiled classes for @Client methods and write the IR (KDL).")
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"--classpath", "-cp"},
            required = true,
            paramLabel = "PATHS",
            description = "Class directories and jars, separated by '${sys:path.separator}'; repeatable.")
    List<String> classpath = new ArrayList<>();

    @Option(
            names = {"--package", "-p"},
            paramLabel = "PACKAGE",
            description = "Package to scan (with sub-packages); repeatable. Default: everything.")
    List<String> packages = new ArrayList<>();

    @Option(
            names = {"--out", "-o"},
            paramLabel = "FILE",
            defaultValue = "-",
            description = "Where to write the IR; '-' for standard output (default). A file is only"
                    + " rewritten when its bytes change.")
    String out = "-";

    @Option(
            names = "--default-auth",
            defaultValue = "PUBLIC",
            paramLabel = "LEVEL",
            description = "What Auth.DEFAULT means in the application: PUBLIC (default) or REQUIRED.")
    Auth defaultAuth = Auth.PUBLIC;

    @Option(
            names = "--nullness",
            defaultValue = "non-null",
            paramLabel = "DEFAULT",
            description = "What unannotated references mean in packages without a nullness declaration:"
                    + " non-null (default) or nullable.")
    String nullness = "non-null";

    @Option(
            names = "--jwt",
            description = "The application turns JWT auth on (mizan.jwt.enabled): export login, refresh and logout.")
    boolean jwt;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (defaultAuth == Auth.DEFAULT) {
            err.println("error: --default-auth must be a concrete level (PUBLIC, REQUIRED, STAFF, SUPERUSER)");
            return 2;
        }
        DefaultNullness chosen;
        try {
            chosen = DefaultNullness.parse(nullness);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        List<Path> paths = new ArrayList<>();
        for (String entry : classpath) {
            for (String part : entry.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    paths.add(Path.of(part));
                }
            }
        }
        try {
            IrDocument doc = IrExporter.export(
                    new ExportOptions(paths, packages, defaultAuth, chosen, jwt), w -> err.println("warning: " + w));
            if (out.equals("-")) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(IrWriter.toText(doc));
                stdout.flush();
            } else {
                boolean written = IrWriter.writeIfChanged(doc, Path.of(out));
                err.println((written ? "wrote " : "unchanged ") + out + " ("
                        + doc.functions().size() + " functions, " + doc.types().size() + " types)");
            }
            return 0;
        } catch (IrException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
