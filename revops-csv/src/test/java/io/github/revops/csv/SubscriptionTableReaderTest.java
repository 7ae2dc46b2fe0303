package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.revops.domain.Subscription;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.table.SubscriptionTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link SubscriptionTableTarget}: the subscription table reader in every chunking against hand figures and the
 * record reader's {@code SubscriptionTable.of}: rows kept in file order around rejected and repeated ones, the
 * first row's currency and a second one's failure, and a file with no accepted row.
 */
class SubscriptionTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void ravenStackRowsAreKeptInFileOrderAroundTheRefusedOnes() throws IOException {
        Path file = write("subs.csv", "subscription_id,account_id,mrr_amount,billing_frequency,start_date,end_date,"
                + "is_trial\n"
                + "S1,A,100.00,annual,2026-01-01,2027-01-01,False\n"
                + "S2,B,25.50,monthly,2026-03-01,,True\n"
                + "S3,C,10,weekly,2026-01-01,,False\n"
                + "S1,D,5,monthly,2026-01-01,,False\n"
                + "S4,E,30,monthly,2026-02-01,2026-02-01,\n"
                + "S5,F,40,monthly,2026-02-01,2026-05-01,\n");
        SubscriptionCsv.Builder builder = SubscriptionCsv.ravenStack().lenient();
        CsvImportResult<Subscription> records = builder.build().readAllWithCommonsCsv(file);
        assertThat(records.records()).extracting(Subscription::id).containsExactly("S1", "S2", "S5");

        for (int threads = 1; threads <= 2; threads++) {
            for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += threads) {
                CsvTableResult<SubscriptionTable> read = builder.buildTableReader().read(file, threads, chunk);
                SubscriptionTable table = read.table();
                assertThat(read.summary()).isEqualTo(records.summary());
                assertThat(read.rejected()).extracting(RejectedRow::line, RejectedRow::column)
                        .containsExactly(tuple(4L, "billing_frequency"), tuple(5L, "subscription_id"),
                                tuple(6L, "end_date"));
                assertThat(table.size()).isEqualTo(3);
                assertThat(table.customer().values()).containsExactly("A", "B", "F");
                assertThat(table.startDay(0)).isEqualTo(day(2026, 1, 1));
                assertThat(table.endDay(0)).isEqualTo(day(2027, 1, 1));
                assertThat(table.startDay(1)).isEqualTo(day(2026, 3, 1));
                assertThat(table.endDay(1)).isEqualTo(SubscriptionTable.OPEN_END);
                assertThat(table.endDay(2)).isEqualTo(day(2026, 5, 1));
                assertThat(table.monthlyValue(0)).isEqualTo(Money.parse("USD 100.00").toExact());
                assertThat(table.monthlyValue(1)).isEqualTo(Money.parse("USD 25.50").toExact());
                assertThat(table.monthlyValue(2)).isEqualTo(Money.parse("USD 40.00").toExact());
                assertThat(List.of(table.isTrial(0), table.isTrial(1), table.isTrial(2)))
                        .containsExactly(false, true, false);
                assertThat(table.cancellationDay(1)).isEqualTo(SubscriptionTable.NOT_CANCELLED);
            }
        }
    }

    @Test
    void aSecondCurrencyFailsTheReadAndNoAcceptedRowNeedsADefault() throws IOException {
        String header = "id,customer,amount,currency,interval,start\n";
        Path file = write("fx.csv", header + "S1,A,10,USD,monthly,2026-01-01\nS2,B,10,USD,monthly,2026-01-01\n"
                + "S3,C,10,EUR,monthly,2026-01-01\nS4,D,10,GBP,monthly,2026-01-01\n");
        Path none = write("none.csv", header + "S1,A,10,USD,fortnightly,2026-01-01\n");

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 5) {
            long c = chunk;
            assertThatThrownBy(() -> subscriptions().buildTableReader().read(file, 2, c))
                    .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                        assertThat(e.firstCurrency()).isEqualTo(Money.currency("USD"));
                        assertThat(e.secondCurrency()).isEqualTo(Money.currency("EUR"));
                    });
            assertThatThrownBy(() -> subscriptions().buildTableReader().read(none, 2, c))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no subscription of none.csv was accepted and no default currency is set: the table"
                            + " has no currency");
            SubscriptionTable empty = subscriptions().defaultCurrency("JPY").buildTableReader().read(none, 2, c)
                    .table();
            assertThat(empty.size()).isZero();
            assertThat(empty.currency()).isEqualTo(Money.currency("JPY"));
        }
        Path eur = write("eur.csv", header + "S1,A,10,EUR,monthly,2026-01-01\nS2,B,12.5,eur,monthly,2026-02-01\n");
        SubscriptionTable table = subscriptions().buildTableReader().read(eur, 2, 1).table();
        assertThat(table.currency()).isEqualTo(Money.currency("EUR"));
        assertThat(table.monthlyValue(1)).isEqualTo(Money.parse("EUR 12.50").toExact());
    }

    private static SubscriptionCsv.Builder subscriptions() {
        return SubscriptionCsv.builder().column(SubscriptionField.ID, "id")
                .column(SubscriptionField.CUSTOMER, "customer").column(SubscriptionField.AMOUNT, "amount")
                .column(SubscriptionField.CURRENCY, "currency").column(SubscriptionField.INTERVAL, "interval")
                .column(SubscriptionField.START_DATE, "start").lenient();
    }

    private static int day(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
