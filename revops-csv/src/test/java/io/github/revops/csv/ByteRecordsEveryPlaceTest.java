package io.github.revops.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The byte scan against records written by hand, at every place of a value longer than two eight-byte words (where
 * a scan by words, tried and measured slower in docs/decisions/0059, would have had its edge cases): a delimiter, a
 * line break, a quote, a character outside ASCII and a blank, and records of random values, each read at every first
 * window size.
 */
class ByteRecordsEveryPlaceTest {

    private static final String PLAIN = "abcdefghijklmnopqrstu";   // 21 bytes: two words and five bytes

    @Test
    void aDelimiterOrALineBreakAtEveryPlaceEndsTheValueThere() {
        for (int k = 0; k <= PLAIN.length(); k++) {
            String head = PLAIN.substring(0, k);
            String tail = PLAIN.substring(k);
            assertThat(ByteRecordsDriver.atEveryWindow(head + "," + tail + "\n"))
                    .as("comma at %d", k).containsExactly("0[" + head + "|" + tail + "] end/1");
            assertThat(ByteRecordsDriver.atEveryWindow((head + ";" + tail + ",\n").getBytes(StandardCharsets.UTF_8),
                    ';')).as("semicolon at %d", k).containsExactly("0[" + head + "|" + tail + ",] end/1");
            assertThat(ByteRecordsDriver.atEveryWindow(head + "\r\n" + tail + "\n"))
                    .as("CRLF at %d", k).containsExactly(k == 0 ? "1[" + tail + "] end/2"
                            : tail.isEmpty() ? "0[" + head + "] end/2"     // the line after is empty
                            : "0[" + head + "] 1[" + tail + "] end/2");
        }
    }

    @Test
    void aQuoteInsideAPlainValueAtEveryPlaceFallsBack() {
        for (int k = 1; k <= PLAIN.length(); k++) {
            String csv = "x," + PLAIN.substring(0, k) + "\"" + PLAIN.substring(k) + "\n";
            assertThat(ByteRecordsDriver.atEveryWindow(csv)).as("quote at %d", k).containsExactly("fallback@0/0");
        }
    }

    @Test
    void aCharacterOutsideAsciiAtEveryPlaceIsDecoded() {
        for (int k = 0; k <= PLAIN.length(); k++) {
            String value = PLAIN.substring(0, k) + "é" + PLAIN.substring(k);
            assertThat(ByteRecordsDriver.atEveryWindow(value + ",z\n")).as("é at %d", k)
                    .containsExactly("0[" + value + "|z] end/1");
        }
    }

    @Test
    void aBlankAtEitherEndOfALongValueFallsBackAndInsideIsKept() {
        assertThat(ByteRecordsDriver.atEveryWindow(PLAIN + "\t,z\n")).containsExactly("fallback@0/0");
        assertThat(ByteRecordsDriver.atEveryWindow(" " + PLAIN + ",z\n")).containsExactly("fallback@0/0");
        assertThat(ByteRecordsDriver.atEveryWindow("abcdefgh ijklmnop,z\n"))
                .containsExactly("0[abcdefgh ijklmnop|z] end/1");
    }

    @Test
    void recordsOfRandomValuesAreSplitAtTheirDelimiters() {
        List<String> pieces = List.of("a", "Agent 7", "GTX Plus Basic", "2024-01-31", "ü", "中", "0123456789abcdef");
        qt().withExamples(200).forAll(lists().of(lists().of(integers().between(0, pieces.size() - 1))
                .ofSizeBetween(0, 3)).ofSizeBetween(1, 6)).checkAssert(values -> {
                    StringBuilder csv = new StringBuilder("id,");
                    StringBuilder expected = new StringBuilder("0[id|");
                    for (int v = 0; v < values.size(); v++) {
                        StringBuilder value = new StringBuilder();
                        values.get(v).forEach(p -> value.append(pieces.get(p)));
                        csv.append(v == 0 ? "" : ",").append(value);
                        expected.append(v == 0 ? "" : "|").append(value);
                    }
                    csv.append('\n');
                    expected.append("] end/1");
                    assertThat(ByteRecordsDriver.atEveryWindow(csv.toString())).as(csv.toString())
                            .containsExactly(expected.toString());
                });
    }
}
