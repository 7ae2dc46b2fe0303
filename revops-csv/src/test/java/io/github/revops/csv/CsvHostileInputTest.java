package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.revops.domain.DealStatus;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

/**
 * Every reader (deals, subscriptions, customers, spend, forecasts) on rows of hostile cells: far and invalid dates,
 * exponents, values of 66,000 characters, control and bidi characters, repeated ids. The documented outcomes only:
 * strict mode returns every row as a record or throws {@link CsvImportException} with a short message; lenient mode
 * never throws for a row, its summary adds up, and every rejected row it lists is short; within a few seconds.
 */
@Tag("hostile-input")
class CsvHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final int MESSAGE_BOUND = 1_000;
    private static final List<String> CELLS = List.of("", " ", "\u001B[31mred\u001B[0m", "\u001B]0;title\u0007",
            "a\rb", "\u202Eevil", "\u0000", "x".repeat(66_000), "9999-12-31", "+999999999-12-31", "2017-01-05",
            "2017-03-01", "1900-01-01", "2199-12-31", "2200-01-01", "1E+100000000", "100.00", "-5", "7", "Won",
            "Lost", "Open", "monthly", "annual", "TRUE", "FALSE", "D-1", "D-2", "commit", "sales", "marketing",
            "yes", "USD", "\"", "a,b");

    private static Gen<String> file(String header, int columns) {
        Gen<String> row = lists().of(integers().between(0, CELLS.size() - 1)).ofSize(columns).map(picks -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < picks.size(); i++) {
                String cell = CELLS.get(picks.get(i));
                line.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
            }
            return line.toString();
        });
        return lists().of(row).ofSizeBetween(1, 6).map(rows -> header + "\n" + String.join("\n", rows) + "\n");
    }

    private static void check(CsvReaderBuilder<?, ?, ?> builder, String header) {
        CsvReader<?> strict = builder.strict().build();
        CsvReader<?> lenient = builder.lenient().build();
        int columns = header.split(",").length;
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(80).withShrinkCycles(50)
                .forAll(file(header, columns)).checkAssert(text -> {
                    try {
                        CsvImportResult<?> result = strict.readAll(new StringReader(text), "hostile.csv");
                        assertThat(result.summary().accepted()).isEqualTo(result.summary().rowsRead());
                    } catch (CsvImportException e) {
                        assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MESSAGE_BOUND)
                                .startsWith("hostile.csv line ");
                    }
                    CsvImportSummary summary = lenient.readAll(new StringReader(text), "hostile.csv").summary();
                    assertThat(summary.accepted() + summary.rejectedCount() + summary.skippedCount())
                            .isEqualTo(summary.rowsRead());
                    assertThat(summary.rejected()).allSatisfy(row -> {
                        assertThat(row.value()).hasSizeLessThanOrEqualTo(ShownText.VALUE + 30);
                        assertThat(row.reason()).hasSizeLessThanOrEqualTo(ShownText.REASON + 30);
                    });
                }));
    }

    @Test
    void deals() {
        check(DealCsv.builder()
                .column(DealField.ID, "id").column(DealField.CUSTOMER, "customer").column(DealField.OWNER, "owner")
                .column(DealField.SOURCE, "source").column(DealField.AMOUNT, "amount")
                .column(DealField.CREATED_DATE, "created").column(DealField.CLOSE_DATE, "closed")
                .column(DealField.STATUS, "stage").column(DealField.CURRENCY, "currency")
                .status("Open", DealStatus.OPEN).status("Won", DealStatus.WON).status("Lost", DealStatus.LOST)
                .defaultCurrency("USD"), "id,customer,owner,source,amount,created,closed,stage,currency");
    }

    @Test
    void subscriptions() {
        check(SubscriptionCsv.ravenStack(),
                "subscription_id,account_id,start_date,end_date,mrr_amount,billing_frequency,is_trial");
    }

    @Test
    void customers() {
        check(CustomerCsv.builder().column(CustomerField.ID, "account").segment("sector", "sector"),
                "account,sector,notes");
    }

    @Test
    void spend() {
        check(SpendCsv.builder().column(SpendField.ID, "id").column(SpendField.DATE, "date")
                .column(SpendField.AMOUNT, "amount").column(SpendField.CATEGORY, "team")
                .column(SpendField.CHANNEL, "channel").column(SpendField.PAID, "paid").defaultCurrency("USD"),
                "id,date,amount,team,channel,paid");
    }

    @Test
    void forecasts() {
        check(ForecastCsv.builder().column(ForecastField.ID, "id").column(ForecastField.SUBMITTER, "rep")
                .column(ForecastField.PERIOD_START, "from").column(ForecastField.PERIOD_END, "to")
                .column(ForecastField.SUBMITTED_DATE, "submitted").column(ForecastField.CATEGORY, "category")
                .column(ForecastField.AMOUNT, "amount").defaultCurrency("USD"),
                "id,rep,from,to,submitted,category,amount");
    }
}
