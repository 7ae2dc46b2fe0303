package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The series of MRR, bridges and logo churn over records take the ids in the same pass as the kernel (ADR 0112): a
 * duplicate id is still rejected with the message of a check before the pass, whether the records stream (sorted by
 * customer) or are decoded into columns (out of order), and it is reported before any fault the pass meets later.
 */
class RecordIdsInThePassTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"));
    private static final String MESSAGE = "subscription 'S-2': id (S-2) is not unique";

    private static Subscription monthly(String id, String customer, String amount) {
        return Subscription.of(id, customer, Money.parse(amount), BillingInterval.MONTH, JAN_1);
    }

    private static List<Function<List<Subscription>, Object>> seriesEntryPoints() {
        return List.of(s -> MrrTotal.series(s, Q1, Granularity.MONTH),
                s -> MrrTotal.series(s, Q1, Granularity.MONTH, USD),
                s -> MrrBridge.series(s, Q1, Granularity.MONTH),
                s -> MrrBridge.series(s, Q1, Granularity.MONTH, USD),
                s -> LogoChurn.series(s, Q1, Granularity.MONTH),
                s -> LogoChurn.series(s, Q1, Granularity.MONTH, ChurnPolicy.DEFAULT));
    }

    @Test
    void aDuplicateIsFoundWhetherTheRecordsStreamOrNot() {
        // sorted by customer: they stream into the kernels; then the same records out of customer order
        List<Subscription> sorted = List.of(monthly("S-1", "ACME", "USD 10.00"), monthly("S-2", "ACME", "USD 20.00"),
                monthly("S-3", "Globex", "USD 30.00"), monthly("S-2", "Initech", "USD 40.00"));
        List<Subscription> unsorted = List.of(sorted.get(3), sorted.get(2), sorted.get(0), sorted.get(1));
        for (List<Subscription> records : List.of(sorted, unsorted)) {
            for (Function<List<Subscription>, Object> series : seriesEntryPoints()) {
                assertThatThrownBy(() -> series.apply(records)).isInstanceOf(InvalidRecordException.class)
                        .hasMessage(MESSAGE);
            }
        }
        // and with unique ids the streamed and the decoded records give the same answers
        List<Subscription> unique = new ArrayList<>(sorted);
        unique.set(3, monthly("S-4", "Initech", "USD 40.00"));
        List<Subscription> shuffled = List.of(unique.get(3), unique.get(2), unique.get(0), unique.get(1));
        for (Function<List<Subscription>, Object> series : seriesEntryPoints()) {
            assertThat(series.apply(unique)).isEqualTo(series.apply(shuffled));
        }
        assertThat(MrrTotal.series(unique, Q1, Granularity.MONTH).values().get(0).mrr())
                .isEqualTo(MrrTotal.of(unique, LocalDate.of(2026, 1, 31)).mrr());
    }

    @Test
    void aDuplicateIsReportedBeforeALaterFaultOfThePass() {
        // the pass meets a second currency after the duplicate: the duplicate is named, as a check before would
        List<Subscription> records = List.of(monthly("S-1", "ACME", "USD 10.00"), monthly("S-2", "ACME", "USD 20.00"),
                monthly("S-2", "Globex", "USD 30.00"), monthly("S-3", "Initech", "EUR 40.00"));
        for (Function<List<Subscription>, Object> series : seriesEntryPoints().subList(0, 4)) {
            assertThatThrownBy(() -> series.apply(records)).isInstanceOf(InvalidRecordException.class)
                    .hasMessage(MESSAGE);
        }
        // without the duplicate, the second currency is the fault
        List<Subscription> unique = List.of(records.get(0), records.get(1), records.get(3));
        assertThatThrownBy(() -> MrrTotal.series(unique, Q1, Granularity.MONTH))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> LogoChurn.series(records, Q1, Granularity.MONTH, null))
                .isInstanceOf(InvalidRecordException.class).hasMessage(MESSAGE);
    }

    @Test
    void aNullRecordIsRejectedFirst() {
        List<Subscription> records = Arrays.asList(monthly("S-1", "ACME", "USD 10.00"), null,
                monthly("S-1", "ACME", "USD 10.00"));
        for (Function<List<Subscription>, Object> series : seriesEntryPoints()) {
            assertThatThrownBy(() -> series.apply(records)).isInstanceOf(NullPointerException.class)
                    .hasMessage("subscriptions must not contain null");
        }
    }
}
