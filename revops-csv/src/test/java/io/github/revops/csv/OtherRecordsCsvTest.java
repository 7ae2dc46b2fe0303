package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.Customer;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.money.Money;
import io.github.revops.time.Period;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

/** Customers, spend and forecast submissions from mappings of one's own, with their error paths. */
class OtherRecordsCsvTest {

    @Test
    void customers_withSegmentsFromTheMavenAccountsHeader() {
        CsvReader<Customer> reader = CustomerCsv.builder()
                .column(CustomerField.ID, "account")
                .segment("sector", "sector")
                .segment("office", "office_location")
                .optionalSegment("parent", "subsidiary_of")
                .build();

        // header and rows as in accounts.csv of the Maven CRM data set
        CsvImportResult<Customer> result = reader.readAll(Fixtures.text(
                "account,sector,year_established,revenue,employees,office_location,subsidiary_of",
                "Acme Corporation,technolgy,1996,1100.04,2822,United States,",
                "Betasoloin,medical,1999,251.41,495,United States,Inity"), "accounts.csv");

        assertThat(result.records()).containsExactly(
                Customer.of("Acme Corporation", Map.of("sector", "technolgy", "office", "United States")),
                Customer.of("Betasoloin", Map.of("sector", "medical", "office", "United States", "parent", "Inity")));
    }

    @Test
    void spend_readsCategoriesChannelsAndPaidFlags() {
        CsvReader<Spend> reader = spendReader().build();

        CsvImportResult<Spend> result = reader.readAll(Fixtures.text(
                "id;date;amount;team;channel;paid",
                "SP-1;2026-01-01;5.000,00;Marketing;Paid search;yes",
                "SP-2;2026-01-15;12.500,50;SALES;Outbound;no"), "spend.csv");

        assertThat(result.records()).containsExactly(
                Spend.of("SP-1", LocalDate.of(2026, 1, 1), Money.parse("EUR 5000.00"), SpendCategory.MARKETING,
                        "Paid search", true),
                Spend.of("SP-2", LocalDate.of(2026, 1, 15), Money.parse("EUR 12500.50"), SpendCategory.SALES,
                        "Outbound", false));
    }

    @Test
    void spend_errorsNameTheColumn() {
        CsvReader<Spend> reader = spendReader().category("Demand Gen", SpendCategory.MARKETING).lenient().build();

        CsvImportResult<Spend> result = reader.readAll(Fixtures.text(
                "id;date;amount;team;channel;paid",
                "SP-1;;5,00;Marketing;Paid search;yes",
                "SP-2;2026-01-15;5,00;Partners;Referral;no",
                "SP-3;2026-01-15;5,00;demand gen;;no"), "spend.csv");

        assertThat(result.records()).isEmpty();
        assertThat(result.rejected()).containsExactly(
                new RejectedRow(2, "date", "", "is blank (expected a date)"),
                new RejectedRow(3, "team", "Partners", "unknown spend category label (known: Demand Gen, marketing, "
                        + "sales)"),
                new RejectedRow(4, "channel", "", "spend 'SP-3': channel ('') must not be blank"));
    }

    private static SpendCsv.Builder spendReader() {
        return SpendCsv.builder()
                .column(SpendField.ID, "id").column(SpendField.DATE, "date").column(SpendField.AMOUNT, "amount")
                .column(SpendField.CATEGORY, "team").column(SpendField.CHANNEL, "channel")
                .column(SpendField.PAID, "paid")
                .delimiter(';').decimalSeparator(',').groupingSeparator('.')
                .defaultCurrency("EUR");
    }

    @Test
    void forecasts_readInclusivePeriods() {
        CsvImportResult<ForecastSubmission> result = forecastReader().build().readAll(Fixtures.text(
                "id,rep,from,to,submitted,category,amount",
                "F-1,Ana,2026-01-01,2026-03-31,2026-02-10,Commit,250000",
                "F-2,Ana,2026-01-01,2026-03-31,2026-02-24,best case,310000.50"), "forecasts.csv");

        assertThat(result.records()).containsExactly(
                new ForecastSubmission("F-1", "Ana", Period.quarter(2026, 1), LocalDate.of(2026, 2, 10),
                        ForecastCategory.COMMIT, Money.parse("USD 250000.00")),
                new ForecastSubmission("F-2", "Ana", Period.quarter(2026, 1), LocalDate.of(2026, 2, 24),
                        ForecastCategory.BEST_CASE, Money.parse("USD 310000.50")));
    }

    @Test
    void forecasts_errorsNameTheColumn() {
        CsvImportResult<ForecastSubmission> result = forecastReader().lenient().build().readAll(Fixtures.text(
                "id,rep,from,to,submitted,category,amount",
                "F-1,Ana,2026-03-31,2026-01-01,2026-02-10,Commit,1",
                "F-2,Ana,2026-01-01,2026-03-31,,Commit,1",
                "F-3,Ana,2026-01-01,2026-03-31,2026-02-10,Upside,1"), "forecasts.csv");

        assertThat(result.rejected()).containsExactly(
                new RejectedRow(2, "to", "2026-01-01", "is before the period's first day (2026-03-31)"),
                new RejectedRow(3, "submitted", "", "forecast 'F-2': submittedDate (null) is required"),
                new RejectedRow(4, "category", "Upside", "unknown forecast category label (known: best case, "
                        + "best_case, commit, pipeline)"));
        assertThat(result.summary().accepted()).isZero();
    }

    private static ForecastCsv.Builder forecastReader() {
        return ForecastCsv.builder()
                .column(ForecastField.ID, "id").column(ForecastField.SUBMITTER, "rep")
                .column(ForecastField.PERIOD_START, "from").column(ForecastField.PERIOD_END, "to")
                .column(ForecastField.SUBMITTED_DATE, "submitted").column(ForecastField.CATEGORY, "category")
                .column(ForecastField.AMOUNT, "amount")
                .defaultCurrency("USD");
    }

    @Test
    void builders_rejectBadSettings() {
        assertThatThrownBy(() -> SpendCsv.builder().decimalSeparator('5'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("separator ('5') must not be a digit, a sign or the other separator");
        assertThatThrownBy(() -> SpendCsv.builder().delimiter('"'))
                .hasMessage("delimiter ('\"') must not be a quote, a line break or a blank");
        assertThatThrownBy(() -> SpendCsv.builder().defaultCurrency("XYZ"))
                .hasMessage("currency ('XYZ') is not an ISO-4217 code");
        assertThatThrownBy(() -> SpendCsv.builder().column(SpendField.ID, " "))
                .hasMessage("header (' ') must not be blank");
        assertThatThrownBy(() -> SpendCsv.builder().progress(0, rows -> { }))
                .hasMessage("everyRows (0) must be >= 1");
        assertThatThrownBy(() -> CustomerCsv.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("customer CSV: no column or constant for ID");
    }
}
