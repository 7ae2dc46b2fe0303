package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@link Row}: a row's values as the record reader (from Commons CSV's texts and from the byte parser's cells) and
 * the column reader read them, against hand figures: values at the length limit (in characters, not bytes), too few
 * and too many values, currencies (lower case, blank with and without a default, unknown, without decimals, changing
 * from row to row), blank and unknown labels, segments with blanks, a domain rule's refusal named by its column, and
 * dates past the size of the date caches.
 */
class RowValuesTest {

    private static final String HEADER = "id,customer,owner,amount,currency,created,closed,stage,region,tier\n";

    @TempDir
    Path dir;

    private static DealCsv.Builder deals() {
        return Fixtures.dealColumns().status("Open", DealStatus.OPEN)
                .segment("region", "region").segment("tier", "tier").lenient();
    }

    @Test
    void valuesUpToTheLengthLimitInCharactersAreKeptAndLongerOnesRejectedByColumn() throws IOException {
        Path file = write("limit.csv", HEADER
                + "A,Acme,Abcdefghij,10,USD,2017-01-02,2017-02-01,Won,EU,\n"
                + "B,Acme,Abcdefghijk,10,USD,2017-01-02,2017-02-01,Won,EU,\n"
                + "C,Acme,Ääääääääää,10,USD,2017-01-02,2017-02-01,Won,EU,\n"
                + "D,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,EU,,12345678901\n"
                + "E,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,EU,,z\n"
                + "F,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,EU\n"
                + "G,Acme,\"Ääääääääää\",10,USD,2017-01-02,2017-02-01,Won,,\n"
                + "H,Acme,\"Äääääääääää\",10,USD,2017-01-02,2017-02-01,Won,,\n");
        DealCsv.Builder builder = deals().maxFieldLength(10);

        List<RejectedRow> expected = List.of(
                new RejectedRow(3, "owner", "Abcdefghijk",
                        "is longer than the 10 characters a field may have (11; set maxFieldLength on the reader to"
                                + " allow more)"),
                new RejectedRow(5, "#11", "12345678901",
                        "is longer than the 10 characters a field may have (11; set maxFieldLength on the reader to"
                                + " allow more)"),
                new RejectedRow(6, "#11", "z", "extra value: the row has 11 values, the header has 10"),
                new RejectedRow(7, "tier", "", "missing: the row has 9 values, the header has 10"),
                new RejectedRow(9, "owner", "Äääääääääää",
                        "is longer than the 10 characters a field may have (11; set maxFieldLength on the reader to"
                                + " allow more)"));
        assertThat(builder.build().readAllWithCommonsCsv(file).summary().rejected()).isEqualTo(expected);
        for (long chunk : new long[] {1, 60, 0}) {
            assertThat(builder.build().readAll(file, 2, chunk).summary().rejected()).isEqualTo(expected);
            CsvTableResult<DealTable> table = builder.buildTableReader().read(file, 2, chunk);
            assertThat(table.rejected()).isEqualTo(expected);
            assertThat(table.table().owner().values()).containsExactly("Abcdefghij", "Ääääääääää");
            assertThat(table.table().size()).isEqualTo(3);
        }
    }

    @Test
    void currenciesAreReadPerRowInAnyCaseAndRefusedWithTheirReason() throws IOException {
        Path file = write("fx.csv", HEADER
                + "A,Acme,Ann,10,usd,2017-01-02,2017-02-01,Won,,\n"
                + "B,Acme,Ann,11.5,EUR,2017-01-02,2017-02-01,Won,,\n"
                + "C,Acme,Ann,12,USD,2017-01-02,2017-02-01,Won,,\n"
                + "D,Acme,Ann,13,,2017-01-02,2017-02-01,Won,,\n"
                + "E,Acme,Ann,14,ZZZ,2017-01-02,2017-02-01,Won,,\n"
                + "F,Acme,Ann,15,XXX,2017-01-02,2017-02-01,Won,,\n"
                + "G,Acme,Ann,,EUR,2017-01-02,2017-02-01,Won,,\n"
                + "H,Acme,Ann,\"1,6\",JPY,2017-01-02,2017-02-01,Won,,\n"
                + "I,Acme,Ann,17,\"EUR\",2017-01-02,2017-02-01,Won,,\n");
        List<RejectedRow> withoutDefault = List.of(
                new RejectedRow(5, "currency", "", "is blank and no default currency is set"),
                new RejectedRow(6, "currency", "ZZZ", "not an ISO-4217 currency code"),
                new RejectedRow(7, "currency", "XXX", "has no fixed number of decimal places"),
                new RejectedRow(8, "amount", "", "is blank (expected an amount)"));

        for (long chunk : new long[] {1, 45, 0}) {
            CsvImportResult<Deal> read = deals().build().readAll(file, 1, chunk);
            assertThat(read.summary().rejected()).hasSize(5).startsWith(withoutDefault.toArray(RejectedRow[]::new));
            assertThat(read.records()).extracting(deal -> deal.amount().toString())
                    .containsExactly("USD 10.00", "EUR 11.50", "USD 12.00", "EUR 17.00");
            CsvImportResult<Deal> withDefault = deals().defaultCurrency("GBP").build().readAll(file, 2, chunk);
            assertThat(withDefault.records()).extracting(deal -> deal.amount().toString())
                    .containsExactly("USD 10.00", "EUR 11.50", "USD 12.00", "GBP 13.00", "EUR 17.00");
        }
        assertThat(deals().build().readAllWithCommonsCsv(file).records()).extracting(deal -> deal.amount().toString())
                .containsExactly("USD 10.00", "EUR 11.50", "USD 12.00", "EUR 17.00");
    }

