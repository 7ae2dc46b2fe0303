package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Worked examples of the dates read from bytes ({@link ByteDatePattern}, {@link DateParser}, docs/decisions/0055):
 * which patterns the byte reader takes, the packed date it gives for a text, and the texts it leaves to java.time
 * (answer 0). The calendar facts used: 2024 and 2000 are leap years, 1900 and 2100 are not; April, June, September
 * and November have 30 days.
 */
class DateBytesWorkedExamplesTest {

    private static int read(String pattern, String text) {
        return ByteDatePattern.of(pattern).orElseThrow().read(bytes(text), 0, text.length());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void patternsOfNumericFieldsAndOneSeparatorAreReadFromBytes() {
        assertThat(ByteDatePattern.of("yyyy-MM-dd")).isPresent();
        assertThat(ByteDatePattern.of("uuuu-MM-dd")).isPresent();
        assertThat(ByteDatePattern.of("M/d/yyyy")).isPresent();
        assertThat(ByteDatePattern.of("dd.MM.yyyy")).isPresent();
        assertThat(ByteDatePattern.of("yyyy-M-d")).isPresent();
    }

    @Test
    void patternsWithOtherLettersMissingOrRepeatedFieldsOrAdjacentFieldsAreLeftToJavaTime() {
        assertThat(ByteDatePattern.of("yyyy-MM-dd HH:mm")).isEmpty();
        assertThat(ByteDatePattern.of("yy-MM-dd")).isEmpty();
        assertThat(ByteDatePattern.of("yyyyy-MM-dd")).isEmpty();
        assertThat(ByteDatePattern.of("yyyy-MMM-dd")).isEmpty();
        assertThat(ByteDatePattern.of("yyyy-MM-ddd")).isEmpty();
        assertThat(ByteDatePattern.of("yyyyMMdd")).isEmpty();
        assertThat(ByteDatePattern.of("yyyy-MMdd")).isEmpty();
        assertThat(ByteDatePattern.of("yyyy--MM-dd")).isEmpty();
        assertThat(ByteDatePattern.of("yyyy MM dd")).isEmpty();
        assertThat(ByteDatePattern.of("yyyy-MM-MM")).isEmpty();
        assertThat(ByteDatePattern.of("yyyy-MM-dd-yyyy")).isEmpty();
        assertThat(ByteDatePattern.of("yyyy-MM")).isEmpty();
        assertThat(ByteDatePattern.of("MM-dd")).isEmpty();
        assertThat(ByteDatePattern.of("dd-yyyy")).isEmpty();
        assertThat(ByteDatePattern.of("")).isEmpty();
    }

    @Test
    void fixedLayoutGivesThePackedDateOrZero() {
        assertThat(read("yyyy-MM-dd", "2024-03-15")).isEqualTo(20240315);
        assertThat(read("yyyy-MM-dd", "0001-01-01")).isEqualTo(10101);
        assertThat(read("yyyy-MM-dd", "9999-12-31")).isEqualTo(99991231);
        assertThat(read("dd.MM.yyyy", "31.12.1999")).isEqualTo(19991231);
        // wrong length, wrong separator, a byte just below '0' ('/') and just above '9' (':')
        assertThat(read("yyyy-MM-dd", "2024-03-1")).isZero();
        assertThat(read("yyyy-MM-dd", "2024-03-155")).isZero();
        assertThat(read("yyyy-MM-dd", "2024/03/15")).isZero();
        assertThat(read("yyyy-MM-dd", "2024-0/-15")).isZero();
        assertThat(read("yyyy-MM-dd", "2024-03-1:")).isZero();
        assertThat(read("yyyy-MM-dd", "202:-03-15")).isZero();
        assertThat(read("yyyy-MM-dd", "2024-:3-15")).isZero();
    }

    @Test
    void fixedLayoutReadsFromTheGivenOffset() {
        byte[] line = bytes("ab2024-03-15,x");
        ByteDatePattern pattern = ByteDatePattern.of("yyyy-MM-dd").orElseThrow();
        assertThat(pattern.read(line, 2, 12)).isEqualTo(20240315);
        assertThat(pattern.read(line, 1, 11)).isZero();
    }

    @Test
    void daysThatDoNotExistAreLeftToJavaTime() {
        assertThat(read("yyyy-MM-dd", "2024-02-29")).isEqualTo(20240229);
        assertThat(read("yyyy-MM-dd", "2000-02-29")).isEqualTo(20000229);
        assertThat(read("yyyy-MM-dd", "2023-02-29")).isZero();
        assertThat(read("yyyy-MM-dd", "1900-02-29")).isZero();
        assertThat(read("yyyy-MM-dd", "2100-02-29")).isZero();
        assertThat(read("yyyy-MM-dd", "2023-02-28")).isEqualTo(20230228);
        assertThat(read("yyyy-MM-dd", "2024-02-30")).isZero();
        for (String month : List.of("04", "06", "09", "11")) {
            assertThat(read("yyyy-MM-dd", "2024-" + month + "-30")).isEqualTo(20240030 + 100 * Integer.parseInt(month));
            assertThat(read("yyyy-MM-dd", "2024-" + month + "-31")).as(month).isZero();
        }
        for (String month : List.of("01", "03", "05", "07", "08", "10", "12")) {
            assertThat(read("yyyy-MM-dd", "2024-" + month + "-31")).isEqualTo(20240031 + 100 * Integer.parseInt(month));
            assertThat(read("yyyy-MM-dd", "2024-" + month + "-32")).isZero();
        }
        assertThat(read("yyyy-MM-dd", "2024-13-01")).isZero();
        assertThat(read("yyyy-MM-dd", "2024-12-01")).isEqualTo(20241201);
        assertThat(read("yyyy-MM-dd", "2024-00-10")).isZero();
        assertThat(read("yyyy-MM-dd", "2024-01-00")).isZero();
        assertThat(read("yyyy-MM-dd", "0000-01-01")).isZero();
    }

    @Test
    void flexibleFieldsTakeOneOrTwoDigits() {
        assertThat(read("M/d/yyyy", "3/5/2024")).isEqualTo(20240305);
        assertThat(read("M/d/yyyy", "12/31/1999")).isEqualTo(19991231);
        assertThat(read("M/d/yyyy", "03/05/2024")).isEqualTo(20240305);
        assertThat(read("yyyy-M-d", "2024-3-5")).isEqualTo(20240305);
        assertThat(read("M/d/yyyy", "2/29/2000")).isEqualTo(20000229);
        assertThat(read("M/d/yyyy", "2/29/1900")).isZero();
        assertThat(read("M/d/yyyy", "11/31/2024")).isZero();
        assertThat(read("M/d/yyyy", "123/5/2024")).isZero();
        assertThat(read("M/d/yyyy", "/5/2024")).isZero();
        assertThat(read("M/d/yyyy", "3/5/202")).isZero();
        assertThat(read("M/d/yyyy", "3/5/20245")).isZero();
        assertThat(read("M/d/yyyy", "3/5/202456")).isZero();
        assertThat(read("M/d/yyyy", "3/5/2024/")).isZero();
        assertThat(read("M/d/yyyy", "3-5-2024")).isZero();
        assertThat(read("M/d/yyyy", "3/5")).isZero();
        assertThat(read("M/d/yyyy", "3")).isZero();
        assertThat(read("MM/dd/yyyy", "3/05/2024")).isZero();
        assertThat(read("MM/dd/yyyy", "03/05/2024")).isEqualTo(20240305);
        // ':' is the byte after '9' and '/' the one before '0': neither is a digit
        assertThat(read("yyyy-M-d", "2024-3-:")).isZero();
        assertThat(read("d.M.yyyy", "5.3.2024")).isEqualTo(20240305);
    }

    @Test
    void flexibleFieldsReadFromTheGivenOffsetAndStopAtTheEnd() {
        byte[] line = bytes("x3/5/2024,12/31/1999");
        ByteDatePattern pattern = ByteDatePattern.of("M/d/yyyy").orElseThrow();
        assertThat(pattern.read(line, 1, 9)).isEqualTo(20240305);
        assertThat(pattern.read(line, 10, 20)).isEqualTo(19991231);
        assertThat(pattern.read(line, 1, 8)).isZero();
    }

    @Test
    void parserReadsBytesOnlyInsideTheAcceptedYears() {
        DateParser parser = DateParser.of(List.of("yyyy-MM-dd"), new AcceptedYears(2000, 2010));
        assertThat(parserRead(parser, "1999-12-31")).isZero();
        assertThat(parserRead(parser, "2000-01-01")).isEqualTo(20000101);
        assertThat(parserRead(parser, "2010-12-31")).isEqualTo(20101231);
        assertThat(parserRead(parser, "2011-01-01")).isZero();
        assertThat(parserRead(parser, "2010-02-30")).isZero();
    }

    @Test
    void parserLeavesBytesToJavaTimeWhenTheFirstPatternIsNotByteReadable() {
        DateParser parser = DateParser.of(List.of("yyyy-MM-dd HH:mm", "yyyy-MM-dd"), AcceptedYears.DEFAULT);
        assertThat(parserRead(parser, "2024-03-15")).isZero();
        assertThat(parser.parse("2024-03-15")).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(parser.parse("2024-03-15 10:30")).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void parserTriesPatternsInOrderAndSkipsShapesWhoseDateDoesNotExist() {
        DateParser parser = DateParser.of(List.of("yyyy-MM-dd", "yyyy-dd-MM"), AcceptedYears.DEFAULT);
        assertThat(parser.parse("2024-03-04")).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(parser.parse("2024-31-01")).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(parserRead(parser, "2024-31-01")).isZero();
    }

    @Test
    void parserRefusesTextsNoPatternReadsWithThePatternsInTheMessage() {
        DateParser parser = DateParser.of(List.of("yyyy-MM-dd", "M/d/yyyy"), AcceptedYears.DEFAULT);
        assertThat(parser.parse("3/5/2024")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThatThrownBy(() -> parser.parse("2024-02-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a date (expected yyyy-MM-dd or M/d/yyyy)");
        assertThatThrownBy(() -> parser.parse("2024-03-05x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a date (expected yyyy-MM-dd or M/d/yyyy)");
        assertThatThrownBy(() -> parser.parse("1899-12-31")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is outside the years 1900 to 2199 a date may have (set yearRange on the reader to"
                        + " accept it)");
        assertThat(parser.parse("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void parserRefusesNoPatternAndInvalidPatternsNamingThem() {
        assertThatThrownBy(() -> DateParser.of(List.of(), AcceptedYears.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dateFormats must name at least one pattern");
        assertThatThrownBy(() -> DateParser.of(List.of("yyyy-MM-dd", "yyyy-MM-dd{"), AcceptedYears.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("date format ('yyyy-MM-dd{') is not a valid pattern: ")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    private static int parserRead(DateParser parser, String text) {
        return parser.read(bytes(text), 0, text.length());
    }
}
