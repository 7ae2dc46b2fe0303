package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.github.revops.recurring.SplitCollect.inParts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The record path's builders merged as a collector merges them, part by part in a fixed order (no parallel stream,
 * so every split is the one written here): an empty first part, a part in another currency with and without rates,
 * a customer split over two parts, and the customer-count builder of logo churn, which takes any currency. Figures
 * worked by hand; EUR/USD is 1.10 from 1 January 2024 and 1.20 from 1 February 2024.
 */
class RecordSegmentsMergeTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);
    private static final ExchangeRates RATES = InMemoryExchangeRates.builder()
            .add("EUR", "USD", JAN_1, new BigDecimal("1.10"))
            .add("EUR", "USD", LocalDate.of(2024, 2, 1), new BigDecimal("1.20"))
            .build();
    private static final ReportingCurrency USD_WITH_RATES = ReportingCurrency.of(Money.currency("USD"), RATES);

    private static Subscription sub(String id, String customer, String amount, BillingInterval interval) {
        return Subscription.of(id, customer, Money.parse(amount), interval, JAN_1);
    }

    @Test
    void anEmptyFirstPartTakesItsCurrencyFromTheNextPart() {
        // 10.00 a month + 1,200.00 a year = 10.00 + 100.00 = 110.00 a month
        List<Subscription> part = List.of(sub("S-1", "A", "USD 10.00", BillingInterval.MONTH),
                sub("S-2", "B", "USD 1200.00", BillingInterval.YEAR));
        MrrTotal total = inParts(MrrTotal.collector(JAN_31), List.of(), part);
        assertThat(total.mrr().currency()).isEqualTo(Money.currency("USD"));
        assertThat(total.mrr().minorUnits()).isEqualTo(Rational.of(11_000));
        assertThat(inParts(MrrTotal.collector(JAN_31), List.of(), List.of(), part, List.of())).isEqualTo(total);
        assertThat(inParts(MrrTotal.collector(JAN_31), part.subList(0, 1), List.of(), part.subList(1, 2)))
                .isEqualTo(total);
    }

    @Test
    void aPartInAnotherCurrencyIsRefusedWithoutRates() {
        List<Subscription> dollars = List.of(sub("S-1", "A", "USD 10.00", BillingInterval.MONTH));
        List<Subscription> euros = List.of(sub("S-2", "B", "EUR 10.00", BillingInterval.MONTH));
        String message = "Currencies differ: EUR/USD (convert with ExchangeRates and a reporting currency)";
        assertThatThrownBy(() -> inParts(MrrTotal.collector(JAN_31), dollars, euros))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(() -> inParts(MrrTotal.collector(JAN_31), List.of(), euros, dollars))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
    }

    @Test
    void anEmptyBuilderAddsNothingWhateverCurrencyItWasMadeFor() {
        RecordSegments.Builder dollars = RecordSegments.builder(ReportingCurrency.of(Money.currency("USD")), 4);
        dollars.add(sub("S-1", "A", "USD 10.00", BillingInterval.MONTH));
        dollars.addAll(RecordSegments.builder(ReportingCurrency.of(Money.currency("EUR")), 4));
        RecordSegments rows = dollars.build();
        assertThat(rows.currency()).isEqualTo(Money.currency("USD"));
        assertThat(rows.customers()).isEqualTo(1);
        assertThat(rows.customerId(0)).isEqualTo("A");
        assertThat(rows.denominator()).isEqualTo(1);
        assertThat(rows.converted()).isFalse();
    }

    @Test
    void aPartInAnotherCurrencyIsConvertedWithRates() {
        // on 31 January: USD 50.00 + EUR 100.00 x 1.10 = 160.00; in either order of the parts
        List<Subscription> dollars = List.of(sub("S-1", "A", "USD 50.00", BillingInterval.MONTH));
        List<Subscription> euros = List.of(sub("S-2", "B", "EUR 100.00", BillingInterval.MONTH));
        Rational expected = Rational.of(16_000);
        assertThat(inParts(MrrTotal.collector(JAN_31, USD_WITH_RATES), dollars, euros).mrr().minorUnits())
                .isEqualTo(expected);
        assertThat(inParts(MrrTotal.collector(JAN_31, USD_WITH_RATES), euros, dollars).mrr().minorUnits())
                .isEqualTo(expected);
        assertThat(inParts(MrrTotal.collector(JAN_31, USD_WITH_RATES), List.of(), euros, List.of(), dollars)
                .mrr().minorUnits()).isEqualTo(expected);
    }

    @Test
    void aCustomerSplitOverTwoPartsKeepsBothSubscriptions() {
        // "mixed" pays USD 100.00 in one part and EUR 100.00 (110.00 at 1.10) in the other; "steady" EUR 10.00 a
        // week in the second part: 10.00 x 52 / 12 x 1.10 = 4766.6... cents
        List<Subscription> first = List.of(sub("S-1", "mixed", "USD 100.00", BillingInterval.MONTH));
        List<Subscription> second = List.of(sub("S-2", "steady", "EUR 10.00", BillingInterval.WEEK),
                sub("S-3", "mixed", "EUR 100.00", BillingInterval.MONTH));
        MrrSnapshot snapshot = inParts(MrrSnapshot.collector(JAN_31, USD_WITH_RATES), first, second);
        assertThat(snapshot.byCustomer().keySet()).containsExactly("mixed", "steady");
        assertThat(snapshot.customerMrr("mixed").minorUnits()).isEqualTo(Rational.of(21_000));
        assertThat(snapshot.customerMrr("steady").minorUnits()).isEqualTo(Rational.of(1_000L * 52 * 11, 12 * 10));
        assertThat(snapshot.mrr().minorUnits()).isEqualTo(Rational.of(21_000).add(Rational.of(1_000L * 52 * 11,
                12 * 10)));
        assertThat(inParts(MrrSnapshot.collector(JAN_31, USD_WITH_RATES), second, first)).isEqualTo(snapshot);
    }

    @Test
    void logoChurnCountsCustomersInAnyCurrency() {
        // February 2024: A (USD) leaves on the 10th, B (EUR) stays, C (GBP) joins on the 5th and stays
        Period february = Period.month(2024, 2);
        Subscription a = sub("S-A", "A", "USD 10.00", BillingInterval.MONTH).endingOn(LocalDate.of(2024, 2, 10));
        Subscription b = sub("S-B", "B", "EUR 20.00", BillingInterval.MONTH);
        Subscription c = Subscription.of("S-C", "C", Money.parse("GBP 30.00"), BillingInterval.MONTH,
                LocalDate.of(2024, 2, 5));
        // customers out of id order: the records are decoded into columns, with the customer-count builder
        for (List<Subscription> subs : List.of(List.of(c, b, a), List.of(a, b, c))) {
            LogoChurn churn = LogoChurn.of(subs, february);
            assertThat(churn.customersAtStart()).isEqualTo(2);
            assertThat(churn.churned()).containsExactly("A");
            assertThat(churn.joinersStayed()).isEqualTo(1);
            assertThat(churn.rate()).isEqualTo(Ratio.of(1, 2));
        }
        LogoChurn collected = inParts(LogoChurn.collector(february), List.of(b), List.of(c, a));
        assertThat(collected).isEqualTo(LogoChurn.of(List.of(a, b, c), february));
        assertThat(inParts(LogoChurn.collector(february), List.of(), List.of(c), List.of(a, b)))
                .isEqualTo(collected);
    }
}
