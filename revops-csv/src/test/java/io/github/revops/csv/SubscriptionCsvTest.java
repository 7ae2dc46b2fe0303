package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

/** The RavenStack preset on a fixture and on the real file, and a subscription mapping of one's own. */
class SubscriptionCsvTest {

    private static final String RAVENSTACK_HEADER = "subscription_id,account_id,start_date,end_date,plan_tier,seats,"
            + "mrr_amount,arr_amount,is_trial,upgrade_flag,downgrade_flag,churn_flag,billing_frequency,auto_renew_flag";

    @Test
    void ravenStack_readsTheFixture() {
        // rows copied from ravenstack_subscriptions.csv (lines 2-4), CRLF as in the file
        CsvImportResult<Subscription> result = SubscriptionCsv.ravenStack().build().readAll(new java.io.StringReader(
                RAVENSTACK_HEADER + "\r\n"
                        + "S-8cec59,A-3c1a3f,2023-12-23,2024-04-12,Enterprise,14,2786,33432,FALSE,FALSE,FALSE,TRUE,"
                        + "monthly,TRUE\r\n"
                        + "S-0f6f44,A-9b9fe9,2024-06-11,,Pro,17,833,9996,FALSE,FALSE,FALSE,FALSE,monthly,TRUE\r\n"
                        + "S-51c0d1,A-659280,2024-11-25,,Enterprise,62,0,0,TRUE,TRUE,FALSE,FALSE,annual,FALSE\r\n"),
                "ravenstack_subscriptions.csv");

        assertThat(result.records()).containsExactly(
                new Subscription("S-8cec59", "A-3c1a3f", Money.parse("USD 2786.00"), BillingInterval.MONTH,
                        LocalDate.of(2023, 12, 23), Optional.of(LocalDate.of(2024, 4, 12)), false, Optional.empty()),
                Subscription.of("S-0f6f44", "A-9b9fe9", Money.parse("USD 833.00"), BillingInterval.MONTH,
                        LocalDate.of(2024, 6, 11)),
                Subscription.of("S-51c0d1", "A-659280", Money.parse("USD 0.00"), BillingInterval.YEAR,
                        LocalDate.of(2024, 11, 25)).asTrial());
    }

    @Test
    void ravenStack_strictStopsAtTheFirstSameDayRowOfTheRealFile() {
        // awk -F, 'NR>1 && $4!="" && $4<=$3 {print NR; exit}' ravenstack_subscriptions.csv  -> 171
        assertThatThrownBy(() -> SubscriptionCsv.ravenStack().build()
                .readAll(Fixtures.resource("ravenstack/ravenstack_subscriptions.csv")))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("ravenstack_subscriptions.csv line 171, column 'end_date', value '2024-12-31': "
                        + "subscription 'S-4f0027': endDate (2024-12-31) must be after startDate (2024-12-31)");
    }

    @Test
    void ravenStack_lenientRejectsTheThirteenSameDayRows() {
        CsvImportResult<Subscription> result = SubscriptionCsv.ravenStack().lenient().build()
                .readAll(Fixtures.resource("ravenstack/ravenstack_subscriptions.csv"));

        // Independent figures, python3 csv.DictReader over the file: 5000 rows; 13 with end_date <= start_date on
        // lines 171 370 412 1333 1566 1954 2157 2395 2429 3192 3292 4086 4180 (awk NR); of the 4987 others
        // 778 have is_trial TRUE, 4514 have no end_date, 2451 are annual, mrr_amount sums to 11292423 and the
        // billed amount (arr_amount for annual rows, mrr_amount for monthly ones) to 72614332.
        assertThat(result.summary().rowsRead()).isEqualTo(5000);
        assertThat(result.records()).hasSize(4987);
        assertThat(result.rejected()).extracting(RejectedRow::line).containsExactly(171L, 370L, 412L, 1333L,
                1566L, 1954L, 2157L, 2395L, 2429L, 3192L, 3292L, 4086L, 4180L);
        assertThat(result.rejected()).allSatisfy(row -> assertThat(row.column()).isEqualTo("end_date"));
        assertThat(result.records().stream().filter(Subscription::trial).count()).isEqualTo(778);
        assertThat(result.records().stream().filter(s -> s.endDate().isEmpty()).count()).isEqualTo(4514);
        assertThat(result.records().stream().filter(s -> s.interval().equals(BillingInterval.YEAR)).count())
                .isEqualTo(2451);
        assertThat(Money.total(Money.currency("USD"), result.records().stream().map(Subscription::amount)::iterator))
                .isEqualTo(Money.parse("USD 72614332.00"));
        assertThat(result.records().stream().map(Subscription::monthlyValue)
                .reduce(io.github.revops.money.ExactMoney.zero(Money.currency("USD")),
                        io.github.revops.money.ExactMoney::plus))
                .isEqualTo(Money.parse("USD 11292423.00").toExact());
    }

    @Test
    void ravenStack_inclusiveEndDatesKeepEveryRow() {
        CsvImportResult<Subscription> result = SubscriptionCsv.ravenStack().endDates(EndDateConvention.INCLUSIVE)
                .build().readAll(Fixtures.resource("ravenstack/ravenstack_subscriptions.csv"));

        // python3 over all 5000 rows: billed amounts (arr_amount if annual, else mrr_amount) sum to 72910125
        assertThat(result.records()).hasSize(5000);
        assertThat(Money.total(Money.currency("USD"), result.records().stream().map(Subscription::amount)::iterator))
                .isEqualTo(Money.parse("USD 72910125.00"));
        Subscription sameDay = result.records().get(169); // line 171
        assertThat(sameDay.id()).isEqualTo("S-4f0027");
        assertThat(sameDay.endDate()).contains(LocalDate.of(2025, 1, 1));
    }

