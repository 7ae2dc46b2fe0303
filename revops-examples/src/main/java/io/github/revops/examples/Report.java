package io.github.revops.examples;

import io.github.revops.csv.CsvImportException;
import io.github.revops.examples.report.ReportCommand;
import io.github.revops.money.CurrencyMismatchException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The revops metrics report: win rate, sales cycle and pipeline velocity per quarter, sales agent and office; ARR,
 * the MRR bridge, churn, NRR, GRR and cohort retention; on the bundled data sets or your own CSV exports.
 * <pre>
 *   java -jar revops-examples/target/revops-examples.jar                      # the bundled data
 *   java -jar revops-examples/target/revops-examples.jar --html report.html   # and a page of charts
 *   java -jar revops-examples/target/revops-examples.jar --help
 * </pre>
 * The tables go to standard output; progress lines and errors to standard error. Exit code 0 on success, 1 when an
 * input cannot be read (the message names the file, line, column and value), 2 for a bad argument.
 */
public final class Report {

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
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CsvImportException || e instanceof CurrencyMismatchException
                    || e instanceof java.io.UncheckedIOException || e instanceof IllegalArgumentException) {
                cmd.getErr().println("revops-report: " + e.getMessage());
                cmd.getErr().flush();
                return 1;
            }
            throw e;
        });
        return command.execute(args);
    }
}
