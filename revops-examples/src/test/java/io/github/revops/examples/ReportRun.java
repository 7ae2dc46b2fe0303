package io.github.revops.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One run of the report in the test JVM: its exit code, standard output and standard error, and helpers to find
 * a table's row.
 *
 * @param code  the exit code
 * @param out  what it printed to standard output
 * @param err  what it printed to standard error
 */
record ReportRun(int code, String out, String err) {

    private static final Pattern CELLS = Pattern.compile(" {2,}");

    static ReportRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Report.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new ReportRun(code, out.toString(), err.toString());
    }

    /** The lines of the table whose title line is {@code title}, from its header to the blank line after it. */
    List<String> table(String title) {
        List<String> lines = Arrays.asList(out.split("\n", -1));
        int start = lines.indexOf(title);
        if (start < 0) {
            throw new AssertionError("no table '" + title + "' in:\n" + out);
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    /** The cells of the row of a table that starts with {@code label}, split at runs of two or more blanks. */
    List<String> row(String title, String label) {
        return table(title).stream().filter(l -> l.startsWith(label + "  ") || l.equals(label))
                .reduce((a, b) -> b)   // the last one: a total row repeats the period's label after the rule
                .map(l -> Arrays.asList(CELLS.split(l.strip())))
                .orElseThrow(() -> new AssertionError("no row '" + label + "' in table '" + title + "':\n" + out));
    }

    /** The first row of a table that starts with {@code label}. */
    List<String> firstRow(String title, String label) {
        return table(title).stream().filter(l -> l.startsWith(label + "  ")).findFirst()
                .map(l -> Arrays.asList(CELLS.split(l.strip())))
                .orElseThrow(() -> new AssertionError("no row '" + label + "' in table '" + title + "':\n" + out));
    }
}
