package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.revops.domain.Deal;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Random byte, character and field mutations of a valid Salesforce export. The laws: an import ends either with a
 * result or with {@link CsvImportException}, nothing else; strict mode returns only when every row became a record
 * (never a partial result); lenient mode agrees with strict mode (the same records when strict succeeds; the strict
 * error as its first rejected row when strict stops at a row, unless the file breaks further on; the same
 * file-level error otherwise); lenient mode never throws for a row; and field mutations, which keep the CSV
 * well-formed, never make lenient mode throw.
 */
class CsvFuzzPropertyTest {

    private static final List<String> HEADER = List.of("Opportunity Owner", "Account Name", "Opportunity Name",
            "Opportunity ID", "Type", "Lead Source", "Amount", "Amount Currency", "Created Date", "Close Date",
            "Stage", "Forecast Category");
    private static final List<List<String>> ROWS = List.of(
            List.of("Ana Silva", "Acme Corp", "Acme - 200 seats", "006A", "New Customer", "Web", "12,000.00", "USD",
                    "1/5/2017", "3/1/2017", "Closed Won", "Closed"),
            List.of("Ben Okafor", "Globex", "Globex renewal", "006B", "Existing Customer - Replacement", "",
                    "8,500.00", "EUR", "2/10/2017", "4/2/2017", "Closed Lost", "Omitted"),
            List.of("Ana Silva", "Initech", "Initech upsell", "006C", "Existing Customer - Upgrade", "Partner", "",
                    "", "3/3/2017", "6/30/2017", "Qualification", "Pipeline"),
            List.of("Chen Wei", "Umbrella", "Umbrella \"pilot\", phase 1", "006D", "", "Trade Show", "4250", "JPY",
                    "2017-03-15", "7/15/2017", "Negotiation/Review", "Commit"),
            List.of("Dana Lee", "Hooli", "Hooli", "006E", "Renewal", "Web", "0", "USD", "4/1/2017 9:30 AM",
                    "4/1/2017", "Closed Won", "Best Case"));
    private static final String VALID = csv(HEADER, ROWS);
    private static final String CHARS = "\",\n\r; -.09/aZ\uFEFF\u0000é\t$'";
    private static final List<String> NASTY = List.of("", " ", "-1", "0", "1e3", "abc", "2017-13-01", "2/30/2017",
            "13/1/2017", "99999999999999999999", "1,000.005", "1.5.5", "Closed Won", "Closed Lost", "Prospecting",
            "Unknown Stage", "XYZ", "usd", "XAU", "EUR", "\"quoted\"", "a,b", "line\nbreak", "1/1/1900",
            "12/31/9999", "Omitted", "Upside", "006A", "\uFEFF", "Existing Customer - Downgrade");

    private static final CsvReader<Deal> STRICT = DealCsv.salesforce().defaultCurrency("USD").build();
    private static final CsvReader<Deal> LENIENT = DealCsv.salesforce().defaultCurrency("USD").lenient().build();

    /** A mutation: what to do, where (taken modulo the length), and which character or value. */
    record Mutation(int kind, int position, int pick) {
    }

    private static Gen<Mutation> mutations(int kinds, int picks) {
        return integers().between(0, kinds - 1).zip(integers().between(0, 100_000),
                integers().between(0, picks - 1), Mutation::new);
    }

    @Test
    void validExport_readsWholeInBothModes() {
        CsvImportResult<Deal> strict = STRICT.readAll(new StringReader(VALID), "fuzz.csv");
        assertThat(strict.records()).hasSize(ROWS.size());
        assertThat(LENIENT.readAll(new StringReader(VALID), "fuzz.csv")).isEqualTo(strict);
    }

    @Test
    void characterMutations_endInAResultOrTheImportException() {
        qt().withExamples(QtExamples.atMost(400)).withShrinkCycles(200)
                .forAll(lists().of(mutations(6, CHARS.length())).ofSizeBetween(1, 6))
                .checkAssert(list -> {
                    String text = mutateText(VALID, list);
                    checkLaws(() -> STRICT.readAll(new StringReader(text), "fuzz.csv"),
                            () -> LENIENT.readAll(new StringReader(text), "fuzz.csv"));
                });
    }

    @Test
    void byteMutations_endInAResultOrTheImportException() {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        qt().withExamples(QtExamples.atMost(400)).withShrinkCycles(200)
                .forAll(lists().of(mutations(3, 256)).ofSizeBetween(1, 6))
                .checkAssert(list -> {
                    byte[] bytes = mutateBytes(valid, list);
                    checkLaws(() -> STRICT.readAll(new ByteArrayInputStream(bytes), "fuzz.csv"),
                            () -> LENIENT.readAll(new ByteArrayInputStream(bytes), "fuzz.csv"));
                });
    }