    @Test
    void blankAndUnknownLabelsAreRefusedNamingWhatWasExpected() throws IOException {
        Path file = write("labels.csv", "id,customer,owner,amount,currency,created,closed,stage,type\n"
                + "A,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,\n"
                + "B,Acme,Ann,10,USD,2017-01-02,2017-02-01,,\n"
                + "C,Acme,Ann,10,USD,2017-01-02,2017-02-01,Gone,\n"
                + "D,Acme,Ann,10,USD,2017-01-02,2017-02-01,won,renewal\n"
                + "E,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,Upsell\n");
        DealCsv.Builder builder = Fixtures.dealColumns().optionalColumn(DealField.TYPE, "type").lenient();

        for (long chunk : new long[] {1, 0}) {
            CsvTableResult<DealTable> table = builder.buildTableReader().read(file, 2, chunk);
            assertThat(table.rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::value)
                    .containsExactly(tuple(3L, "stage", ""), tuple(4L, "stage", "Gone"), tuple(6L, "type", "Upsell"));
            assertThat(table.rejected().get(0).reason()).isEqualTo("is blank (expected a stage label)");
            assertThat(table.rejected().get(1).reason()).startsWith("unknown stage label (known: ");
            assertThat(table.rejected().get(2).reason()).startsWith("unknown deal type label (known: ");
            assertThat(TableOutcome.rows(table.table())).containsExactly(
                    "Acme|Ann|web|NEW_BUSINESS|WON|17168|17198|USD 10.00",
                    "Acme|Ann|web|RENEWAL|WON|17168|17198|USD 10.00");
            assertThat(table.summary()).isEqualTo(builder.build().readAllWithCommonsCsv(file).summary());
        }
    }

    @Test
    void segmentsLeaveOutBlankCellsInTheReadersOrder() throws IOException {
        Path file = write("segments.csv", HEADER
                + "A,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,EU,gold\n"
                + "B,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,,silver\n"
                + "C,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,US,\n"
                + "D,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,,\n");

        List<Map<String, String>> expected = List.of(Map.of("region", "EU", "tier", "gold"), Map.of("tier", "silver"),
                Map.of("region", "US"), Map.of());
        assertThat(deals().build().readAllWithCommonsCsv(file).records()).extracting(Deal::segments)
                .isEqualTo(expected);
        for (long chunk : new long[] {1, 0}) {
            assertThat(deals().build().readAll(file, 2, chunk).records()).extracting(Deal::segments)
                    .isEqualTo(expected);
            DealTable table = deals().buildTableReader().read(file, 2, chunk).table();
            assertThat(table.segmentNames()).containsExactly("region", "tier");
            assertThat(TableOutcome.rows(table)).extracting(row -> row.substring(row.indexOf("|region")))
                    .containsExactly("|region=EU|tier=gold", "|region=-|tier=silver", "|region=US|tier=-",
                            "|region=-|tier=-");
        }
        Path one = write("one.csv", "id,customer,owner,amount,currency,created,closed,stage,region\n"
                + "A,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,EU\nB,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,\n");
        DealCsv.Builder oneSegment = Fixtures.dealColumns().segment("region", "region");
        assertThat(oneSegment.build().readAllWithCommonsCsv(one).records()).extracting(Deal::segments)
                .containsExactly(Map.of("region", "EU"), Map.of());
        assertThat(oneSegment.build().readAll(one, 1, 1).records()).extracting(Deal::segments)
                .containsExactly(Map.of("region", "EU"), Map.of());
    }

