package io.github.revops.examples;

import io.github.revops.csv.CsvImportException;
import io.github.revops.jdbc.JdbcImportException;
import io.github.revops.examples.report.DisplayText;
import io.github.revops.examples.report.ReportCommand;
import io.github.revops.money.CurrencyMismatchException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.time.DateTimeException;

/**
 * The revops metrics report: win rate, sales cycle and pipeline velocity per quarter, sales agent and office; ARR,
 * the MRR bridge, churn, NRR, GRR and cohort retention; on the bundled data sets or your own CSV exports.
 * <pre>
 *   java -jar revops-examples/target/revops-examples.jar                      # the bundled data
 *   java -jar revops-examples/target/revops-examples.jar --html report.html   # and a page of charts
 *   java -jar revops-examples/target/revops-examples.jar --help
 * </pre>
 * The tables go to standard output; progress lines and errors to standard error. Exit code 0 on success, 1 when an
 * input cannot be read (the message names the file, line, column and value), 2 for a bad argument. A message is
 * one line of at most 2,000 characters with control characters escaped (docs/decisions/0102), never a stack trace.
 */
public final class Report {

    /** The most characters of a message the report prints. */
    private static final int SHOWN = 2_000;

    private Report() {
    }

    /**
     * Runs the report and exits with its exit code.
     *
     * @param args  the arguments; {@code --help} lists them
     */
    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the report, printing to the given writers.
     *
     * @param args  the arguments, not null
     * @param out  where the report goes, not null
     * @param err  where progress, messages and errors go, not null
     * @return the exit code: 0 on success, 1 when an input cannot be read, 2 for a bad argument
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine command = new CommandLine(new ReportCommand());
        command.setOut(out);
        command.setErr(err);
        command.setParameterExceptionHandler((e, arguments) -> {
            print(err, e.getMessage());
            err.println("Try 'revops-report --help' for more information.");
            err.flush();
            return 2;
        });
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CsvImportException || e instanceof JdbcImportException
                    || e instanceof CurrencyMismatchException
                    || e instanceof java.io.UncheckedIOException || e instanceof IllegalArgumentException
                    || e instanceof DateTimeException || e instanceof ArithmeticException) {
                print(err, e.getMessage());
            } else {
                print(err, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + " (please report this)");
            }
            return 1;
        });
        try {
            return command.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            print(err, "the inputs are too large for this JVM (" + e.getClass().getSimpleName() + "); give it more"
                    + " memory with -Xmx");
            return 1;
        }
    }

    /** Prints a message on the error stream, escaped for the terminal and at most {@value #SHOWN} characters. */
    private static void print(PrintWriter err, String message) {
        err.println("revops-report: " + DisplayText.bounded(String.valueOf(message), SHOWN));
        err.flush();
    }
}
