package io.github.revops.csv;

import static io.github.revops.csv.ByteRecordsDriver.cells;
import static io.github.revops.csv.ByteRecordsDriver.whole;
import static io.github.revops.csv.ByteRecordsDriver.window;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The byte parser's answers at the end of its window ({@link ByteRecords}: {@code MORE} when the window is not the
 * file's last, {@code END} or {@code FALLBACK} when it is, the position left at the record's start), the values it
 * keeps as byte ranges, the per-column text caches, and values longer than its scratch buffer, by worked examples.
 */
class ByteRecordsWindowTest {

    @Test
    void anEmptyWindowEndsTheFileOrAsksForMore() {
        ByteRecords last = whole("");
        assertThat(last.skipEmptyLine()).isEqualTo(ByteRecords.END);
        assertThat(last.next()).isEqualTo(ByteRecords.END);
        ByteRecords notLast = window("", false);
        assertThat(notLast.skipEmptyLine()).isEqualTo(ByteRecords.MORE);
        assertThat(notLast.next()).isEqualTo(ByteRecords.MORE);
        assertThat(notLast.position()).isZero();
    }

    @Test
    void aRecordCutByTheWindowAsksForMoreAndStaysAtItsStart() {
        for (String cut : new String[] {"a,b", "a,", "\"ab\"", "\"ab", "\"a\"\"", "a\r", "x,\"a\nb\r", "\"a\nb\"\r"}) {
            ByteRecords parser = window(cut, false);
            assertThat(parser.next()).as(cut).isEqualTo(ByteRecords.MORE);
            assertThat(parser.position()).as(cut).isZero();
            assertThat(parser.lineBreaks()).as(cut).isZero();
        }
    }

    @Test
    void theSameBytesInTheLastWindowAreARecordOrLeftToCommonsCsv() {
        ByteRecords values = whole("a,b");
        assertThat(values.next()).isEqualTo(ByteRecords.RECORD);
        assertThat(cells(values.cells())).isEqualTo("[a|b]");
        assertThat(values.position()).isEqualTo(3);
        ByteRecords emptyLast = whole("a,");
        assertThat(emptyLast.next()).isEqualTo(ByteRecords.RECORD);
        assertThat(cells(emptyLast.cells())).isEqualTo("[a|]");
        assertThat(emptyLast.position()).isEqualTo(2);
        ByteRecords quoted = whole("\"ab\"");
        assertThat(quoted.next()).isEqualTo(ByteRecords.RECORD);
        assertThat(cells(quoted.cells())).isEqualTo("[ab]");
        assertThat(quoted.position()).isEqualTo(4);
        for (String fallback : new String[] {"\"ab", "a\r", "\"a\nb", "\"a\nb\"\r"}) {
            ByteRecords parser = whole(fallback);
            assertThat(parser.next()).as(fallback).isEqualTo(ByteRecords.FALLBACK);
            assertThat(parser.position()).as(fallback).isZero();
            assertThat(parser.lineBreaks()).as(fallback).isZero();
        }
    }

    @Test
    void aRecordMovesThePositionPastItsLineBreak() {
        ByteRecords parser = window("a,b\r\nc,d\n\"e\nf\"\nrest", false);
        assertThat(parser.next()).isEqualTo(ByteRecords.RECORD);
        assertThat(parser.position()).isEqualTo(5);
        assertThat(parser.lineBreaks()).isEqualTo(1);
        assertThat(parser.skipEmptyLine()).isEqualTo(ByteRecords.END);
        assertThat(parser.next()).isEqualTo(ByteRecords.RECORD);
        assertThat(parser.position()).isEqualTo(9);
        assertThat(parser.next()).isEqualTo(ByteRecords.RECORD);
        assertThat(cells(parser.cells())).isEqualTo("[e\\nf]");
        assertThat(parser.position()).isEqualTo(15);
        assertThat(parser.lineBreaks()).isEqualTo(4);
        assertThat(parser.next()).isEqualTo(ByteRecords.MORE);
        assertThat(parser.position()).isEqualTo(15);
        assertThat(parser.lineBreaks()).isEqualTo(4);
    }

