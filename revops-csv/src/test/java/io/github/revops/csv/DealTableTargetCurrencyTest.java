package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link DealTableTarget}: the table's one currency (the first accepted row's) whether a second one comes in the same
 * chunk, a later chunk or the record reader's fallback; a table with no accepted row (the default currency, or the
 * error naming the file); and the rows kept around the ones the merge refuses, as runs of the chunks' tables, in
 * every chunking, against hand figures.
 */
class DealTableTargetCurrencyTest {

    private static final String HEADER = "id,customer,owner,amount,currency,created,closed,stage\n";

    @TempDir
    Path dir;

    private static DealCsv.Builder deals() {
        return Fixtures.dealColumns().lenient();
    }

    @Test
    void aSecondCurrencyInTheSameOrALaterChunkFailsTheReadNamingBoth() throws IOException {
        // a chunk of C, D and E has a table in EUR and refuses E's USD: the read still names USD first, EUR second
        Path file = write("fx.csv", HEADER + "A,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won\n"
                + "B,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won\n"
                + "C,Acme,Ann,10,EUR,2017-01-02,2017-02-01,Won\n"
                + "D,Acme,Ann,10,EUR,2017-01-02,2017-02-01,Won\n"
                + "E,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won\n");
        Path fallback = write("fx-cr.csv", HEADER.replace("\n", "\r") + "A,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won\r"
                + "C,Acme,Ann,10,EUR,2017-01-02,2017-02-01,Won\rD,Acme,Ann,10,EUR,2017-01-02,2017-02-01,Won\r");

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 4) {
            long c = chunk;
            assertThatThrownBy(() -> deals().buildTableReader().read(file, 2, c))
                    .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                        assertThat(e.firstCurrency()).isEqualTo(Money.currency("USD"));
                        assertThat(e.secondCurrency()).isEqualTo(Money.currency("EUR"));
                    })
                    .hasMessage("Currencies differ: EUR/USD (convert with ExchangeRates and a reporting currency)");
        }
        assertThatThrownBy(() -> deals().buildTableReader().read(fallback, 1))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.firstCurrency()).isEqualTo(Money.currency("USD"));
                    assertThat(e.secondCurrency()).isEqualTo(Money.currency("EUR"));
                });
    }

    @Test
    void aSecondCurrencyAfterARowTheMergeRefusesStillFailsTheRead() throws IOException {
        // with chunks of the first row's length (longer than the two others together), line 3 (a repeated id,
        // refused by the merge) is the second chunk's first row and line 4's EUR that part's second currency: the
        // part keeps no row the merge takes; the record reader's deals are in USD and EUR
        String first = "A,Acme Corporation International Holdings,Ann,10,USD,2017-01-02,2017-02-01,Won\n";
        Path file = write("dup-fx.csv", HEADER + first + "A,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won\n"
                + "C,Acme,Ann,10,EUR,2017-01-02,2017-02-01,Won\n");
        long firstRow = first.length();

        assertThatThrownBy(() -> DealTable.of(deals().build().readAll(file).records()))
                .isInstanceOf(CurrencyMismatchException.class);
        for (long chunk : new long[] {firstRow, 1, 0}) {
            assertThatThrownBy(() -> deals().buildTableReader().read(file, 1, chunk))
                    .as("chunk %d", chunk)
                    .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                        assertThat(e.firstCurrency()).isEqualTo(Money.currency("USD"));
                        assertThat(e.secondCurrency()).isEqualTo(Money.currency("EUR"));
                    });
        }
    }

    @Test
    void theFirstAcceptedRowsCurrencyIsTheTables() throws IOException {
        // A is rejected (bad date) before its currency counts; the table is in EUR
        Path file = write("eur.csv", HEADER + "A,Acme,Ann,10,USD,2017-01-32,2017-02-01,Won\n"
                + "B,Beta,Bob,10.5,EUR,2017-01-02,2017-02-01,Won\n"
                + "C,Acme,Cy,7,eur,2017-01-03,2017-02-01,Won\n");
        Path fallback = write("eur-cr.csv", HEADER + "A,Acme,Ann,10,USD,2017-01-32,2017-02-01,Won\r"
                + "B,Beta,Bob,10.5,EUR,2017-01-02,2017-02-01,Won\rC,Acme,Cy,7,eur,2017-01-03,2017-02-01,Won\r");
        List<String> rows = List.of("Beta|Bob|web|NEW_BUSINESS|WON|17168|17198|EUR 10.50",
                "Acme|Cy|web|NEW_BUSINESS|WON|17169|17198|EUR 7.00");

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 3) {
            CsvTableResult<DealTable> read = deals().buildTableReader().read(file, 2, chunk);
            assertThat(read.table().currency()).isEqualTo(Money.currency("EUR"));
            assertThat(TableOutcome.rows(read.table())).isEqualTo(rows);
            assertThat(read.rejected()).extracting(RejectedRow::line).containsExactly(2L);
        }
        CsvTableResult<DealTable> read = deals().buildTableReader().read(fallback, 2);
        assertThat(read.table().currency()).isEqualTo(Money.currency("EUR"));
        assertThat(TableOutcome.rows(read.table())).isEqualTo(rows);
    }

    @Test
    void noAcceptedRowGivesAnEmptyTableInTheDefaultCurrencyOrAnErrorNamingTheFile() throws IOException {
        Path file = write("none.csv", HEADER + "A,Acme,Ann,10,USD,2017-01-32,2017-02-01,Won\n"
                + "B,Acme,Ann,x,USD,2017-01-02,2017-02-01,Won\n");
        Path fallback = write("none-cr.csv", HEADER + "A,Acme,Ann,10,USD,2017-01-32,2017-02-01,Won\r");
        Path empty = write("empty.csv", HEADER);

        for (Path path : List.of(file, fallback, empty)) {
            for (long chunk : new long[] {1, 0}) {
                DealTable table = deals().defaultCurrency("CHF").buildTableReader().read(path, 2, chunk).table();
                assertThat(table.size()).isZero();
                assertThat(table.currency()).isEqualTo(Money.currency("CHF"));
                long c = chunk;
                assertThatThrownBy(() -> deals().buildTableReader().read(path, 2, c))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("no deal of " + path.getFileName() + " was accepted and no default currency is"
                                + " set: the table has no currency");
            }
        }
    }

    @Test
    void rowsAroundTheRefusedOnesAreKeptInFileOrderInEveryChunking() throws IOException {
        // lines 4, 5 and 8 repeat ids and line 6 is a bad row: the merge keeps runs of 2, 1 and 2 rows
        Path file = write("runs.csv", HEADER + "A,C1,O1,1,USD,2017-01-01,2017-02-01,Won\n"
                + "B,C2,O2,2,USD,2017-01-02,2017-02-01,Won\n"
                + "A,C3,O3,3,USD,2017-01-03,2017-02-01,Won\n"
                + "B,C4,O4,4,USD,2017-01-04,2017-02-01,Won\n"
                + "C,C5,O5,x,USD,2017-01-05,2017-02-01,Won\n"
                + "D,C6,O6,6,USD,2017-01-06,2017-02-01,Won\n"
                + "D,C7,O7,7,USD,2017-01-07,2017-02-01,Won\n"
                + "E,C8,O8,8,USD,2017-01-08,2017-02-01,Won\n"
                + "F,C9,O9,9,USD,2017-01-09,2017-02-01,Won\n");
        List<String> rows = List.of("C1|O1|web|NEW_BUSINESS|WON|17167|17198|USD 1.00",
                "C2|O2|web|NEW_BUSINESS|WON|17168|17198|USD 2.00",
                "C6|O6|web|NEW_BUSINESS|WON|17172|17198|USD 6.00",
                "C8|O8|web|NEW_BUSINESS|WON|17174|17198|USD 8.00",
                "C9|O9|web|NEW_BUSINESS|WON|17175|17198|USD 9.00");

        for (int threads = 1; threads <= 2; threads++) {
            for (long chunk = 1; chunk <= Files.size(file) + 1; chunk++) {
                CsvTableResult<DealTable> read = deals().buildTableReader().read(file, threads, chunk);
                assertThat(TableOutcome.rows(read.table())).as("threads %d, chunk %d", threads, chunk)
                        .isEqualTo(rows);
                assertThat(read.rejected()).extracting(RejectedRow::line).containsExactly(4L, 5L, 6L, 8L);
            }
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