    @Test
    void fieldMutations_neverMakeLenientModeThrow() {
        qt().withExamples(QtExamples.atMost(400)).withShrinkCycles(200)
                .forAll(lists().of(mutations(1, NASTY.size())).ofSizeBetween(1, 8))
                .checkAssert(list -> {
                    List<List<String>> rows = new ArrayList<>();
                    ROWS.forEach(row -> rows.add(new ArrayList<>(row)));
                    for (Mutation m : list) {
                        List<String> row = rows.get(m.position() % rows.size());
                        row.set(m.position() / rows.size() % HEADER.size(), NASTY.get(m.pick()));
                    }
                    String text = csv(HEADER, rows);
                    CsvImportResult<Deal> lenient = LENIENT.readAll(new StringReader(text), "fuzz.csv");
                    assertThat(lenient.summary().rowsRead()).isEqualTo(ROWS.size());
                    checkLaws(() -> STRICT.readAll(new StringReader(text), "fuzz.csv"),
                            () -> LENIENT.readAll(new StringReader(text), "fuzz.csv"));
                });
    }

    private static void checkLaws(Supplier<CsvImportResult<Deal>> strict, Supplier<CsvImportResult<Deal>> lenient) {
        Outcome s = Outcome.of(strict);
        Outcome l = Outcome.of(lenient);
        if (s.result != null) {
            CsvImportSummary summary = s.result.summary();
            assertThat(summary.rejected()).isEmpty();
            assertThat(s.result.records()).hasSize((int) (summary.rowsRead() - summary.skipped().size()));
            assertThat(l.result).as("lenient agrees with a strict success").isEqualTo(s.result);
        } else if (s.error.isRowProblem() && l.error != null) {
            // lenient went on past the row strict stopped at, and met a problem of the file further on
            assertThat(l.error.line()).as(l.error + " after " + s.error).isGreaterThanOrEqualTo(s.error.line());
        } else if (s.error.isRowProblem()) {
            RejectedRow first = l.result.rejected().get(0);
            assertThat(first.line()).isEqualTo(s.error.line());
            assertThat(s.error.column()).contains(first.column());
            assertThat(s.error.value()).contains(first.value());
            assertThat(first.reason()).isEqualTo(s.error.reason());
        } else {
            assertThat(l.error).as("lenient stops at a file problem as strict does").isNotNull();
            assertThat(l.error.getMessage()).isEqualTo(s.error.getMessage());
        }
        if (l.error != null) {
            assertThat(l.error.isRowProblem()).as("lenient never throws for a row: " + l.error).isFalse();
        }
    }

    /** What an import ended with: a result or the documented exception; anything else fails the test. */
    private static final class Outcome {
        private CsvImportResult<Deal> result;
        private CsvImportException error;

        static Outcome of(Supplier<CsvImportResult<Deal>> importer) {
            Outcome outcome = new Outcome();
            try {
                outcome.result = importer.get();
            } catch (CsvImportException e) {
                outcome.error = e;
            } catch (RuntimeException | Error e) {
                fail("escaped as " + e, e);
            }
            return outcome;
        }
    }

    private static String mutateText(String text, List<Mutation> list) {
        StringBuilder s = new StringBuilder(text);
        for (Mutation m : list) {
            int at = m.position() % Math.max(1, s.length());
            char c = CHARS.charAt(m.pick());
            switch (m.kind()) {
                case 0 -> { if (s.length() > 0) { s.setCharAt(at, c); } }
                case 1 -> s.insert(at, c);
                case 2 -> { if (s.length() > 0) { s.deleteCharAt(at); } }
                case 3 -> { int[] line = lineAround(s, at); s.insert(line[0], s.substring(line[0], line[1])); }
                case 4 -> { int[] line = lineAround(s, at); s.delete(line[0], line[1]); }
                default -> { if (at + 1 < s.length()) { char a = s.charAt(at); s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, a); } }
            }
        }
        return s.toString();
    }

    private static int[] lineAround(StringBuilder s, int at) {
        int start = at;
        while (start > 0 && s.charAt(start - 1) != '\n') {
            start--;
        }
        int end = at;
        while (end < s.length() && s.charAt(end) != '\n') {
            end++;
        }
        return new int[] {start, Math.min(s.length(), end + 1)};
    }

    private static byte[] mutateBytes(byte[] bytes, List<Mutation> list) {
        List<Byte> b = new ArrayList<>();
        for (byte x : bytes) {
            b.add(x);
        }
        for (Mutation m : list) {
            int at = m.position() % Math.max(1, b.size());
            byte value = (byte) m.pick();
            switch (m.kind()) {
                case 0 -> { if (!b.isEmpty()) { b.set(at, value); } }
                case 1 -> b.add(at, value);
                default -> { if (!b.isEmpty()) { b.remove(at); } }
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder();
        appendRow(s, header);
        rows.forEach(row -> appendRow(s, row));
        s.append("\"\"\n\"Report footer\"\n\"Generated By:  Ana Silva  8/1/2017 9:14 AM\"\n");
        return s.toString();
    }

    private static void appendRow(StringBuilder s, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ",").append('"').append(values.get(i).replace("\"", "\"\"")).append('"');
        }
        s.append('\n');
    }
}
