package dev.mizan.cli;

import dev.mizan.codegen.CodegenConfig;
import dev.mizan.codegen.CodegenException;
import dev.mizan.codegen.Generation;
import dev.mizan.codegen.IrSource;
import dev.mizan.codegen.JavaOptions;
import dev.mizan.codegen.Target;
import dev.mizan.codegen.Watcher;
import dev.mizan.codegen.WriteResult;
import dev.mizan.core.Auth;
import dev.mizan.core.types.DefaultNullness;
import dev.mizan.ir.build.ExportOptions;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan generate}: writes the typed client of an IR (file, command output or compiled classes). */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generate the typed TypeScript client (and React bindings) from the IR.",
            "Settings come from mizan.json (--config, or ./mizan.json when present); flags override it."
        })
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A mizan.json file. Default: ./mizan.json if present.")
    @Nullable
    Path config;

    @Option(names = "--ir", paramLabel = "FILE", description = "Read the IR from this file.")
    @Nullable
    Path ir;

    @Option(
            names = "--ir-command",
            paramLabel = "CMD",
            description = "Read the IR from the standard output of this shell command.")
    @Nullable
    String irCommand;

    @Option(
            names = {"--classpath", "-cp"},
            paramLabel = "PATHS",
            description = "Export the IR in process from these class directories and jars"
                    + " ('${sys:path.separator}'-separated; repeatable).")
    List<String> classpath = new ArrayList<>();

    @Option(
            names = {"--package", "-p"},
            paramLabel = "PACKAGE",
            description = "With --classpath: package to scan; repeatable.")
    List<String> packages = new ArrayList<>();

    @Option(
            names = "--default-auth",
            paramLabel = "LEVEL",
            description = "With --classpath: PUBLIC (default) or REQUIRED.")
    Auth defaultAuth = Auth.PUBLIC;

    @Option(
            names = "--nullness",
            paramLabel = "DEFAULT",
            description = "With --classpath: what unannotated references mean in packages without a nullness"
                    + " declaration: non-null (default) or nullable.")
    @Nullable
    String nullness;

    @Option(
            names = "--jwt",
            description = "The application turns JWT auth on (mizan.jwt.enabled): export login, refresh and logout.")
    boolean jwt;

    @Option(names = "--out", paramLabel = "DIR", description = "The directory to write the client into.")
    @Nullable
    Path out;

    @Option(names = "--target", paramLabel = "TARGET", description = "react (default), vue, svelte, base or java.")
    @Nullable
    String target;

    @Option(
            names = "--java-package",
            paramLabel = "PACKAGE",
            description = "The package of the java target's sources (default mizan.api).")
    @Nullable
    String javaPackage;

    @Option(names = "--watch", description = "Keep running: regenerate whenever the watched paths change.")
    boolean watch;

    @Option(
            names = "--check",
            description =
                    "Write nothing; exit 1 when the output directory is not what generation would" + " write (for CI).")
    boolean check;

    @Option(
            names = "--watch-path",
            paramLabel = "PATH",
            description = "A file or directory to watch (repeatable). Default: the IR file, or the --classpath"
                    + " directories.")
    List<Path> watchPaths = new ArrayList<>();

    @Option(
            names = "--poll-interval",
            paramLabel = "MILLIS",
            defaultValue = "200",
            description = "How often watch mode looks for changes (default 200 ms).")
    long pollMillis = 200;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Settings settings;
        try {
            settings = settings();
        } catch (CodegenException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            return 2;
        }
        Generation generation = new Generation(settings.source(), settings.out(), settings.target(), settings.java());
        if (check) {
            return check(generation, err);
        }
        if (!watch) {
            return runOnce(generation, err, () -> true) ? 0 : 1;
        }
        if (settings.watch().isEmpty()) {
            err.println("error: nothing to watch: give --watch-path (e.g. the backend's target/classes)");
            return 2;
        }
        err.println("watching " + settings.watch() + " (Ctrl-C to stop)");
        err.flush();
        Watcher watcher = new Watcher(settings.watch(), Duration.ofMillis(pollMillis));
        watcher.run(() -> {
            long before = watcher.fingerprint();
            runOnce(generation, err, () -> watcher.fingerprint() == before);
        });
        return 0;
    }

    private static int check(Generation generation, PrintWriter err) {
        try {
            List<String> differences = generation.check();
            if (differences.isEmpty()) {
                err.println("the client in " + generation.out() + " is up to date");
                return 0;
            }
            err.println("the client in " + generation.out() + " is not up to date; run mizan generate:");
            differences.forEach(d -> err.println("  " + d));
            return 1;
        } catch (CodegenException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            return 1;
        }
    }

    private static boolean runOnce(Generation generation, PrintWriter err, BooleanSupplier inputsUnchanged) {
        long start = System.nanoTime();
        try {
            WriteResult result = generation.run(inputsUnchanged);
            long millis = (System.nanoTime() - start) / 1_000_000;
            err.println("generated " + generation.target().id() + " client in " + generation.out() + ": "
                    + result.summary() + " (" + millis + " ms)");
            return true;
        } catch (CodegenException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            err.println("the previous output in " + generation.out() + " was left as it was");
            return false;
        } finally {
            err.flush();
        }
    }

    private Settings settings() {
        Path workDir = Path.of("").toAbsolutePath();
        CodegenConfig file = config != null
                ? CodegenConfig.load(config)
                : Files.isRegularFile(workDir.resolve(CodegenConfig.FILE_NAME))
                        ? CodegenConfig.load(workDir.resolve(CodegenConfig.FILE_NAME))
                        : CodegenConfig.empty(workDir);
        List<String> problems = new ArrayList<>();
        List<Path> classes = classes();
        int flags = (ir != null ? 1 : 0) + (irCommand != null ? 1 : 0) + (classes.isEmpty() ? 0 : 1);
        IrSource source = null;
        List<Path> watched = new ArrayList<>(watchPaths);
        watched.addAll(file.watch());
        if (flags > 1) {
            problems.add("give only one of --ir, --ir-command and --classpath");
        } else if (ir != null) {
            source = new IrSource.IrFile(ir.toAbsolutePath());
        } else if (irCommand != null) {
            source = new IrSource.IrCommand(irCommand, workDir);
        } else if (!classes.isEmpty()) {
            DefaultNullness chosenNullness = file.nullness() != null ? file.nullness() : DefaultNullness.NON_NULL;
            if (nullness != null) {
                try {
                    chosenNullness = DefaultNullness.parse(nullness);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            source = new IrSource.Classes(new ExportOptions(classes, packages, defaultAuth, chosenNullness, jwt));
        } else if (file.ir() != null) {
            source = new IrSource.IrFile(file.ir());
        } else if (file.irCommand() != null) {
            source = new IrSource.IrCommand(file.irCommand(), file.baseDir());
        } else {
            problems.add("no IR given: use --ir FILE, --ir-command CMD, --classpath PATHS or a mizan.json");
        }
        if (watched.isEmpty() && source instanceof IrSource.IrFile f) {
            watched.add(f.path());
        }
        if (watched.isEmpty() && source instanceof IrSource.Classes) {
            classes.stream().filter(Files::isDirectory).forEach(watched::add);
        }
        Path outDir = out != null ? out.toAbsolutePath() : file.out();
        if (outDir == null) {
            problems.add("no output directory given: use --out DIR or \"out\" in mizan.json");
        }
        Target chosen = target != null ? Target.fromId(target) : file.target() != null ? file.target() : Target.REACT;
        if (chosen == null) {
            problems.add("unknown target '" + target + "' (known: base, react, vue, svelte, java)");
        }
        JavaOptions java = null;
        try {
            java = JavaOptions.inPackage(javaPackage != null ? javaPackage : file.javaPackage());
        } catch (CodegenException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty() || source == null || outDir == null || chosen == null || java == null) {
            throw new CodegenException(problems);
        }
        return new Settings(source, outDir, chosen, watched, java);
    }

    private List<Path> classes() {
        List<Path> paths = new ArrayList<>();
        for (String entry : classpath) {
            for (String part : entry.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    paths.add(Path.of(part).toAbsolutePath());
                }
            }
        }
        return paths;
    }

    private record Settings(IrSource source, Path out, Target target, List<Path> watch, JavaOptions java) {}
}
