package dev.mizan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mizan} command. Subcommands: {@code export} (compiled classes → IR) and
 * {@code generate} (IR → typed client); further subcommands are listed in
 * {@link Command#subcommands()} below.
 */
@Command(
        name = "mizan",
        mixinStandardHelpOptions = true,
        version = "mizan 0.1.0",
        description = "Mizan tooling: export the IR from compiled classes, generate clients from an IR.",
        subcommands = {ExportCommand.class, GenerateCommand.class, EdgeManifestCommand.class})
public final class MizanCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit status (0 success, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, e.g. to redirect its output streams before executing. */
    public static CommandLine commandLine() {
        return new CommandLine(new MizanCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
