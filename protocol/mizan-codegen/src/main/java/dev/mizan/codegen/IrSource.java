package dev.mizan.codegen;

import dev.mizan.ir.IrException;
import dev.mizan.ir.IrReader;
import dev.mizan.ir.build.ExportOptions;
import dev.mizan.ir.build.IrExporter;
import dev.mizan.ir.model.IrDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Where the generator reads the IR from: a file, the standard output of a command, or compiled classes. */
public sealed interface IrSource {

    /**
     * Reads and parses the IR.
     *
     * @throws CodegenException when it cannot be read or is not a valid IR document; the message
     *     names the source and, for a bad document, the line and column
     */
    IrDocument load();

    /** A short description for messages: the file path or the command. */
    String describe();

    /**
     * An IR file.
     *
     * @param path the file
     */
    record IrFile(Path path) implements IrSource {

        @Override
        public IrDocument load() {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                throw new CodegenException("IR file " + path + " does not exist");
            } catch (IOException e) {
                throw new CodegenException("cannot read IR file " + path + ": " + e.getMessage(), e);
            }
            return parse(bytes, describe());
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /**
     * A command that prints the IR on its standard output (e.g. {@code mizan export ...}), run by
     * the shell in {@code workDir}. Its standard error goes to ours.
     *
     * @param command the command line
     * @param workDir the directory it runs in
     */
    record IrCommand(String command, Path workDir) implements IrSource {

        @Override
        public IrDocument load() {
            List<String> shell = System.getProperty("os.name").startsWith("Windows")
                    ? List.of("cmd", "/c", command)
                    : List.of("sh", "-c", command);
            try {
                Process process = new ProcessBuilder(shell)
                        .directory(workDir.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .redirectInput(ProcessBuilder.Redirect.INHERIT)
                        .start();
                byte[] out = readAll(process.getInputStream());
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new CodegenException("IR command failed with exit code " + exit + ": " + command);
                }
                return parse(out, "output of `" + command + "`");
            } catch (IOException e) {
                throw new CodegenException("cannot run IR command `" + command + "`: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CodegenException("interrupted while running IR command `" + command + "`", e);
            }
        }

        @Override
        public String describe() {
            return "`" + command + "`";
        }

        private static byte[] readAll(InputStream in) throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
        }
    }

    /**
     * The compiled classes of an application, exported in process (no application start) with a
     * fresh class loader on every load, so recompiled classes are seen.
     *
     * @param options the class path, packages, default auth level and nullness of the export
     * @param warnings gets what the export warns about (packages without a nullness declaration)
     */
    record Classes(ExportOptions options, Consumer<String> warnings) implements IrSource {

        /** Classes whose export warnings go to standard error. */
        public Classes(ExportOptions options) {
            this(options, warning -> System.err.println("warning: " + warning));
        }

        @Override
        public IrDocument load() {
            try {
                return IrExporter.export(options, warnings);
            } catch (IrException e) {
                throw new CodegenException("cannot export the IR of " + describe() + ": " + e.getMessage(), e);
            } catch (LinkageError e) {
                // A class refers to one that is missing or changed: a class directory mid-build.
                throw new CodegenException(
                        "cannot load the classes in " + describe() + " (incomplete, a build in progress?): " + e, e);
            }
        }

        @Override
        public String describe() {
            return "classes in "
                    + options.classpath().stream().map(Path::toString).collect(Collectors.joining(", "));
        }
    }

    private static IrDocument parse(byte[] bytes, String where) {
        try {
            return IrReader.read(bytes);
        } catch (IrException e) {
            throw new CodegenException(where + ": " + e.getMessage(), e);
        }
    }
}
