package dev.mediagen.examples;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the examples jar. */
public interface Command {
    /** Exit code: success. */
    int OK = 0;
    /** Exit code: one or more jobs failed. */
    int JOB_FAILURES = 1;
    /** Exit code: bad command line. */
    int USAGE = 2;

    /** The command's name on the command line. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full usage text printed by {@code --help}. */
    String usage();

    /** Runs the command with its arguments (without the command name); returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
