package io.github.revops.testing;

import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.result.Ratio;

import java.time.DateTimeException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcomes the hostile-input tests of the metric families accept (docs/testing.md, "Hostile input"): a result
 * that passes the test's checks, or a documented exception with a short message; and ratios that are finite.
 */
public final class DocumentedOutcome {

    /** The longest message a documented exception may have, however long the input. */
    public static final int MESSAGE_BOUND = 300;

    private DocumentedOutcome() {
    }

    /**
     * Runs an entry point: a result that passes its checks, or an {@code IllegalArgumentException} (with its
     * {@code InvalidRecordException} and {@code CurrencyMismatchException}), a {@code DateTimeException} or a
     * {@link MissingExchangeRateException} with a message of at most {@link #MESSAGE_BOUND} characters.
     *
     * @param call  the entry point
     * @param check  the assertions on its result
     * @param <R>  the result's type
     */
    public static <R> void documented(Supplier<R> call, Consumer<R> check) {
        R result;
        try {
            result = call.get();
        } catch (IllegalArgumentException | DateTimeException | MissingExchangeRateException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThanOrEqualTo(MESSAGE_BOUND);
            return;
        }
        check.accept(result);
    }

    /**
     * Asserts that a ratio's value, when defined, is finite.
     *
     * @param ratio  the ratio
     */
    public static void finite(Ratio ratio) {
        ratio.value().ifPresent(v -> assertThat(Double.isFinite(v)).as("%s", ratio).isTrue());
    }
}
