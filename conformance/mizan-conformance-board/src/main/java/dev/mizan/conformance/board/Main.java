package dev.mizan.conformance.board;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Command line of the board: {@code --check} (default), {@code --write}, or {@code --print} (the
 * table alone), optionally {@code --root DIR} and {@code --reports [ADAPTER=]DIR} (repeatable). A
 * report directory without an adapter id means the manifest's first adapter, except with
 * {@code --print}, where it prints a one-column board for that report set alone (a server the
 * manifest does not name). Exit status 0 when the README and the proven file agree with the probes,
 * 1 when they do not, 2 on bad usage or unreadable input.
 */
public final class Main {

    private static final String USAGE =
            "usage: capabilities [--check | --write | --print] [--root DIR] [--reports [ADAPTER=]DIR]...";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options options = Options.parse(args);
            if (options.print()) {
                Manifest manifest = Manifest.load(options.files().manifest());
                Board board = options.unnamedReports() != null
                        ? Board.single(manifest, "server under test", ProbeResults.read(options.unnamedReports()))
                        : Board.of(manifest, readAll(manifest, options.files()));
                out.print(board.render());
                return 0;
            }
            Checker checker = new Checker(options.files());
            List<String> problems = options.write() ? checker.write() : checker.check();
            problems.forEach(problem -> err.println("capabilities: " + problem));
            if (problems.isEmpty()) {
                out.println(
                        options.write()
                                ? "capabilities: README table and proven list regenerated"
                                : "capabilities: README table matches the probes");
            }
            return problems.isEmpty() ? 0 : 1;
        } catch (BoardException e) {
            err.println("capabilities: " + e.getMessage());
            return 2;
        }
    }

    private static Map<String, ProbeResults> readAll(Manifest manifest, BoardFiles files) {
        Map<String, ProbeResults> results = new HashMap<>();
        for (Adapter adapter : manifest.adapters()) {
            Path reports = files.reports(adapter);
            if (java.nio.file.Files.isDirectory(reports)) {
                results.put(adapter.id(), ProbeResults.read(reports));
            }
        }
        if (results.isEmpty()) {
            throw new BoardException("no probe reports for any adapter: run the conformance suite first");
        }
        return results;
    }

    private record Options(
            boolean write,
            boolean print,
            BoardFiles files,
            @Nullable Path unnamedReports) {

        static Options parse(String[] args) {
            boolean write = false;
            boolean print = false;
            Path root = Path.of("").toAbsolutePath();
            Map<String, Path> reports = new HashMap<>();
            @Nullable Path unnamed = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--write" -> write = true;
                    case "--check" -> write = false;
                    case "--print" -> print = true;
                    case "--root" -> root = Path.of(value(args, ++i));
                    case "--reports" -> {
                        String value = value(args, ++i);
                        int eq = value.indexOf('=');
                        if (eq > 0 && value.substring(0, eq).matches("[a-z][a-z0-9-]*")) {
                            reports.put(value.substring(0, eq), Path.of(value.substring(eq + 1)));
                        } else {
                            unnamed = Path.of(value);
                        }
                    }
                    default -> throw new BoardException("unknown argument " + args[i] + "; " + USAGE);
                }
            }
            BoardFiles files = BoardFiles.underRoot(root, reports);
            if (unnamed != null && !print) {
                Map<String, Path> withFirst = new HashMap<>(reports);
                withFirst.putIfAbsent(
                        Manifest.load(files.manifest()).firstAdapter().id(), unnamed);
                files = BoardFiles.underRoot(root, withFirst);
                unnamed = null;
            }
            return new Options(write, print, files, unnamed);
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new BoardException("missing value after " + args[index - 1]);
        }
        return args[index];
    }
}
