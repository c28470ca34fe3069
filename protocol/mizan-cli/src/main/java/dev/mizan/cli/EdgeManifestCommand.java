package dev.mizan.cli;

import dev.mizan.core.edge.EdgeManifest;
import dev.mizan.ir.IrException;
import dev.mizan.ir.IrReader;
import dev.mizan.ir.edge.EdgeManifests;
import dev.mizan.ir.model.IrDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan edge-manifest}: the edge manifest (docs/edge.md) of an IR file. */
@Command(
        name = "edge-manifest",
        mixinStandardHelpOptions = true,
        description = "Write the edge manifest (JSON, docs/edge-manifest.schema.json) of an IR file.")
final class EdgeManifestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--ir",
            required = true,
            paramLabel = "FILE",
            description = "The IR to read; '-' for standard input.")
    String ir;

    @Option(
            names = "--base-path",
            defaultValue = "/api/mizan",
            paramLabel = "PATH",
            description = "The application's mizan.base-path (default /api/mizan).")
    String basePath = "/api/mizan";

    @Option(
            names = "--without-mwt",
            defaultValue = "anon",
            paramLabel = "MODE",
            description =
                    "A context fetch without an MWT: anon (default) or pass; the application's mizan.edge.without-mwt.")
    String withoutMwt = "anon";

    @Option(
            names = {"--out", "-o"},
            paramLabel = "FILE",
            defaultValue = "-",
            description = "Where to write the manifest; '-' for standard output (default).")
    String out = "-";

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            IrDocument doc = ir.equals("-") ? IrReader.read(System.in.readAllBytes()) : IrReader.read(Path.of(ir));
            EdgeManifest manifest = EdgeManifests.fromIr(doc, basePath, withoutMwt);
            String text = manifest.toJsonText();
            if (out.equals("-")) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(text);
                stdout.flush();
            } else {
                Path file = Path.of(out);
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
                err.println("wrote " + out + " (" + manifest.contexts().size() + " edge-cacheable contexts)");
            }
            return 0;
        } catch (IrException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
