package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;

/**
 * Amounts read from bytes ({@link AmountParser#minorUnits}, docs/decisions/0055) against the parse of their text.
 * The law: for either unit, either separator convention and currencies of 0, 2 and 3 decimals, the bytes give an
 * amount only when the text's parse gives the same minor units, so every text the parse refuses (too many decimals,
 * a misplaced separator, too many digits for a long) goes to it and gets its error; and plain amounts are read from
 * the bytes.
 */
class AmountBytesPropertyTest {

    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("USD"),
            Currency.getInstance("JPY"), Currency.getInstance("BHD"));
    private static final List<String> PARTS = List.of("0", "1", "9", "12", "345", "999999999", "-", "+", ".", ",",
            " ", "x");

    @Test
    void bytesGiveAnAmountOnlyWhenTheTextsParseGivesTheSame() {
        qt().withExamples(QtExamples.atMost(3000)).forAll(texts(), integers().between(0, 3), integers().between(0, 2))
                .checkAssert((text, convention, c) -> {
                    AmountParser parser = convention == 0 ? new AmountParser(AmountUnit.MAJOR, '.', ',')
                            : convention == 1 ? new AmountParser(AmountUnit.MAJOR, ',', '.')
                            : convention == 2 ? new AmountParser(AmountUnit.MAJOR, '.', AmountParser.noGrouping())
                            : new AmountParser(AmountUnit.MINOR, '.', AmountParser.noGrouping());
                    Currency currency = CURRENCIES.get(c);
                    long read = read(parser, text, currency);
                    long parsed;
                    try {
                        parsed = parser.parse(text, currency).minorUnits();
                    } catch (IllegalArgumentException e) {
                        assertThat(read).as("'" + text + "'").isEqualTo(AmountParser.NOT_READ);
                        return;
                    }
                    if (read != AmountParser.NOT_READ) {
                        assertThat(read).as("'" + text + "'").isEqualTo(parsed);
                    }
                });
    }

    @Test
    void plainAmountsAreReadFromTheBytes() {
        AmountParser major = new AmountParser(AmountUnit.MAJOR, '.', ',');
        Currency usd = Currency.getInstance("USD");
        assertThat(read(major, "1,234.5", usd)).isEqualTo(123_450);
        assertThat(read(major, "-0.07", usd)).isEqualTo(-7);
        assertThat(read(major, "+12", usd)).isEqualTo(1_200);
        assertThat(read(major, "9999999999999999", usd)).isEqualTo(999_999_999_999_999_900L);
        assertThat(read(major, "99999999999999999", usd)).isEqualTo(AmountParser.NOT_READ);
        assertThat(read(major, "1.005", usd)).isEqualTo(AmountParser.NOT_READ);
        AmountParser minor = new AmountParser(AmountUnit.MINOR, '.', AmountParser.noGrouping());
        assertThat(read(minor, "-4250", Currency.getInstance("JPY"))).isEqualTo(-4_250);
        assertThat(read(minor, "12.5", usd)).isEqualTo(AmountParser.NOT_READ);
    }

    private static long read(AmountParser parser, String text, Currency currency) {
        byte[] bytes = (";" + text + ";").getBytes(StandardCharsets.US_ASCII);
        return parser.minorUnits(bytes, 1, bytes.length - 1, currency);
    }

    private static Gen<String> texts() {
        return lists().of(integers().between(0, PARTS.size() - 1).map(PARTS::get)).ofSizeBetween(1, 6)
                .map(parts -> String.join("", parts));
    }
}
