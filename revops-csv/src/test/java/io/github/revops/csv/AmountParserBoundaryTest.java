package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.money.Money;

import org.junit.jupiter.api.Test;

import java.util.Currency;

/**
 * The amount parser cell by cell: signs, separators, the currency's decimals, the long and the BigDecimal routes and
 * where they meet, and the largest amount {@link Money} holds (9,223,372,036,854,775,807 minor units).
 */
class AmountParserBoundaryTest {

    private static final Currency USD = Money.currency("USD");
    private static final Currency EUR = Money.currency("EUR");
    private static final Currency JPY = Money.currency("JPY");

    private static final AmountParser POINT = new AmountParser(AmountUnit.MAJOR, '.', AmountParser.noGrouping());
    private static final AmountParser US = new AmountParser(AmountUnit.MAJOR, '.', ',');
    private static final AmountParser GERMAN = new AmountParser(AmountUnit.MAJOR, ',', '.');
    private static final AmountParser MINOR = new AmountParser(AmountUnit.MINOR, '.', AmountParser.noGrouping());

    @Test
    void major_readsSignsAndFillsTheMissingDecimalsWithZeros() {
        assertThat(POINT.parse("1234.50", USD)).isEqualTo(Money.ofMinor(USD, 123_450));
        assertThat(POINT.parse("1234.5", USD)).isEqualTo(Money.ofMinor(USD, 123_450));
        assertThat(POINT.parse("1234", USD)).isEqualTo(Money.ofMinor(USD, 123_400));
        assertThat(POINT.parse("+7", USD)).isEqualTo(Money.ofMinor(USD, 700));
        assertThat(POINT.parse("-0.05", USD)).isEqualTo(Money.ofMinor(USD, -5));
        assertThat(POINT.parse("-12", JPY)).isEqualTo(Money.ofMinor(JPY, -12));
        assertThat(POINT.parse("0", USD)).isEqualTo(Money.zero(USD));
    }

    @Test
    void major_refusesTextThatIsNotADecimalNumber() {
        for (String text : new String[] {"-", "+", ".5", "5.", ".", "1.2.3", "1..2", "1e3", "1 000", "--1", "1-",
                "0x10", "1\u00002"}) {
            assertThatThrownBy(() -> POINT.parse(text, USD)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not an amount (expected a decimal number such as 1234.50)");
        }
        assertThatThrownBy(() -> GERMAN.parse("1.5.", EUR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an amount (expected a decimal number such as 1234,50)");
    }

    @Test
    void major_takesAGroupingSeparatorOnlyBetweenDigitsBeforeTheDecimals() {
        assertThat(US.parse("1,234,567.89", USD)).isEqualTo(Money.ofMinor(USD, 123_456_789));
        assertThat(US.parse("1,2,3", USD)).isEqualTo(Money.ofMinor(USD, 12_300));
        assertThat(GERMAN.parse("-1.234,5", EUR)).isEqualTo(Money.ofMinor(EUR, -123_450));
        for (String text : new String[] {",1", "1,", "1,,2", "1.2,3", "1.,5", "1,.5", "-,1"}) {
            assertThatThrownBy(() -> US.parse(text, USD)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not an amount (expected a decimal number such as 1234.50)");
        }
    }

    @Test
    void major_refusesMoreDecimalsThanTheCurrencyHas_neverRounding() {
        assertThatThrownBy(() -> POINT.parse("1.005", USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("has more decimal places than USD allows (2)");
        assertThatThrownBy(() -> POINT.parse("12.0", JPY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("has more decimal places than JPY allows (0)");
        assertThat(POINT.parse("1.00", USD)).isEqualTo(Money.ofMinor(USD, 100));
    }

    @Test
    void major_givesTheSameAmountOnBothSidesOfTheLongRoutesLimit() {
        // 16 digits before the point and 2 after: 18 digits in cents, read into a long
        assertThat(POINT.parse("9999999999999999.99", USD)).isEqualTo(Money.ofMinor(USD, 999_999_999_999_999_999L));
        // 17 digits before the point: read through BigDecimal
        assertThat(POINT.parse("10000000000000000", USD))
                .isEqualTo(Money.ofMinor(USD, 1_000_000_000_000_000_000L));
        assertThat(POINT.parse("-92233720368547758.07", USD)).isEqualTo(Money.ofMinor(USD, -Long.MAX_VALUE));
        // 18 digits in yen, the currency without decimals
        assertThat(POINT.parse("999999999999999999", JPY)).isEqualTo(Money.ofMinor(JPY, 999_999_999_999_999_999L));
        assertThat(POINT.parse("9223372036854775807", JPY)).isEqualTo(Money.ofMinor(JPY, Long.MAX_VALUE));
    }

    @Test
    void major_readsGroupedAndCommaDecimalTextOnTheBigDecimalRoute() {
        assertThat(GERMAN.parse("92.233.720.368.547.758,07", EUR)).isEqualTo(Money.ofMinor(EUR, Long.MAX_VALUE));
        assertThat(US.parse("92,233,720,368,547,758.07", USD)).isEqualTo(Money.ofMinor(USD, Long.MAX_VALUE));
        assertThat(US.parse("+10,000,000,000,000,000.5", USD))
                .isEqualTo(Money.ofMinor(USD, 1_000_000_000_000_000_050L));
    }

    @Test
    void major_refusesAnAmountBeyondWhatMoneyHolds() {
        assertThatThrownBy(() -> POINT.parse("92233720368547758.08", USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is too large for an amount");
        assertThatThrownBy(() -> US.parse("100,000,000,000,000,000", USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is too large for an amount");
    }

    @Test
    void minor_readsAWholeNumberOfMinorUnitsWithAnOptionalSign() {
        assertThat(MINOR.parse("123450", USD)).isEqualTo(Money.ofMinor(USD, 123_450));
        assertThat(MINOR.parse("+5", USD)).isEqualTo(Money.ofMinor(USD, 5));
        assertThat(MINOR.parse("-5", USD)).isEqualTo(Money.ofMinor(USD, -5));
        assertThat(MINOR.parse("9223372036854775807", JPY)).isEqualTo(Money.ofMinor(JPY, Long.MAX_VALUE));
        for (String text : new String[] {"-", "+", "12.5", "1,000", "12a", "a12", "--5", "5-"}) {
            assertThatThrownBy(() -> MINOR.parse(text, USD)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a whole number of minor units");
        }
        assertThatThrownBy(() -> MINOR.parse("9223372036854775808", USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is too large for an amount");
    }
}
