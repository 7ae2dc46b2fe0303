package io.github.revops.examples.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A terminal table: a title, a header and rows of cells, printed with every column aligned (text to the left,
 * numbers to the right) and a rule under the header. Numbers print with thousands separators; an empty number
 * (an undefined result) prints as {@code -}. Text from the inputs is made safe to print: the title and every text
 * cell go through {@link DisplayText}, and a text cell is cut to {@value DisplayText#CELL} characters.
 * <pre>{@code
 * TextTable t = TextTable.of("Win rate per quarter", "Quarter", "Won", "Win rate %");
 * t.row("2017-Q3", TextTable.count(1257), TextTable.number(Optional.of(new BigDecimal("61.4"))));
 * System.out.print(t.render());
 * }</pre>
 */
public final class TextTable {

    /** What an undefined figure prints as. */
    public static final String UNDEFINED = "-";

    private final String title;
    private final List<String> header;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<Integer> rulesBefore = new ArrayList<>();

    private TextTable(String title, List<String> header) {
        this.title = title;
        this.header = header;
    }

    /**
     * Starts a table.
     *
     * @param title  the title printed above the table, not null
     * @param header  the column headings, at least one
     * @return the empty table, never null
     */
    public static TextTable of(String title, String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("header must name at least one column");
        }
        return new TextTable(DisplayText.escape(Objects.requireNonNull(title, "title")), List.of(header));
    }

    /**
     * A cell of text, aligned left, escaped and cut as {@link DisplayText#cell} does.
     *
     * @param text  the text, not null
     * @return the cell, never null
     */
    public static Cell text(String text) {
        return new Cell(DisplayText.cell(Objects.requireNonNull(text, "text")), false);
    }

    /**
     * A cell of a number, aligned right, with thousands separators; {@code -} when empty.
     *
     * @param value  the number, or empty for an undefined figure
     * @return the cell, never null
     */
    public static Cell number(Optional<BigDecimal> value) {
        return new Cell(value.map(TextTable::grouped).orElse(UNDEFINED), true);
    }

    /**
     * A cell of a number, aligned right, with thousands separators.
     *
     * @param value  the number, not null
     * @return the cell, never null
     */
    public static Cell number(BigDecimal value) {
        return number(Optional.of(value));
    }

    /**
     * A cell of a count, aligned right, with thousands separators.
     *
     * @param count  the count
     * @return the cell, never null
     */
    public static Cell count(long count) {
        return number(BigDecimal.valueOf(count));
    }

    /**
     * Formats a number as the tables print it: thousands separated by commas, its own decimals kept.
     *
     * @param value  the number, not null
     * @return the text, never null
     */
    public static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /**
     * Adds a row.
     *
     * @param label  the first cell, aligned left, not null
     * @param cells  the other cells, one per remaining column
     * @return this table
     * @throws IllegalArgumentException if the row does not have one cell per column
     */
    public TextTable row(String label, Cell... cells) {
        List<Cell> row = new ArrayList<>();
        row.add(text(label));
        row.addAll(List.of(cells));
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row '" + label + "' has " + row.size() + " cells for "
                    + header.size() + " columns");
        }
        rows.add(row);
        return this;
    }

    /**
     * Draws a rule before the next row, such as above a total.
     *
     * @return this table
     */
    public TextTable rule() {
        rulesBefore.add(rows.size());
        return this;
    }

    /**
     * Renders the table: the title, the header, a rule and the rows, each line ending with a line break.
     *
     * @return the text, never null
     */
    public String render() {
        int[] widths = new int[header.size()];
        boolean[] right = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = header.get(c).length();
            right[c] = c > 0;
        }
        for (List<Cell> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).text().length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        List<Cell> headings = new ArrayList<>();
        header.forEach(h -> headings.add(new Cell(h, false)));
        line(out, headings, widths, right);
        String rule = rule(widths);
        out.append(rule);
        for (int r = 0; r < rows.size(); r++) {
            if (rulesBefore.contains(r)) {
                out.append(rule);
            }
            line(out, rows.get(r), widths, null);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<Cell> cells, int[] widths, boolean[] alignRight) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            boolean right = alignRight == null ? cell.numeric() : alignRight[c];
            String pad = " ".repeat(widths[c] - cell.text().length());
            line.append(c == 0 ? "" : "  ").append(right ? pad + cell.text() : cell.text() + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String rule(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return "-".repeat(total + 2 * (widths.length - 1)) + "\n";
    }

    /**
     * One cell: its text and whether it is a number (aligned right).
     *
     * @param text  the text, not null
     * @param numeric  true to align right
     */
    public record Cell(String text, boolean numeric) {
    }
}