    @Test
    void ownMapping_intervalLabelsMinorUnitsCancellationAndBooleans() {
        CsvReader<Subscription> reader = SubscriptionCsv.builder()
                .column(SubscriptionField.ID, "id").column(SubscriptionField.CUSTOMER, "customer")
                .column(SubscriptionField.AMOUNT, "cents").column(SubscriptionField.CURRENCY, "currency")
                .column(SubscriptionField.INTERVAL, "billing").column(SubscriptionField.START_DATE, "start")
                .column(SubscriptionField.END_DATE, "last day").column(SubscriptionField.TRIAL, "trial")
                .column(SubscriptionField.CANCELLATION_DATE, "cancelled")
                .amountUnit(AmountUnit.MINOR).endDates(EndDateConvention.INCLUSIVE)
                .interval("Semiannual", BillingInterval.everyMonths(6))
                .dateFormats("dd.MM.yyyy")
                .build();

        CsvImportResult<Subscription> result = reader.readAll(Fixtures.text(
                "id,customer,cents,currency,billing,start,last day,trial,cancelled",
                "S-1,ACME,120000,EUR,Annual,01.01.2026,31.12.2026,no,15.11.2026",
                "S-2,ACME,999,usd,semiannual,15.01.2026,,,",
                "S-3,INIT,5000,JPY,EVERY_2_MONTHS,01.02.2026,,Yes,"), "subs.csv");

        assertThat(result.records()).containsExactly(
                new Subscription("S-1", "ACME", Money.parse("EUR 1200.00"), BillingInterval.YEAR,
                        LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2027, 1, 1)), false,
                        Optional.of(LocalDate.of(2026, 11, 15))),
                Subscription.of("S-2", "ACME", Money.parse("USD 9.99"), BillingInterval.everyMonths(6),
                        LocalDate.of(2026, 1, 15)),
                Subscription.of("S-3", "INIT", Money.parse("JPY 5000"), BillingInterval.everyMonths(2),
                        LocalDate.of(2026, 2, 1)).asTrial());
    }

    @Test
    void monthlyAmounts_areBilledPerWholeMonthsOfTheInterval() {
        CsvReader<Subscription> reader = SubscriptionCsv.builder()
                .column(SubscriptionField.ID, "id").column(SubscriptionField.CUSTOMER, "customer")
                .column(SubscriptionField.AMOUNT, "mrr").column(SubscriptionField.INTERVAL, "billing")
                .column(SubscriptionField.START_DATE, "start")
                .amountBasis(AmountBasis.MONTHLY).defaultCurrency("USD").lenient().build();

        CsvImportResult<Subscription> result = reader.readAll(Fixtures.text(
                "id,customer,mrr,billing,start",
                "S-1,ACME,100.00,quarterly,2026-01-01",
                "S-2,ACME,100.00,EVERY_6_MONTHS,2026-01-01",
                "S-3,ACME,100.00,weekly,2026-01-01"), "subs.csv");

        assertThat(result.records()).extracting(Subscription::amount)
                .containsExactly(Money.parse("USD 300.00"), Money.parse("USD 600.00"));
        assertThat(result.records()).allSatisfy(s -> assertThat(s.monthlyValue())
                .isEqualTo(Money.parse("USD 100.00").toExact()));
        assertThat(result.rejected()).containsExactly(new RejectedRow(4, "billing", "weekly", "has no whole number of "
                + "months, so a monthly amount cannot be billed per WEEK"));
    }

    @Test
    void errors_unknownIntervalBadBooleanAndCancellationWithoutEnd() {
        CsvReader<Subscription> reader = SubscriptionCsv.builder()
                .column(SubscriptionField.ID, "id").column(SubscriptionField.CUSTOMER, "customer")
                .column(SubscriptionField.AMOUNT, "amount").column(SubscriptionField.INTERVAL, "billing")
                .column(SubscriptionField.START_DATE, "start").optionalColumn(SubscriptionField.TRIAL, "trial")
                .column(SubscriptionField.CANCELLATION_DATE, "cancelled")
                .defaultCurrency("USD").lenient().build();

        CsvImportResult<Subscription> result = reader.readAll(Fixtures.text(
                "id,customer,amount,billing,start,trial,cancelled",
                "S-1,ACME,10,fortnightly,2026-01-01,,",
                "S-2,ACME,10,monthly,2026-01-01,maybe,",
                "S-3,ACME,10,monthly,2026-01-01,,2026-02-01",
                "S-4,ACME,10.5,MONTH,2026-01-01,TRUE,"), "subs.csv");

        assertThat(result.records()).extracting(Subscription::id).containsExactly("S-4");
        assertThat(result.rejected()).containsExactly(
                new RejectedRow(2, "billing", "fortnightly", "unknown billing interval label (known: annual, "
                        + "annually, daily, day, month, monthly, quarter, quarterly, week, weekly, year, yearly)"),
                new RejectedRow(3, "trial", "maybe", "unknown boolean (known: 0, 1, false, n, no, true, y, yes)"),
                new RejectedRow(4, "cancelled", "2026-02-01", "subscription 'S-3': cancellationDate (2026-02-01) "
                        + "requires an endDate (service runs to the end date)"));
    }
}
