package io.github.revops.money;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * {@link Money#parse} and {@link Money#of} on hostile text and decimals: huge exponents, huge scales, long runs of
 * digits and random junk end, within a few seconds, in the amount or in the documented exception with a short
 * message that names the input; never in a {@code NegativeArraySizeException} or minutes of CPU (issue 16, item 5).
 */
@Tag("hostile-input")
class MoneyHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int MESSAGE_BOUND = 300;
    private static final Pattern PLAIN = Pattern.compile("[+-]?+(\\d++(\\.\\d*+)?+|\\.\\d++)");
    private static final List<String> TOKENS = List.of("0", "1", "9", "5", ".", "-", "+", "E", "e", "E+", "E-",
            " ", "x", ",", "\u0663", "\u0000", "100000000", "2147483647", "2147483648", "0".repeat(2_000),
            "9".repeat(25), "1".repeat(17), "00", "\uD83D\uDCB0");

    @Test
    void hugeExponents_areRejectedAtOnce_namingTheInput() {
        assertTimeoutPreemptively(BOUND, () -> {
            for (String text : List.of("USD 1E+100000000", "USD 1E-100000000", "USD 1E+2147483647",
                    "USD 1e-2147483648", "USD 1.5E3")) {
                assertThatThrownBy(() -> Money.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("money '" + text + "' has no valid amount: expected digits with an optional sign"
                                + " and decimal point, as 'USD 25.95' (no exponent, no grouping)");
            }
        });
    }

    @Test
    void hugeDecimals_givenToOf_failByTheirPrecisionAndScale_withAShortMessage() {
        assertTimeoutPreemptively(BOUND, () -> {
            assertThatThrownBy(() -> Money.of("USD", new BigDecimal("1E+100000000")))
                    .isInstanceOf(ArithmeticException.class).hasMessage("amount (1E+100000000) is too large for Money");
            assertThatThrownBy(() -> Money.of("USD", new BigDecimal("1E-100000000")))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("amount (1E-100000000) has more decimal places than USD allows (2)");
            assertThatThrownBy(() -> Money.of("USD", new BigDecimal("1E+2147483647")))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("amount (1E+2147483647) is too large for Money");
            // zero is zero at any scale, and rounding a tiny amount rounds as a tiny amount does
            assertThat(Money.of("USD", new BigDecimal("0E-100000000"))).isEqualTo(Money.parse("USD 0.00"));
            assertThat(Money.of(Money.currency("USD"), new BigDecimal("1E-100000000"),
                    java.math.RoundingMode.UP)).isEqualTo(Money.parse("USD 0.01"));
            assertThat(Money.of(Money.currency("USD"), new BigDecimal("-1E-100000000"),
                    java.math.RoundingMode.FLOOR)).isEqualTo(Money.parse("USD -0.01"));
            assertThat(Money.of(Money.currency("USD"), new BigDecimal("1E-100000000"),
                    java.math.RoundingMode.HALF_UP)).isEqualTo(Money.parse("USD 0.00"));
        });
    }

    @Test
    void longInput_isShownByItsFirstCharactersOnly() {
        String digits = "USD 1" + "0".repeat(1_000_000) + "x";
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Money.parse(digits))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("money 'USD 1" + "0".repeat(59) + "... (1,000,006 characters)' has no valid"));
        String zeros = "USD " + "0".repeat(1_000_000) + "12.5" + "0".repeat(1_000_000);
        assertTimeoutPreemptively(BOUND, () -> assertThat(Money.parse(zeros)).isEqualTo(Money.parse("USD 12.50")));
    }

    @Test
    void randomAmounts_giveTheValueOrTheDocumentedException() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(1_000).withShrinkCycles(100)
                .forAll(amounts(), integers().between(0, 2))
                .checkAssert((amount, c) -> {
                    String code = List.of("USD", "JPY", "KWD").get(c);
                    String text = code + " " + amount;
                    BigDecimal expected = expected(amount.trim());   // parse trims as String.trim does
                    try {
                        Money money = Money.parse(text);
                        assertThat(expected).as(text).isNotNull();
                        assertThat(money.amount()).as(text).isEqualByComparingTo(expected);
                        assertThat(money.currency().getCurrencyCode()).isEqualTo(code);
                    } catch (IllegalArgumentException | ArithmeticException e) {
                        assertThat(e.getMessage()).as(text).hasSizeLessThanOrEqualTo(MESSAGE_BOUND);
                        if (e instanceof IllegalArgumentException) {
                            assertThat(expected).as(text).isNull();
                            assertThat(e.getMessage()).startsWith("money '" + prefix(text));
                        } else {
                            assertThat(expected).as(text).isNotNull();
                            assertThat(fits(expected, Money.currency(code).getDefaultFractionDigits())).as(text)
                                    .isFalse();
                        }
                    }
                }));
    }

    /** The amount a plain decimal text means, by BigDecimal itself; null when the text is not one. */
    private static BigDecimal expected(String amount) {
        return PLAIN.matcher(amount).matches() ? new BigDecimal(amount) : null;
    }

    private static boolean fits(BigDecimal amount, int scale) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            return false;
        }
        BigInteger minor = amount.setScale(scale).unscaledValue();
        return minor.bitLength() <= 63;
    }

    private static String prefix(String text) {
        return text.substring(0, Math.min(text.length(), 40));
    }

    private static Gen<String> amounts() {
        return lists().of(integers().between(0, TOKENS.size() - 1)).ofSizeBetween(0, 8)
                .map(picks -> {
                    StringBuilder s = new StringBuilder();
                    picks.forEach(i -> s.append(TOKENS.get(i)));
                    return s.toString();
                });
    }
}
