package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Customer;
import io.github.revops.domain.Spend;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.table.SubscriptionTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Headers at their edges (one column, none, unnamed columns, how many names an error lists) and builder settings
 * that replace rather than add (boolean labels), chained as the presets chain them.
 */
class HeaderAndBuilderChainTest {

    @TempDir
    Path dir;

    @Test
    void aOneColumnHeader_isAHeader_andAnEmptyOneIsNot() {
        CsvReader<Customer> reader = CustomerCsv.builder().column(CustomerField.ID, "id").build();
        assertThat(reader.readAll(new StringReader("id\nC1\nC2\n"), "c.csv").records()).extracting(Customer::id)
                .containsExactly("C1", "C2");
        assertThatThrownBy(() -> reader.readAll(new StringReader("\"\"\nC1\n"), "c.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("c.csv line 1: the input has no header row");
    }

    @Test
    void anUnnamedColumn_isNamedByItsPosition() {
        CsvReader<Customer> reader = CustomerCsv.builder().column(CustomerField.ID, "id").lenient().build();
        CsvImportSummary summary = reader.readAll(new StringReader("id,,x\nC1,a,b\nC2\n"), "c.csv").summary();
        assertThat(summary.rejected()).containsExactly(
                new RejectedRow(3, "#2", "", "missing: the row has 1 values, the header has 3"));
    }

    @Test
    void aMissingColumn_listsUpToTwentyHeaderNames() {
        CsvReader<Customer> reader = CustomerCsv.builder().column(CustomerField.ID, "id").build();
        String twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        assertThatThrownBy(() -> reader.readAll(new StringReader(twenty + "\n"), "c.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("c.csv line 1, column 'id': missing from the header (found: "
                        + twenty.replace(",", ", ") + ")");
        assertThatThrownBy(() -> reader.readAll(new StringReader(twenty + ",c21\n"), "c.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("c.csv line 1, column 'id': missing from the header (found: "
                        + twenty.replace(",", ", ") + ", ... (21 columns))");
    }

    @Test
    void theFailuresReason_isTheMessageWithoutItsPlace() {
        CsvReader<Customer> reader = CustomerCsv.builder().column(CustomerField.ID, "id").build();
        assertThatThrownBy(() -> reader.readAll(new StringReader("id,id\n"), "c.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("c.csv line 1, column 'id': appears more than once in the header")
                .satisfies(e -> {
                    CsvImportException failure = (CsvImportException) e;
                    assertThat(failure.reason()).isEqualTo("appears more than once in the header");
                    assertThat(failure.column()).contains("id");
                    assertThat(failure.value()).isEmpty();
                    assertThat(failure.source()).isEqualTo("c.csv");
                });
    }

    @Test
    void booleanLabels_replaceTheDefaults() {
        SpendCsv.Builder builder = SpendCsv.builder().column(SpendField.ID, "id").column(SpendField.DATE, "date")
                .column(SpendField.AMOUNT, "amount").column(SpendField.CATEGORY, "category")
                .column(SpendField.CHANNEL, "channel").column(SpendField.PAID, "paid")
                .booleanLabels(List.of("oui"), List.of("non")).defaultCurrency("EUR").lenient();
        CsvImportResult<Spend> result = builder.build().readAll(Fixtures.text("id,date,amount,category,channel,paid",
                "S1,2026-01-05,10,sales,web,oui", "S2,2026-01-05,10,sales,web,non", "S3,2026-01-05,10,sales,web,yes"),
                "spend.csv");
        assertThat(result.records()).extracting(Spend::paid).containsExactly(true, false);
        assertThat(result.rejected()).containsExactly(
                new RejectedRow(4, "paid", "yes", "unknown boolean (known: non, oui)"));
    }

    @Test
    void subscriptions_needACurrency_andIntervalLabelsChain() {
        SubscriptionCsv.Builder noCurrency = SubscriptionCsv.builder()
                .column(SubscriptionField.ID, "id").column(SubscriptionField.CUSTOMER, "customer")
                .column(SubscriptionField.AMOUNT, "amount").column(SubscriptionField.INTERVAL, "billing")
                .column(SubscriptionField.START_DATE, "start");
        assertThatThrownBy(noCurrency::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("subscription CSV: set a defaultCurrency or map CURRENCY");
        List<Subscription> read = noCurrency.intervals(BillingInterval.everyMonths(6), "half-yearly", "semester")
                .defaultCurrency("USD").build()
                .readAll(Fixtures.text("id,customer,amount,billing,start", "S1,A,600.00,Semester,2026-01-01"),
                        "subs.csv").records();
        assertThat(read).containsExactly(Subscription.of("S1", "A", Money.parse("USD 600.00"),
                BillingInterval.everyMonths(6), java.time.LocalDate.of(2026, 1, 1)));
    }

    @Test
    void subscriptionTableReader_givesTheRecordsTable() throws IOException {
        Path file = dir.resolve("subs.csv");
        Files.writeString(file, "subscription_id,account_id,mrr_amount,billing_frequency,start_date,end_date,"
                + "is_trial\nS1,A,100.00,annual,2026-01-01,2027-01-01,False\nS2,B,25.50,monthly,2026-03-01,,True\n",
                StandardCharsets.UTF_8);
        CsvTableResult<SubscriptionTable> result = SubscriptionCsv.ravenStack().buildTableReader().read(file);
        SubscriptionTable table = result.table();
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.monthlyValue(0)).isEqualTo(Money.parse("USD 100.00").toExact());
        assertThat(table.monthlyValue(1)).isEqualTo(Money.parse("USD 25.50").toExact());
        assertThat(table.isTrial(0)).isFalse();
        assertThat(table.isTrial(1)).isTrue();
        assertThat(table.endDay(1)).isEqualTo(SubscriptionTable.OPEN_END);
        assertThat(result.summary()).isEqualTo(new CsvImportSummary("subs.csv", 2, 2, List.of(), List.of()));
    }
}
