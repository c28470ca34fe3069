/** The {@code mizan} command line: {@link dev.mizan.cli.MizanCli} and its subcommands. */
@NullMarked
package dev.mizan.cli;

import org.jspecify.annotations.NullMarked;
