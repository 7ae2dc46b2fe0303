package io.github.revops.csv;

import static io.github.revops.csv.ByteRecordsDriver.atEveryWindow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

/**
 * Worked examples of the byte parser ({@link ByteRecords}, docs/decisions/0125): the records it reads (values, and
 * the line breaks before each, counted as Commons CSV counts them) and the inputs it leaves to Commons CSV, each read
 * with every first window size, so a record across a window's end reads as it reads whole. Outcomes are written as
 * {@link ByteRecordsDriver} writes them: {@code <breaks before>[value|value]}, then {@code end/<breaks>} or
 * {@code fallback@<offset of the record>/<breaks before it>}.
 */
class ByteRecordsQuotingTest {

    private static void assertRead(String csv, String outcome) {
        assertThat(atEveryWindow(csv)).as(csv).containsExactly(outcome);
    }

    private static void assertRead(byte[] csv, String outcome) {
        assertThat(atEveryWindow(csv, ',')).containsExactly(outcome);
    }

    @Test
    void recordsEndAtLineFeedOrCarriageReturnLineFeed() {
        assertRead("a,b\nc,d\n", "0[a|b] 1[c|d] end/2");
        assertRead("a,b\r\nc,d\r\n", "0[a|b] 1[c|d] end/2");
        assertRead("ab,cd\r\nef,gh\nij,kl\r\n", "0[ab|cd] 1[ef|gh] 2[ij|kl] end/3");
    }

    @Test
    void theLastLineNeedsNoLineBreak() {
        assertRead("a,b\nc,d", "0[a|b] 1[c|d] end/1");
        assertRead("a,\"b\"", "0[a|b] end/0");
        assertRead("abc", "0[abc] end/0");
    }

    @Test
    void emptyLinesAreSkippedAndCounted() {
        assertRead("\n\na\n\r\n\nb\n", "2[a] 5[b] end/6");
        assertRead("a\n\n", "0[a] end/2");
        assertRead("\r\n", "end/1");
        assertRead("", "end/0");
    }

    @Test
    void emptyValuesAndATrailingDelimiterGiveEmptyValues() {
        assertRead(",,\n", "0[||] end/1");
        assertRead("a,\nb,", "0[a|] 1[b|] end/1");
        assertRead("a,,b\n", "0[a||b] end/1");
        assertRead(",", "0[|] end/0");
    }

    @Test
    void quotedValuesKeepDelimitersAndDoubledQuotes() {
        assertRead("\"a,b\",\"c\"\"d\"\n", "0[a,b|c\"d] end/1");
        assertRead("\"\",\"\"\"\"\n", "0[|\"] end/1");
        assertRead("\"\"\"\"\"\"\n", "0[\"\"] end/1");
        assertRead("x,\"\"\n\"y\",\n", "0[x|] 1[y|] end/2");
    }

    @Test
    void lineBreaksInsideQuotesCountAsCommonsCsvCountsThem() {
        assertRead("\"a\nb\",c\n\"x\r\ny\"\nz\n", "0[a\\nb|c] 2[x\\r\\ny] 4[z] end/5");
        assertRead("\"\r\r\n\n\"\n", "0[\\r\\r\\n\\n] end/4");
        assertRead("\"\n\r\"\nq\n", "0[\\n\\r] 3[q] end/4");
    }

    @Test
    void aDoubledQuoteBetweenCarriageReturnAndLineFeedMakesTwoBreaks() {
        assertRead("\"a\r\"\"\nb\"\nc\n", "0[a\\r\"\\nb] 3[c] end/4");
    }

    @Test
    void textOutsideAsciiIsDecodedQuotedOrNot() {
        assertRead("é,ü ö\n\"é\"\"\",\"日本\"\n", "0[é|ü ö] 1[é\"|日本] end/2");
    }

    @Test
    void anotherDelimiterSplitsAtItOnly() {
        byte[] csv = "a;b,c\n\"x;y\";\n".getBytes(StandardCharsets.UTF_8);
        assertThat(atEveryWindow(csv, ';')).containsExactly("0[a|b,c] 1[x;y|] end/2");
    }

    @Test
    void aLoneCarriageReturnIsLeftToCommonsCsv() {
        assertRead("a\rb\n", "fallback@0/0");
        assertRead("a,b\nc\r", "0[a|b] fallback@4/1");
        assertRead("a\n\rb\n", "0[a] fallback@2/1");
        assertRead("a\n\r", "0[a] fallback@2/1");
        assertRead("\"q\"\rz\n", "fallback@0/0");
    }

    @Test
    void quotesNotAroundAWholeValueAreLeftToCommonsCsv() {
        assertRead("a,b\"c\n", "fallback@0/0");
        assertRead("x\n\"a\"b\n", "0[x] fallback@2/1");
        assertRead("x\n\"abc\n", "0[x] fallback@2/1");
        assertRead("x\n\"", "0[x] fallback@2/1");
    }

    @Test
    void blanksAtEitherEndOfAValueAreLeftToCommonsCsv() {
        assertRead(" a\n", "fallback@0/0");
        assertRead("a \n", "fallback@0/0");
        assertRead("a,\tb\n", "fallback@0/0");
        assertRead("x\ny \n", "0[x] fallback@2/1");
        assertRead("é \n", "fallback@0/0");
        assertRead(" é\n", "fallback@0/0");
        assertRead("a b,c\u000Bd\n", "0[a b|c\u000Bd] end/1");
    }

    @Test
    void bytesThatAreNotUtf8AreLeftToCommonsCsv() {
        assertRead(new byte[] {'x', '\n', 'a', (byte) 0xFF, '\n'}, "0[x] fallback@2/1");
        assertRead(new byte[] {'x', '\n', '"', (byte) 0xC3, '"', '\n'}, "0[x] fallback@2/1");
        assertRead(new byte[] {'"', 'a', '"', '"', (byte) 0xE2, (byte) 0x82, '"'}, "fallback@0/0");
        assertRead(new byte[] {(byte) 0xFF, 'a', '\n'}, "fallback@0/0");
        assertRead(new byte[] {'x', ',', (byte) 0x80, '\n'}, "fallback@0/0");
        assertRead(new byte[] {'\n', '"', (byte) 0xC3, '"', '\n'}, "fallback@1/1");
    }

    @Test
    void aReplacementCharacterInTheFileIsLeftToCommonsCsvToo() {
        assertRead("a\uFFFD\n", "fallback@0/0");
        assertRead("\"a\uFFFD\"\n", "fallback@0/0");
        assertRead("\n\"a\uFFFD\"\n", "fallback@1/1");
        assertRead(",\n\"\uFFFD\",b\n", "0[|] fallback@2/1");
    }

    @Test
    void aRecordLeftToCommonsCsvGivesBackTheLineBreaksOfItsQuotedValues() {
        assertRead("q\n\"x\ny\",a\"b\n", "0[q] fallback@2/1");
        assertRead("q\n\"x\ny\", a\n", "0[q] fallback@2/1");
        assertRead("q\n\"x\ny\",é \n", "0[q] fallback@2/1");
        assertRead("q\n\"x\ny\"x\n", "0[q] fallback@2/1");
        assertRead("q\n\"x\ny\"\rz", "0[q] fallback@2/1");
        assertRead("q\n\"x\ny\"\r", "0[q] fallback@2/1");
        assertRead("q\n\"a\nb\",\"c", "0[q] fallback@2/1");
        assertRead("q\n\"a\nb\",\"\u00FF\uFFFD\"\n", "0[q] fallback@2/1");
    }
}