    @Test
    void emptyLinesAtTheWindowsEnd() {
        ByteRecords crAtEnd = window("\r", false);
        assertThat(crAtEnd.skipEmptyLine()).isEqualTo(ByteRecords.MORE);
        assertThat(whole("\r").skipEmptyLine()).isEqualTo(ByteRecords.FALLBACK);
        assertThat(whole("\rx").skipEmptyLine()).isEqualTo(ByteRecords.FALLBACK);
        ByteRecords crlf = window("\r\n\nx", false);
        assertThat(crlf.skipEmptyLine()).isEqualTo(ByteRecords.RECORD);
        assertThat(crlf.position()).isEqualTo(2);
        assertThat(crlf.lineBreaks()).isEqualTo(1);
        assertThat(crlf.skipEmptyLine()).isEqualTo(ByteRecords.RECORD);
        assertThat(crlf.position()).isEqualTo(3);
        assertThat(crlf.lineBreaks()).isEqualTo(2);
        assertThat(crlf.skipEmptyLine()).isEqualTo(ByteRecords.END);
        assertThat(crlf.position()).isEqualTo(3);
        assertThat(crlf.lineBreaks()).isEqualTo(2);
    }

    @Test
    void asciiValuesStayByteRangesOfTheWindow() {
        ByteRecords parser = whole("ab,,\"q\",é,\0,x y\n");
        assertThat(parser.next()).isEqualTo(ByteRecords.RECORD);
        RowCells cells = parser.cells();
        assertThat(cells.size()).isEqualTo(6);
        assertThat(cells.isBytes(0)).isTrue();
        assertThat(cells.from(0)).isZero();
        assertThat(cells.to(0)).isEqualTo(2);
        assertThat(cells.isBytes(1)).isFalse();
        assertThat(cells.get(1)).isEmpty();
        assertThat(cells.isBytes(2)).isFalse();
        assertThat(cells.get(2)).isEqualTo("q");
        assertThat(cells.isBytes(3)).isFalse();
        assertThat(cells.get(3)).isEqualTo("é");
        assertThat(cells.isBytes(4)).isTrue();
        assertThat(cells.from(4)).isEqualTo(11);
        assertThat(cells.get(4)).isEqualTo("\0");
        assertThat(cells.isBytes(5)).isTrue();
        assertThat(cells.get(5)).isEqualTo("x y");
        assertThat(cells.bytes()[cells.from(5)]).isEqualTo((byte) 'x');
    }

    @Test
    void eachColumnHasItsOwnTextCache() {
        ByteRecords parser = whole("Won,Won,é,a,b,Won\nWon,Won,é,a,b,Won\n");
        assertThat(parser.next()).isEqualTo(ByteRecords.RECORD);
        String[] first = new String[6];
        for (int i = 0; i < 6; i++) {
            first[i] = parser.cells().get(i);
        }
        assertThat(parser.next()).isEqualTo(ByteRecords.RECORD);
        for (int i = 0; i < 6; i++) {
            assertThat(parser.cells().get(i)).as("column %d", i).isEqualTo(first[i]).isSameAs(first[i]);
        }
        assertThat(first[1]).isEqualTo(first[0]).isNotSameAs(first[0]);
        assertThat(first[5]).isEqualTo(first[0]).isNotSameAs(first[0]);
    }

    @Test
    void quotedValuesLongerThanTheScratchBufferAreKeptWhole() {
        String before = "x".repeat(100);
        String after = "y".repeat(300);
        ByteRecords parser = whole("\"" + before + "\"\"" + after + "\",\"\"\"" + after + "\"\n");
        assertThat(parser.next()).isEqualTo(ByteRecords.RECORD);
        assertThat(parser.cells().get(0)).isEqualTo(before + "\"" + after);
        assertThat(parser.cells().get(1)).isEqualTo("\"" + after);
        assertThat(parser.position()).isEqualTo(710);
    }

    @Test
    void aRecordOfManyValuesKeepsThemAll() {
        StringBuilder csv = new StringBuilder();
        StringBuilder expected = new StringBuilder("[");
        for (int i = 0; i < 40; i++) {
            csv.append(i == 0 ? "" : ",").append(i % 3 == 0 ? "\"v" + i + "\"" : "v" + i);
            expected.append(i == 0 ? "" : "|").append("v").append(i);
        }
        ByteRecords parser = whole(csv.append('\n').toString());
        assertThat(parser.next()).isEqualTo(ByteRecords.RECORD);
        assertThat(cells(parser.cells())).isEqualTo(expected.append(']').toString());
    }
}