    @Test
    void aSegmentAndAnAmountInTheFirstColumnAreRead() throws IOException {
        Path file = write("first.csv", "region,amount,id,customer,owner,currency,created,closed,stage\n"
                + "EU,10.25,A,Acme,Ann,USD,2017-01-02,2017-02-01,Won\n,7,B,Acme,Ann,USD,2017-01-02,2017-02-01,Won\n");
        DealCsv.Builder builder = Fixtures.dealColumns().segment("region", "region");

        for (long chunk : new long[] {1, 0}) {
            assertThat(TableOutcome.rows(builder.buildTableReader().read(file, 1, chunk).table())).containsExactly(
                    "Acme|Ann|web|NEW_BUSINESS|WON|17168|17198|USD 10.25|region=EU",
                    "Acme|Ann|web|NEW_BUSINESS|WON|17168|17198|USD 7.00|region=-");
            assertThat(builder.build().readAll(file, 1, chunk).records()).extracting(Deal::segments)
                    .containsExactly(Map.of("region", "EU"), Map.of());
        }
    }

    @Test
    void aDomainRuleRefusalNamesTheColumnOfItsField() throws IOException {
        Path file = write("rules.csv", HEADER
                + "A,Acme,Ann,10,USD,2017-01-02,2016-12-31,Won,,\n"
                + "B,Acme,Ann,-5,USD,2017-01-02,2017-02-01,Won,,\n"
                + "C,Acme,Ann,10,USD,2017-01-02,,Won,,\n"
                + "D,Acme,Ann,10,USD,2017-01-02,2017-02-01,Open,,\n"
                + "E,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won,,\n");

        // an open deal's close date is not read, so D is kept
        List<RejectedRow> records = deals().build().readAllWithCommonsCsv(file).summary().rejected();
        assertThat(records).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::value).containsExactly(
                tuple(2L, "closed", "2016-12-31"), tuple(3L, "amount", "-5"), tuple(4L, "closed", ""));
        for (long chunk : new long[] {1, 0}) {
            CsvTableResult<DealTable> table = deals().buildTableReader().read(file, 2, chunk);
            assertThat(table.rejected()).isEqualTo(records);
            assertThat(table.table().size()).isEqualTo(2);
        }
    }

    @Test
    void datesPastTheCachesSizeAreEachReadRight() throws IOException {
        // 5,000 distinct created dates (more than the text cache's 4,096 slots and the byte cache's 1,024)
        StringBuilder text = new StringBuilder(HEADER);
        LocalDate first = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 5000; i++) {
            LocalDate created = first.plusDays(i);
            text.append('D').append(i).append(",Acme,Ann,1,USD,").append(created).append(',')
                    .append(created.plusDays(i % 7)).append(",Won,,\n");
        }
        // and again in reverse order, so that every date is read a second time after the caches changed
        for (int i = 4999; i >= 0; i--) {
            LocalDate created = first.plusDays(i);
            text.append('R').append(i).append(",Acme,Ann,1,USD,").append(created).append(',')
                    .append(created.plusDays(i % 7)).append(",Won,,\n");
        }
        Path file = write("dates.csv", text.toString());

        List<Deal> records = deals().build().readAllWithCommonsCsv(file).records();
        // the default patterns, and one pattern that the byte parser reads from the bytes (a cache of 1,024 slots)
        DealTable table = deals().buildTableReader().read(file, 2).table();
        DealTable fromBytes = deals().dateFormats("yyyy-MM-dd").buildTableReader().read(file, 2).table();
        assertThat(records).hasSize(10_000);
        assertThat(table.size()).isEqualTo(10_000);
        for (int r = 0; r < 10_000; r++) {
            int i = r < 5000 ? r : 9999 - r;
            LocalDate created = first.plusDays(i);
            assertThat(records.get(r).createdDate()).isEqualTo(created);
            assertThat(records.get(r).closeDate()).contains(created.plusDays(i % 7));
            assertThat(table.createdDay(r)).isEqualTo((int) created.toEpochDay());
            assertThat(table.closeDay(r)).isEqualTo((int) created.plusDays(i % 7).toEpochDay());
            assertThat(fromBytes.createdDay(r)).isEqualTo((int) created.toEpochDay());
            assertThat(fromBytes.closeDay(r)).isEqualTo((int) created.plusDays(i % 7).toEpochDay());
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
