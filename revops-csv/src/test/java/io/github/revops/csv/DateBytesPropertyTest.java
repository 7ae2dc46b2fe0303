package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The dates read from bytes ({@link DateParser#read}, docs/decisions/0055) against java.time's parse of the same
 * text ({@link DateParser#parse}). The laws: for every pattern the byte reader takes, a date written in it (years 1
 * to 9999, the edges of the accepted years, 29 February) is read from its bytes as java.time reads it; and for any
 * text of digits and separators near that shape, the bytes give a date only when java.time gives the same one, so
 * every text java.time refuses (30 February, a five-digit year, a year outside the accepted ones) goes to it and
 * gets its error.
 */
class DateBytesPropertyTest {

    private static final List<String> PATTERNS = List.of("yyyy-MM-dd", "uuuu-MM-dd", "M/d/yyyy", "MM/dd/yyyy",
            "dd.MM.yyyy", "d.M.uuuu", "yyyy/MM/dd", "yyyy-M-d");
    private static final AcceptedYears ALL_YEARS = new AcceptedYears(1, 9999);
    private static final int[] EDGE_YEARS = {1, 4, 99, 100, 400, 1000, 1899, 1900, 1999, 2000, 2100, 2199, 2200,
        9999};

    @Test
    void everyDateWrittenInAPatternIsReadFromItsBytesAsJavaTimeReadsIt() {
        qt().forAll(integers().between(0, PATTERNS.size() - 1), years(), integers().between(1, 12),
                integers().between(1, 31)).checkAssert((p, year, month, day) -> {
                    String pattern = PATTERNS.get(p);
                    LocalDate date = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
                    String text = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(date);
                    DateParser parser = DateParser.of(List.of(pattern), ALL_YEARS);
                    assertThat(parser.parse(text)).isEqualTo(date);
                    assertThat(read(parser, text)).as(pattern + " " + text).isEqualTo(packed(date));
                });
    }

    @Test
    void bytesGiveADateOnlyWhenJavaTimeGivesTheSameOne() {
        qt().withExamples(QtExamples.atMost(3000)).forAll(integers().between(0, PATTERNS.size() - 1), nearTexts(),
                integers().between(0, 2)).checkAssert((p, text, range) -> {
                    AcceptedYears years = range == 0 ? ALL_YEARS : range == 1 ? AcceptedYears.DEFAULT
                            : new AcceptedYears(2000, 2000);
                    DateParser parser = DateParser.of(List.of(PATTERNS.get(p), "yyyy-MM-dd HH:mm"), years);
                    int read = read(parser, text);
                    LocalDate parsed;
                    try {
                        parsed = parser.parse(text);
                    } catch (IllegalArgumentException e) {
                        assertThat(read).as(PATTERNS.get(p) + " '" + text + "'").isZero();
                        return;
                    }
                    if (read != 0) {
                        assertThat(read).as(PATTERNS.get(p) + " '" + text + "'").isEqualTo(packed(parsed));
                    }
                });
    }

    @Test
    void textsTheBytesLeaveAloneGetJavaTimesAnswerOrError() {
        DateParser parser = DateParser.of(List.of("yyyy-MM-dd"), AcceptedYears.DEFAULT);
        assertThat(read(parser, "2017-02-28")).isEqualTo(20170228);
        assertThat(read(parser, "2016-02-29")).isEqualTo(20160229);
        for (String text : List.of("2017-02-29", "1900-02-29", "1899-12-31", "2200-01-01", "20177-01-01",
                "+2017-01-01", "2017-1-01", "2017-01-1", "2017/01/01", "0000-01-01", "2017-00-10", "2017-13-01",
                "2017-04-31", "2017-01-01x", "2017-01-01 10:00")) {
            assertThat(read(parser, text)).as(text).isZero();
        }
        assertThatThrownBy(() -> parser.parse("2017-02-29")).hasMessage("not a date (expected yyyy-MM-dd)");
        assertThatThrownBy(() -> parser.parse("2200-01-01")).hasMessageStartingWith(
                "is outside the years 1900 to 2199 a date may have");
    }

    @Test
    void onlyPatternsOfNumericFieldsAndSeparatorsAreReadFromBytes() {
        for (String pattern : PATTERNS) {
            assertThat(ByteDatePattern.of(pattern)).as(pattern).isPresent();
        }
        for (String pattern : List.of("yyyyMMdd", "yy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MMM-dd", "yyyy-MM",
                "yyyy-MM-dd-dd", "'d'yyyy-MM-dd", "yyyy--MM-dd", "yyyy MM dd", "MMM d, yyyy", "yyyyy-MM-dd")) {
            assertThat(ByteDatePattern.of(pattern)).as(pattern).isEmpty();
        }
    }

    /** Reads through the byte parser, with bytes around the text as a window holds them. */
    private static int read(DateParser parser, String text) {
        byte[] bytes = ("7," + text + ",9").getBytes(StandardCharsets.US_ASCII);
        return parser.read(bytes, 2, bytes.length - 2);
    }

    private static int packed(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static Gen<Integer> years() {
        Gen<Integer> edges = integers().between(0, EDGE_YEARS.length - 1).map(i -> EDGE_YEARS[i]);
        return integers().between(1, 9999).mix(edges, 40);
    }

    /** Texts of digit runs (0 to 5 digits, often 1, 2 or 4) and separators, near the patterns' shapes. */
    private static Gen<String> nearTexts() {
        Gen<String> run = integers().between(0, 99_999).zip(integers().between(0, 9), (value, width) -> {
            int digits = width < 3 ? 2 : width < 5 ? 4 : width < 7 ? 1 : width == 7 ? 0 : width == 8 ? 3 : 5;
            String text = String.format(Locale.ROOT, "%05d", value);
            return text.substring(5 - digits);
        });
        Gen<String> separator = integers().between(0, 9).map(i -> "--//..x +"
                .substring(Math.min(i, 8), Math.min(i, 8) + 1).replace("+", "")
                + (i == 9 ? "-" : ""));
        return lists().of(run.zip(separator, (r, s) -> r + s)).ofSizeBetween(1, 4)
                .map(parts -> String.join("", parts)).map(text -> text.isEmpty() ? "1" : text);
    }
}
