package io.github.revops.clv;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RfmSummaryTest {

    @Test
    void fromTransactions_cdnowSample_equalsThePublishedSummaryForEveryCustomer() {
        List<RfmSummary> built = RfmSummary.fromTransactions(CdnowData.sampleTransactions(),
                CdnowData.CALIBRATION_END, RfmTimeUnit.WEEK);
        Map<String, RfmSummary> byId = new HashMap<>();
        built.forEach(s -> byId.put(s.customerId(), s));
        List<CdnowData.Row> published = CdnowData.publishedSummary();

        assertThat(built).hasSize(2357);
        assertThat(published).hasSize(2357);
        // The files give weeks (days / 7) and the mean repeat spend rounded half-up to cents, both to 2 decimals.
        for (CdnowData.Row row : published) {
            RfmSummary s = byId.get(row.id());
            assertThat(s).as("customer %s", row.id()).isNotNull();
            assertThat(s.frequency()).as("x of %s", row.id()).isEqualTo(row.x());
            assertThat(twoDecimals(s.recency())).as("t_x of %s", row.id()).isEqualByComparingTo(row.tx());
            assertThat(twoDecimals(s.age())).as("T of %s", row.id()).isEqualByComparingTo(row.age());
            BigDecimal zbar = s.averageRepeatSpend().map(m -> m.toMoney(RoundingMode.HALF_UP).amount())
                    .orElse(BigDecimal.ZERO);
            assertThat(zbar).as("zbar of %s", row.id()).isEqualByComparingTo(row.zbar());
        }
        // The frequency/recency/T file (LF, no spend) agrees too.
        int[] rows = {0};
        CdnowData.lines("cdnow_customers_summary.csv", line -> {
            if (!line.startsWith("ID")) {
                String[] f = line.split(",");
                RfmSummary s = byId.get(f[0]);
                assertThat(s.frequency()).isEqualTo(Long.parseLong(f[1]));
                assertThat(twoDecimals(s.recency())).isEqualByComparingTo(f[2]);
                assertThat(twoDecimals(s.age())).isEqualByComparingTo(f[3]);
                rows[0]++;
            }
        });
        assertThat(rows[0]).isEqualTo(2357);
    }

    @Test
    void fromTransactions_cdnowSample_countsMatchAPlainLoop() {
        // 946 customers with x > 0 (Fader & Hardie note 025); an independent count of distinct purchase days.
        List<Transaction> transactions = CdnowData.sampleTransactions();
        Map<String, java.util.Set<LocalDate>> days = new HashMap<>();
        for (Transaction t : transactions) {
            if (!t.date().isAfter(CdnowData.CALIBRATION_END)) {
                days.computeIfAbsent(t.customerId(), k -> new java.util.HashSet<>()).add(t.date());
            }
        }
        long repeaters = days.values().stream().filter(d -> d.size() > 1).count();
        long repeatDays = days.values().stream().mapToLong(d -> d.size() - 1L).sum();
        List<RfmSummary> built = RfmSummary.fromTransactions(transactions, CdnowData.CALIBRATION_END,
                RfmTimeUnit.WEEK);

        assertThat(repeaters).isEqualTo(946);
        assertThat(built.stream().filter(s -> s.frequency() > 0).count()).isEqualTo(repeaters);
        assertThat(built.stream().mapToLong(RfmSummary::frequency).sum()).isEqualTo(repeatDays);
    }

    @Test
    void fromTransactions_collapsesSameDayPurchasesAndIgnoresTheHoldout() {
        LocalDate end = LocalDate.of(2024, 1, 31);
        List<Transaction> transactions = List.of(
                tx("b", "2024-01-10", "5.00"),
                tx("a", "2024-01-01", "10.00"),
                tx("a", "2024-01-08", "3.00"),
                tx("a", "2024-01-08", "4.00"),     // same day: one purchase of 7.00
                tx("a", "2024-01-22", "8.00"),
                tx("a", "2024-02-05", "99.00"),    // after the calibration end: holdout
                tx("c", "2024-02-01", "1.00"));    // first purchase after the end: no summary

        List<RfmSummary> days = RfmSummary.fromTransactions(transactions, end, RfmTimeUnit.DAY);
        List<RfmSummary> weeks = RfmSummary.fromTransactions(transactions, end, RfmTimeUnit.WEEK);

        assertThat(days).containsExactly(
                new RfmSummary("a", 2, 21, 30, Money.parse("USD 15.00")),
                new RfmSummary("b", 0, 0, 21, Money.parse("USD 0.00")));
        assertThat(weeks.get(0).recency()).isEqualTo(3.0);
        assertThat(weeks.get(0).age()).isEqualTo(30.0 / 7);
        assertThat(days.get(0).averageRepeatSpend())
                .contains(ExactMoney.ofMinor(Money.currency("USD"), Rational.of(750)));
        assertThat(days.get(0).monetaryValue()).isEqualTo(7.5);
        assertThat(days.get(1).averageRepeatSpend()).isEqualTo(Optional.empty());
        assertThat(days.get(1).monetaryValue()).isEqualTo(0.0);
    }

    @Test
    void fromTransactions_rejectsMixedCurrenciesForOneCustomer() {
        List<Transaction> transactions = List.of(tx("a", "2024-01-01", "10.00"),
                new Transaction("a", LocalDate.parse("2024-01-03"), Money.parse("EUR 5.00")),
                new Transaction("a", LocalDate.parse("2024-01-03"), Money.parse("USD 5.00")));
        assertThatThrownBy(() -> RfmSummary.fromTransactions(transactions, LocalDate.of(2024, 2, 1), RfmTimeUnit.DAY))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void ofAverage_multipliesTheMeanBack() {
        RfmSummary s = RfmSummary.ofAverage("1", 2, 30.43, 38.86, Money.parse("USD 22.35"));
        assertThat(s.repeatSpend()).isEqualTo(Money.parse("USD 44.70"));
        assertThat(s.monetaryValue()).isEqualTo(22.35);
        assertThatThrownBy(() -> RfmSummary.ofAverage("2", 0, 0, 38.86, Money.parse("USD 1.00")))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("rfm summary '2': averageSpend (USD 1.00) must be zero when frequency is 0");
    }

    @Test
    void transactionValidation_namesTheCustomer() {
        assertThatThrownBy(() -> tx("77", "2024-01-01", "-1.00"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("transaction '77': amount (USD -1.00) must not be negative");
        assertThatThrownBy(() -> new Transaction(" ", LocalDate.of(2024, 1, 1), Money.parse("USD 1.00")))
                .hasMessage("transaction '?': customerId ( ) must not be blank");
    }

    private static Transaction tx(String customer, String date, String usd) {
        return new Transaction(customer, LocalDate.parse(date), Money.parse("USD " + usd));
    }

    private static BigDecimal twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
