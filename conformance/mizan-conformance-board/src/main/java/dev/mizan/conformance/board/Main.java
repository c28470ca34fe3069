package dev.mizan.conformance.board;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Command line of the board: {@code --check} (default), {@code --write}, or {@code --print} (the
 * table alone, for a server other than the README's), optionally {@code --root DIR} and
 * {@code --reports DIR}. Exit status 0 when the README and the proven file
 * agree with the probes, 1 when they do not, 2 on bad usage or unreadable input.
 */
public final class Main {

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
                out.print(Board.of(manifest, ProbeResults.read(options.files().reports()))
                        .render());
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

    private record Options(boolean write, boolean print, BoardFiles files) {

        static Options parse(String[] args) {
            boolean write = false;
            boolean print = false;
            Path root = Path.of("").toAbsolutePath();
            @Nullable Path reports = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--write" -> write = true;
                    case "--check" -> write = false;
                    case "--print" -> print = true;
                    case "--root" -> root = Path.of(value(args, ++i));
                    case "--reports" -> reports = Path.of(value(args, ++i));
                    default ->
                        throw new BoardException("unknown argument " + args[i]
                                + "; usage: capabilities [--check | --write | --print] [--root DIR] [--reports DIR]");
                }
            }
            return new Options(
                    write,
                    print,
                    BoardFiles.underRoot(root, reports == null ? BoardFiles.defaultReports(root) : reports));
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new BoardException("missing value after " + args[index - 1]);
        }
        return args[index];
    }
}
