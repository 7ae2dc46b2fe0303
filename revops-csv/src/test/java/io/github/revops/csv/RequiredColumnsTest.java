package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.money.Money;
import io.github.revops.time.Period;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/**
 * Which fields each record type's reader must have mapped before it builds (the documented required columns, in
 * field order), and the forecast reader's own checks: a currency, and both ends of the period.
 */
class RequiredColumnsTest {

    @Test
    void aReaderWithNothingMapped_namesEveryRequiredFieldAndNoOptionalOne() {
        assertThatThrownBy(() -> ForecastCsv.builder().defaultCurrency("USD").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("forecast CSV: no column or constant for ID, "
                        + "SUBMITTER, PERIOD_START, PERIOD_END, SUBMITTED_DATE, CATEGORY, AMOUNT");
        assertThatThrownBy(() -> SpendCsv.builder().defaultCurrency("USD").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("spend CSV: no column or constant for ID, DATE, AMOUNT, CATEGORY, CHANNEL, PAID");
        assertThatThrownBy(() -> SubscriptionCsv.builder().defaultCurrency("USD").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("subscription CSV: no column or constant for ID, CUSTOMER, AMOUNT, INTERVAL, START_DATE");
        assertThatThrownBy(() -> ContactCsv.builder().stageDate("Lead", "lead").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("contact CSV: no column or constant for ID, OWNER, SOURCE");
        assertThatThrownBy(() -> DealCsv.builder().status("Won", io.github.revops.domain.DealStatus.WON)
                .defaultCurrency("USD").build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("deal CSV: no column or constant for ID, CUSTOMER, OWNER, SOURCE, AMOUNT, CREATED_DATE,"
                        + " STATUS");
    }

    @Test
    void theRequiredFieldsAreTheDocumentedOnes() {
        assertThat(List.of(ForecastField.values())).filteredOn(CsvField::required).extracting(Enum::name)
                .containsExactly("ID", "SUBMITTER", "PERIOD_START", "PERIOD_END", "SUBMITTED_DATE", "CATEGORY",
                        "AMOUNT");
        assertThat(List.of(SpendField.values())).filteredOn(f -> !f.required()).containsExactly(SpendField.CURRENCY);
        assertThat(List.of(SubscriptionField.values())).filteredOn(f -> !f.required()).containsExactly(
                SubscriptionField.CURRENCY, SubscriptionField.END_DATE, SubscriptionField.TRIAL,
                SubscriptionField.CANCELLATION_DATE);
    }

    private static ForecastCsv.Builder forecasts() {
        return ForecastCsv.builder()
                .column(ForecastField.ID, "id").column(ForecastField.SUBMITTER, "rep")
                .column(ForecastField.PERIOD_START, "from").column(ForecastField.PERIOD_END, "to")
                .column(ForecastField.SUBMITTED_DATE, "submitted").column(ForecastField.CATEGORY, "category")
                .column(ForecastField.AMOUNT, "amount");
    }

    @Test
    void forecasts_needACurrency_andOwnCategoryLabelsChain() {
        assertThatThrownBy(() -> forecasts().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("forecast CSV: set a defaultCurrency or map CURRENCY");
        List<ForecastSubmission> read = forecasts().category("upside", ForecastCategory.BEST_CASE)
                .defaultCurrency("EUR").build().readAll(Fixtures.text("id,rep,from,to,submitted,category,amount",
                        "F-1,Ana,2026-04-01,2026-06-30,2026-05-02,Upside,100"), "forecasts.csv").records();
        assertThat(read).containsExactly(new ForecastSubmission("F-1", "Ana", Period.quarter(2026, 2),
                LocalDate.of(2026, 5, 2), ForecastCategory.BEST_CASE, Money.parse("EUR 100.00")));
    }

    @Test
    void forecasts_withABlankPeriodEnd_areRejectedAtThatColumn() {
        CsvImportResult<ForecastSubmission> result = forecasts().defaultCurrency("USD").lenient().build()
                .readAll(Fixtures.text("id,rep,from,to,submitted,category,amount",
                        "F-1,Ana,,2026-06-30,2026-05-02,commit,1",
                        "F-2,Ana,2026-04-01,,2026-05-02,commit,1"), "forecasts.csv");
        assertThat(result.rejected()).containsExactly(
                new RejectedRow(2, "from", "", "is blank (expected a date)"),
                new RejectedRow(3, "to", "", "is blank (expected a date)"));
    }
}
